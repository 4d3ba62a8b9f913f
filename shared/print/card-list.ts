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

/** 主席台 1排 3座; a table has no rows: 主桌 3座. */
export const placementCode = (seat: Seat): string =>
  seat.zone === 'table' ? `${seat.zoneName} ${seat.label}座` : `${seat.zoneName} ${seat.row}排 ${seat.label}座`;

function secondLine(settings: PrintSettings, person: Person): string {
  if (settings.secondLine === 'title') return person.title;
  if (settings.secondLine === 'unit') return person.unit;
  return '';
}

/** Cards go to the rostrum and table seats by default (6.1). */
export function cardList(project: Project, zones: readonly Zone[] = ['rostrum', 'table']): CardSpec[] {
  return seatedPlacements(project, zones).map(({ seat, person }) => ({
    seatId: seat.id, name: person.name, secondLine: secondLine(project.print, person), code: placementCode(seat),
  }));
}
