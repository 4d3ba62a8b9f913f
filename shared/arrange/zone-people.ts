// Who belongs in which kind of zone. In a room without a rostrum, the tables take their people (by
// purpose). Where there is a rostrum, the rostrum takes its own first (cli.md: 座区
// column, else the highest-ranked 出席), then the tables the next of theirs up to their seats, and
// the hall everyone else — with the substitutes of absent rostrum leaders at its front (8.1).
import type { Person, Project } from '../model/schema';
import { rulesFor } from '../model/schema';
import type { Seat } from '../layout/seats';
import { GUEST_SIDE, HOST_SIDE } from './banquet';
import { FORMAL, NON_VOTING, isReporter } from './categories';
import { selectRostrumPeople } from './rostrum-people';
import { sortPeople } from './order';

export type ZoneKind = 'table' | 'rostrum' | 'hall';

export interface ZonePeople extends Record<ZoneKind, Person[]> {
  /** Substitutes who sit first in the hall, in the order of the leaders they stand in for. */
  hallFront: Person[];
}

export function whoSitsWhere(project: Project, seatable: readonly Person[], substitutes: ReadonlyMap<string, Person>, seatsOf: ReadonlyMap<string, Seat[]>): ZonePeople {
  const { elements } = project.venue;
  const purposes = new Set(elements.flatMap((e) => (e.kind === 'table' ? [e.purpose] : [])));
  const sides = [...HOST_SIDE, ...GUEST_SIDE];
  const atTable = (p: Person) =>
    ((purposes.has('banquet') || purposes.has('talks') || purposes.has('reception')) && sides.includes(p.category)) ||
    (purposes.has('meeting') && (p.category === FORMAL || p.category === '' || p.category === NON_VOTING || isReporter(p)));
  // Seats locked to someone are not free: a zone takes that many fewer of the others.
  const lockedSeats = new Set(project.locks.filter((seat) => project.assignment[seat] !== undefined));
  const freeSeats = (kind: 'rostrum' | 'table') => elements.reduce((n, e) => (e.kind !== kind ? n : n + (seatsOf.get(e.id) ?? []).filter((seat) => !seat.disabled && !seat.reserved && !lockedSeats.has(seat.id)).length), 0);
  const rostrums = elements.filter((e) => e.kind === 'rostrum');
  const hasHall = elements.some((e) => e.kind === 'hall');

  // A room without a rostrum (会议室 with wall seats, 宴会厅, 会谈): the tables take their people
  // first, by purpose; the wall seats or the hall the rest.
  if (rostrums.length === 0) return { table: seatable.filter(atTable), rostrum: [], hall: seatable.filter((p) => !atTable(p)), hallFront: [] };

  // A room with a rostrum (a plenary with a table added): the rostrum keeps its leaders,
  // the tables take the next of their people in rank order up to their seats, the hall the rest —
  // a table must never empty the rostrum or leave people unseated while the hall has room.
  const selection = selectRostrumPeople(seatable, freeSeats('rostrum'), rulesFor(project, rostrums[0]!.id), substitutes);
  const onRostrum = selection.people;
  const rostrumIds = new Set(onRostrum.map((p) => p.id));
  const afterRostrum = seatable.filter((p) => !rostrumIds.has(p.id));
  const table = hasHall ? sortPeople(afterRostrum.filter(atTable)).slice(0, freeSeats('table')) : afterRostrum.filter(atTable);
  const tableIds = new Set(table.map((p) => p.id));
  return { table, rostrum: onRostrum, hall: afterRostrum.filter((p) => !tableIds.has(p.id)), hallFront: selection.substitutesToHall };
}
