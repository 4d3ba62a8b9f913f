// Which cards to print and in what order (protocol 6.1, 6.5): seating order, so staff can lay
// them out walking along the tables.
import type { Person, PrintSettings, Project } from '../model/schema';
import type { Seat, Zone } from '../layout/seats';
import { seatedPlacements } from '../arrange/placements';

export interface CardSpec {
  seatId: string;
  name: string;
  secondLine: string;
  /** Small placement code on the card, e.g. 主席台 1排 3座. */
  code: string;
}

export const placementCode = (seat: Seat): string => `${seat.zoneName} ${seat.row}排 ${seat.label}座`;

function secondLine(settings: PrintSettings, person: Person): string {
  if (settings.secondLine === 'title') return person.title;
  if (settings.secondLine === 'unit') return person.unit;
  return '';
}

export function cardList(project: Project, zones: readonly Zone[] = ['rostrum']): CardSpec[] {
  return seatedPlacements(project, zones).map(({ seat, person }) => ({
    seatId: seat.id, name: person.name, secondLine: secondLine(project.print, person), code: placementCode(seat),
  }));
}
