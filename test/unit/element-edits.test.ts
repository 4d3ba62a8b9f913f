// People survive layout edits: seats that still exist keep their people and locks; people whose
// seats disappear are unassigned in the same step and named; unrelated edits keep every seat id.
import { describe, expect, it } from 'vitest';
import { deriveSeats } from '../../shared/layout/seats';
import { elementShapes } from '../../shared/draw/elements';
import { addElement, deleteElement, duplicateElement, updateElement } from '../../shared/model/element-edits';
import { paletteElement } from '../../shared/model/palette';
import { emptyProject } from '../../shared/model/sample';
import type { HallElement, Person, Project } from '../../shared/model/schema';

const person = (i: number): Person => ({
  id: `p${i}`, name: `人${i}`, unit: '', title: '', rank: i, category: '', seatZone: '', gender: '', ethnicity: '', note: '',
  rosterIndex: i, absent: false, substituteFor: null,
});

/** The sample room (rostrum of 7, hall 5 × 10) with everyone in the hall's row 5 and two rostrum seats. */
function seated(): Project {
  const project = emptyProject();
  const people = Array.from({ length: 12 }, (_, i) => person(i + 1));
  const assignment: Record<string, string> = { 'rostrum-1:1-1': 'p1', 'rostrum-1:1-2': 'p2' };
  for (let col = 1; col <= 10; col++) assignment[`hall-1:5-${col}`] = `p${col + 2}`;
  return { ...project, people, assignment, locks: ['rostrum-1:1-1', 'hall-1:5-10'] };
}
const hall = (project: Project) => project.venue.elements.find((e) => e.id === 'hall-1') as HallElement;

describe('element edits keep people in the seats that still exist', () => {
  it('growing a hall keeps everyone where they were, locks included', () => {
    const before = seated();
    const { project, unassigned } = updateElement(before, 'hall-1', { rows: 12, seatsPerRow: 14 });
    expect(unassigned).toEqual([]);
    expect(project.assignment).toEqual(before.assignment);
    expect(project.locks).toEqual(before.locks);
    expect(deriveSeats(project.venue).filter((s) => s.elementId === 'hall-1')).toHaveLength(12 * 14);
  });

  it('shrinking a hall unassigns exactly the people whose seats went, in the same step', () => {
    const { project, unassigned } = updateElement(seated(), 'hall-1', { seatsPerRow: 8 });
    expect(unassigned).toEqual(['p11', 'p12']);
    expect(project.assignment['hall-1:5-8']).toBe('p10');
    expect(project.assignment['hall-1:5-9']).toBeUndefined();
    // The lock of a seat that is gone goes with it; the others stay.
    expect(project.locks).toEqual(['rostrum-1:1-1']);
    const fewerRows = updateElement(seated(), 'hall-1', { rows: 4 });
    expect(fewerRows.unassigned).toHaveLength(10);
  });

  it('an unrelated edit (moving or renaming the hall) keeps every seat id and every person', () => {
    const before = seated();
    const ids = deriveSeats(before.venue).map((s) => s.id);
    const { project, unassigned } = updateElement(before, 'hall-1', { x: 500, y: 900, name: '观众席' });
    expect(deriveSeats(project.venue).map((s) => s.id)).toEqual(ids);
    expect(unassigned).toEqual([]);
    expect(project.assignment).toBe(before.assignment);
    expect(hall(project)).toMatchObject({ x: 500, y: 900, name: '观众席' });
  });

  it('a rostrum row removed unassigns its people; adding a row keeps the front row', () => {
    const grown = updateElement(seated(), 'rostrum-1', { rows: [7, 9] });
    expect(grown.unassigned).toEqual([]);
    expect(deriveSeats(grown.project.venue).filter((s) => s.zone === 'rostrum').map((s) => s.row)).toEqual([...Array(7).fill(1), ...Array(9).fill(2)]);
    const narrowed = updateElement(seated(), 'rostrum-1', { rows: [1] });
    expect(narrowed.unassigned).toEqual(['p2']);
  });

  it('deleting an element unassigns its people and drops its rules and seat overrides', () => {
    const before = { ...seated(), rules: { 'hall-1': { snake: true } }, venue: { ...seated().venue, seatOverrides: { 'hall-1:1-1': { disabled: true } } } };
    const { project, unassigned } = deleteElement(before, 'hall-1');
    expect(unassigned).toHaveLength(10);
    expect(project.rules).toEqual({});
    expect(project.venue.seatOverrides).toEqual({});
    expect(project.assignment).toEqual({ 'rostrum-1:1-1': 'p1', 'rostrum-1:1-2': 'p2' });
  });

  it('duplicating makes an empty copy with a new id, beside the original, with its rules', () => {
    const before = { ...seated(), rules: { 'hall-1': { snake: true } } };
    const { project, elementId, unassigned } = duplicateElement(before, 'hall-1');
    expect(unassigned).toEqual([]);
    const copy = project.venue.elements.find((e) => e.id === elementId) as HallElement;
    expect(copy).toMatchObject({ kind: 'hall', rows: 5, seatsPerRow: 10, x: hall(before).x + 100, y: hall(before).y + 100 });
    expect(project.rules[elementId!]).toEqual({ snake: true });
    expect(Object.values(project.assignment).length).toBe(12);
  });

  it('typed values are kept within sense: rotation snaps to 15°, aisles stay inside the row, bad input is ignored', () => {
    const { project } = updateElement(seated(), 'hall-1', { rotation: 97, aisles: [3, 3, 12, 7], rows: 600 });
    expect(hall(project)).toMatchObject({ rotation: 90, aisles: [3, 7], rows: 500 });
    const before = seated();
    expect(updateElement(before, 'hall-1', { rows: -3 }).project).toBe(before);
  });

  it('elements from the palette are valid and add seats without touching anyone', () => {
    const before = seated();
    const added = addElement(before, paletteElement('table-round', before.venue));
    expect(added.unassigned).toEqual([]);
    expect(deriveSeats(added.project.venue).filter((s) => s.zone === 'table')).toHaveLength(10);
    expect(added.project.assignment).toBe(before.assignment);
  });
});

