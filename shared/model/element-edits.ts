// 会场设计: add, change, duplicate and delete the elements of a room. Pure functions, one per user
// command, each returning the new plan and the people whose seats disappeared with the edit — they
// are unassigned in the same step and named to the user, never lost silently. Seats that still
// exist keep their people and locks, because seat ids derive from the element id, row and column.
import { deriveSeats } from '../layout/seats';
import { elementOfSeat, newId, seatOnElement } from './ids';
import { hallSeatMoves, withMovedSeats } from './hall-widening';
import { withUniqueNames } from './unique-name';
import { elementSchema, type Project, type Venue, type VenueElement, type ZoneRules } from './schema';

export interface ElementEdit {
  project: Project;
  /** People who lost their seat, in seat order. */
  unassigned: string[];
}

/** The plan with a new room; seats that no longer exist (or are disabled) give up their people and locks. */
export function withVenue(project: Project, venue: Venue): ElementEdit {
  const seats = new Set(deriveSeats(venue).filter((seat) => !seat.disabled).map((seat) => seat.id));
  const assignment: Record<string, string> = {};
  const unassigned: string[] = [];
  for (const [seatId, personId] of Object.entries(project.assignment)) {
    if (seats.has(seatId)) assignment[seatId] = personId;
    else unassigned.push(personId);
  }
  const changed = unassigned.length > 0;
  return {
    project: {
      ...project,
      venue,
      assignment: changed ? assignment : project.assignment,
      locks: changed ? project.locks.filter((seat) => Object.hasOwn(assignment, seat)) : project.locks,
    },
    unassigned,
  };
}

/** Sensible bounds for typed numbers (a typo of 2000 rows must not freeze the app). */
function clamped(element: VenueElement): VenueElement {
  const int = (value: number, min: number, max: number) => Math.max(min, Math.min(max, Math.round(value)));
  const cm = (value: number, min = 1) => Math.max(min, Math.min(100_000, value));
  const rotation = (((Math.round((element.rotation ?? 0) / 15) * 15) % 360) + 360) % 360;
  switch (element.kind) {
    case 'rostrum':
      return { ...element, rotation, rows: element.rows.slice(0, 10).map((n) => int(n, 1, 200)), seatPitch: cm(element.seatPitch, 20), rowPitch: cm(element.rowPitch, 30) };
    case 'hall': {
      // The widest listed row widens the block: a fan hall's rows are centred on its widest one.
      const listed = element.rowSeats?.length ? element.rowSeats.slice(0, 500).map((n) => int(n, 0, 500)) : undefined;
      // Only rows the hall has count: a list longer than the rows keeps its tail for later.
      const seatsPerRow = int(Math.max(element.seatsPerRow, ...(listed ?? []).slice(0, element.rows)), 1, 500);
      const aisles = [...new Set(element.aisles.map((a) => int(a, 1, 500)).filter((a) => a < seatsPerRow))].sort((a, b) => a - b);
      // No radius (or 0 typed) means straight rows: the field is left out rather than stored as 0;
      // likewise no per-row list, no stagger and numbering from 1 leave their fields out.
      const { arcRadius, rowSeats: _rowSeats, stagger, firstRow, firstSeat, ...straight } = element;
      const optional = {
        ...(arcRadius ? { arcRadius: cm(arcRadius, 100) } : {}),
        ...(listed ? { rowSeats: listed } : {}),
        ...(stagger ? { stagger: true } : {}),
        ...(firstRow !== undefined && firstRow !== 1 ? { firstRow: int(firstRow, 0, 999) } : {}),
        ...(firstSeat !== undefined && firstSeat !== 1 ? { firstSeat: int(firstSeat, 0, 999) } : {}),
      };
      return { ...straight, ...optional, rotation, rows: int(element.rows, 1, 500), seatsPerRow, aisles, seatPitch: cm(element.seatPitch, 20), rowPitch: cm(element.rowPitch, 30), aisleWidth: cm(element.aisleWidth, 20) };
    }
    case 'table':
      return { ...element, rotation, sideSeats: int(element.sideSeats, 1, 100), headSeats: int(element.headSeats, 0, 100), footSeats: int(element.footSeats, 0, 100), seatPitch: cm(element.seatPitch, 30) };
    case 'object':
      return { ...element, rotation, width: cm(element.width), depth: cm(element.depth) };
    case 'wall': {
      // Points are kept from the element's top-left corner, so it turns about its own middle.
      const points = element.points.slice(0, 500);
      const minX = Math.min(...points.map((p) => p.x));
      const minY = Math.min(...points.map((p) => p.y));
      const moved = points.map((p) => ({ ...p, x: Math.round(p.x - minX), y: Math.round(p.y - minY) }));
      return { ...element, rotation, x: element.x + minX, y: element.y + minY, points: moved, thickness: cm(element.thickness, 1) };
    }
  }
}

