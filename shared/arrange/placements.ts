// The seated people of a document in reading order: rostrum before hall, front row first, each
// row A-view left to right. Card printing and every export list seats in this order.
import type { Person, Project } from '../model/schema';
import { deriveSeats, type Seat, type Zone } from '../layout/seats';

export interface Placement {
  seat: Seat;
  person: Person;
}

const ZONE_ORDER: Record<Zone, number> = { rostrum: 0, table: 1, hall: 2 };

export function seatedPlacements(project: Project, zones: readonly Zone[] = ['rostrum', 'table', 'hall']): Placement[] {
  const people = new Map(project.people.map((person) => [person.id, person]));
  const elementOrder = new Map(project.venue.elements.map((element, index) => [element.id, index]));
  return deriveSeats(project.venue)
    .filter((seat) => zones.includes(seat.zone) && people.has(project.assignment[seat.id] ?? ''))
    .sort((a, b) =>
      ZONE_ORDER[a.zone] - ZONE_ORDER[b.zone] || elementOrder.get(a.elementId)! - elementOrder.get(b.elementId)! || a.row - b.row || a.col - b.col)
    .map((seat) => ({ seat, person: people.get(project.assignment[seat.id]!)! }));
}