describe('rotation turns an element about its centre', () => {
  it('a hall turned 90° keeps every seat id and person; its seats stand where the turn puts them', () => {
    const before = seated();
    const { project, unassigned } = updateElement(before, 'hall-1', { rotation: 90 });
    expect(unassigned).toEqual([]);
    const h = hall(before);
    const centre = { x: h.x + (10 * h.seatPitch) / 2, y: h.y + (5 * h.rowPitch) / 2 };
    const straight = deriveSeats(before.venue).filter((s) => s.elementId === 'hall-1');
    const turned = deriveSeats(project.venue).filter((s) => s.elementId === 'hall-1');
    expect(turned.map((s) => s.id)).toEqual(straight.map((s) => s.id));
    straight.forEach((seat, i) => {
      // Clockwise on the map (y grows downwards): right of centre goes below it.
      expect(turned[i]!.x).toBeCloseTo(centre.x - (seat.y - centre.y));
      expect(turned[i]!.y).toBeCloseTo(centre.y + (seat.x - centre.x));
    });
    expect(project.assignment).toBe(before.assignment);
  });

  it('a round table turned keeps its centre, its seats on the ring and each facing the middle', () => {
    const room = seated();
    const added = addElement(room, { ...paletteElement('table-round', room.venue), rotation: 45 });
    const table = added.project.venue.elements.at(-1)!;
    for (const seat of deriveSeats(added.project.venue).filter((s) => s.elementId === table.id)) {
      const toCentre = { x: table.x - seat.x, y: table.y - seat.y };
      const length = Math.hypot(toCentre.x, toCentre.y);
      expect(seat.table!.facing.x).toBeCloseTo(toCentre.x / length);
      expect(seat.table!.facing.y).toBeCloseTo(toCentre.y / length);
    }
  });
});

describe('a turned element is drawn turned', () => {
  it('a quarter turn keeps filled rectangles (swapped); another angle draws outlines as lines; labels stay upright', () => {
    const project = seated();
    const rostrum = project.venue.elements.find((e) => e.id === 'rostrum-1')!;
    const straight = elementShapes(rostrum, project.venue);
    const quarter = elementShapes({ ...rostrum, rotation: 90 }, project.venue);
    const platform = (shapes: typeof straight) => shapes.find((s) => s.role === 'platform' && s.kind === 'rect') as { width: number; height: number } | undefined;
    expect(platform(quarter)).toMatchObject({ width: platform(straight)!.height, height: platform(straight)!.width });
    const slanted = elementShapes({ ...rostrum, rotation: 30 }, project.venue);
    expect(slanted.filter((s) => s.kind === 'rect')).toEqual([]);
    expect(slanted.filter((s) => s.kind === 'line' && s.role === 'platform')).toHaveLength(4);
    expect(slanted.filter((s) => s.kind === 'text').map((s) => s.kind === 'text' && s.text)).toEqual(['主席台']);
  });
});
