// Who belongs in which kind of zone: tables take their people first (by purpose), the rostrum its
// own (cli.md: 座区 column, else the highest-ranked 出席), the hall everyone else — with the
// substitutes of absent rostrum leaders at its front (8.1).
import type { Person, Project } from '../model/schema';
import { rulesFor } from '../model/schema';
import type { Seat } from '../layout/seats';
import { GUEST_SIDE, HOST_SIDE } from './banquet';
import { FORMAL, NON_VOTING, isReporter } from './categories';
import { selectRostrumPeople } from './rostrum-people';

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
  const table = seatable.filter(atTable);
  const rest = seatable.filter((p) => !atTable(p));

  const rostrums = elements.filter((e) => e.kind === 'rostrum');
  if (rostrums.length === 0) return { table, rostrum: [], hall: rest, hallFront: [] };
  // Seats locked to someone are not free: the rostrum takes that many fewer of the others.
  const lockedSeats = new Set(project.locks.filter((seat) => project.assignment[seat] !== undefined));
  const rostrumSeatCount = rostrums.reduce((n, e) => n + (seatsOf.get(e.id) ?? []).filter((seat) => !seat.disabled && !seat.reserved && !lockedSeats.has(seat.id)).length, 0);
  const selection = selectRostrumPeople(rest, rostrumSeatCount, rulesFor(project, rostrums[0]!.id), substitutes);
  const onRostrum = new Set(selection.people.map((p) => p.id));
  return { table, rostrum: selection.people, hall: rest.filter((p) => !onRostrum.has(p.id)), hallFront: selection.substitutesToHall };
}
