// Which cards to print and in what order (protocol 6.1, 6.5): rostrum front row first, each row
// A-view left to right, so staff can lay them out walking along the tables.
import type { PrintSettings, Project } from '../model/schema';
import { deriveSeats, type Seat, type Zone } from '../layout/seats';

export interface CardSpec {
  seatId: string;
  name: string;
  secondLine: string;
  /** Small placement code on the card, e.g. 主席台 1排 3座. */
  code: string;
}

const ZONE_ORDER: Record<Zone, number> = { rostrum: 0, hall: 1 };

export const placementCode = (seat: Seat): string => `${seat.zoneName} ${seat.row}排 ${seat.label}座`;

export function cardList(project: Project, zones: readonly Zone[] = ['rostrum']): CardSpec[] {
  const people = new Map(project.people.map((person) => [person.id, person]));
  const secondLine = (settings: PrintSettings, personId: string): string => {
    const person = people.get(personId)!;
    return settings.secondLine === 'title' ? person.title : settings.secondLine === 'unit' ? person.unit : '';
  };
  return deriveSeats(project.venue)
    .filter((seat) => zones.includes(seat.zone) && project.assignment[seat.id] !== undefined)
    .sort((a, b) => ZONE_ORDER[a.zone] - ZONE_ORDER[b.zone] || a.elementId.localeCompare(b.elementId) || a.row - b.row || a.col - b.col)
    .map((seat) => {
      const personId = project.assignment[seat.id]!;
      return { seatId: seat.id, name: people.get(personId)!.name, secondLine: secondLine(project.print, personId), code: placementCode(seat) };
    });
}