/** Change some fields of one element (name, position, rows…); a change the schema refuses is ignored. */
export function updateElement(project: Project, elementId: string, change: Partial<VenueElement>): ElementEdit {
  const current = project.venue.elements.find((e) => e.id === elementId);
  if (!current) return { project, unassigned: [] };
  const merged = { ...current, ...change, id: current.id, kind: current.kind } as VenueElement;
  // 0 is how a user asks for straight rows again.
  if (merged.kind === 'hall' && merged.arcRadius === 0) delete (merged as { arcRadius?: number }).arcRadius;
  // An empty list is how a user goes back to every row alike.
  if (merged.kind === 'hall' && merged.rowSeats?.length === 0) delete (merged as { rowSeats?: number[] }).rowSeats;
  if (!elementSchema.safeParse(merged).success) return { project, unassigned: [] };
  const next = clamped(merged);
  // A fan hall whose block changes width re-centres its rows: their people move with their seats.
  const move = current.kind === 'hall' && next.kind === 'hall' ? hallSeatMoves(current, next) : null;
  const base = move ? withMovedSeats(project, elementId, move) : project;
  const elements = base.venue.elements.map((e) => (e.id === elementId ? next : e));
  return withVenue(base, { ...base.venue, elements });
}

/** A new element (from the palette) at the end of the room's list. */
export function addElement(project: Project, element: VenueElement): ElementEdit {
  const [named] = withUniqueNames(project.venue.elements, [clamped(element)]);
  return withVenue(project, { ...project.venue, elements: [...project.venue.elements, named!] });
}

/** A copy beside the original (a new id and name, 1 m to the right and below), with the original's rules; nobody seated in it. */
export function duplicateElement(project: Project, elementId: string): ElementEdit & { elementId: string | null } {
  const original = project.venue.elements.find((e) => e.id === elementId);
  if (!original) return { project, unassigned: [], elementId: null };
  const id = newId();
  const copy: VenueElement = { ...original, id, x: original.x + 100, y: original.y + 100, } as VenueElement;
  const [named] = withUniqueNames(project.venue.elements, [copy]);
  const rules = project.rules[elementId] ? { ...project.rules, [id]: project.rules[elementId] as Partial<ZoneRules> } : project.rules;
  const overrides = Object.entries(project.venue.seatOverrides).filter(([seat]) => elementOfSeat(seat) === elementId).map(([seat, o]) => [seatOnElement(seat, id), o]);
  const venue: Venue = { ...project.venue, elements: [...project.venue.elements, named!], seatOverrides: { ...project.venue.seatOverrides, ...Object.fromEntries(overrides) } };
  return { ...withVenue({ ...project, rules }, venue), elementId: id };
}

/** Remove an element, its rules and seat overrides; its people are unassigned and listed. */
export function deleteElement(project: Project, elementId: string): ElementEdit {
  if (!project.venue.elements.some((e) => e.id === elementId)) return { project, unassigned: [] };
  const { [elementId]: _rules, ...rules } = project.rules as Record<string, Partial<ZoneRules>>;
  const venue: Venue = {
    ...project.venue,
    elements: project.venue.elements.filter((e) => e.id !== elementId),
    seatOverrides: Object.fromEntries(Object.entries(project.venue.seatOverrides).filter(([seat]) => elementOfSeat(seat) !== elementId)),
  };
  return withVenue({ ...project, rules }, venue);
}

/** Names of the unassigned people, for the notice ("3 人因座位删除而取消安排：…"). */
export const namesOf = (project: Project, personIds: readonly string[]): string[] => {
  const names = new Map(project.people.map((p) => [p.id, p.name]));
  return personIds.map((id) => names.get(id) ?? id);
};
