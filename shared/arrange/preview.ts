// The number pattern a zone's rules give, shown in the rules panel before they are applied:
// seniority of each seat in the first rows, A-view, for a zone filled with numbered people.
import type { Project, ZoneRules } from '../model/schema';
import { deriveSeats } from '../layout/seats';
import { makePerson } from '../model/person';
import { arrangeZones } from './arrange';

export interface PatternPreview {
  /** Per row (front first): the order number of the person in each seat, null when empty. */
  rows: (number | null)[][];
  /** Unit letter per order number when units matter (A, B, C…). */
  units: string[] | null;
}

const PREVIEW_ROWS = 3;
const PREVIEW_UNITS = ['A', 'B', 'C', 'D'];

export function previewPattern(project: Project, elementId: string, rules: ZoneRules): PatternPreview {
  const element = project.venue.elements.find((e) => e.id === elementId);
  if (!element || (element.kind !== 'rostrum' && element.kind !== 'hall')) return { rows: [], units: null };
  const seats = deriveSeats({ ...project.venue, elements: [element] }).filter((s) => s.row <= PREVIEW_ROWS);
  const byUnit = element.kind === 'hall' && (rules.groupByUnit || rules.method === 'columns');
  const count = element.kind === 'rostrum' ? seats.length : Math.min(seats.length, Math.ceil(seats.length * 0.8));
  const people = Array.from({ length: count }, (_, i) =>
    makePerson({
      id: `n${i + 1}`, name: `${i + 1}`, rank: i + 1, category: '出席', rosterIndex: i,
      seatZone: element.kind === 'rostrum' ? '主席台' : '台下',
      // Units of uneven sizes, their best members in unit order.
      unit: byUnit ? PREVIEW_UNITS[Math.min(PREVIEW_UNITS.length - 1, Math.floor((i / count) * PREVIEW_UNITS.length))]! : '',
    }));
  const sample: Project = {
    ...project,
    venue: { ...project.venue, elements: [element.kind === 'hall' ? { ...element, rows: Math.min(element.rows, PREVIEW_ROWS) } : element], seatOverrides: {} },
    people, assignment: {}, locks: [], rules: { [elementId]: { ...rules, order: 'rank' } },
  };
  const { assignment } = arrangeZones(sample).project;
  const rows = Array.from(new Set(seats.map((s) => s.row)), (row) =>
    seats.filter((s) => s.row === row).sort((a, b) => a.col - b.col).map((s) => (assignment[s.id] ? Number(assignment[s.id]!.slice(1)) : null)));
  return { rows, units: byUnit ? people.map((p) => p.unit) : null };
}
