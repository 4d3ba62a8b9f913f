// Who belongs in which kind of zone: tables take their people first (by purpose), the rostrum its
// own (cli.md: 座区 column, else the highest-ranked 出席), the hall everyone else.
import type { Person, Project } from '../model/schema';
import { rulesFor } from '../model/schema';
import type { Seat } from '../layout/seats';
import { GUEST_SIDE, HOST_SIDE } from './banquet';
import { FORMAL, isReporter } from './categories';
import { selectRostrumPeople } from './rostrum-people';

export type ZoneKind = 'table' | 'rostrum' | 'hall';

export function whoSitsWhere(project: Project, seatable: readonly Person[], substitutes: ReadonlyMap<string, Person>, seatsOf: ReadonlyMap<string, Seat[]>): Record<ZoneKind, Person[]> {
  const { elements } = project.venue;
  const purposes = new Set(elements.flatMap((e) => (e.kind === 'table' ? [e.purpose] : [])));
  const sides = [...HOST_SIDE, ...GUEST_SIDE];
  const atTable = (p: Person) =>
    ((purposes.has('banquet') || purposes.has('talks')) && sides.includes(p.category)) ||
    (purposes.has('meeting') && (p.category === FORMAL || p.category === '' || isReporter(p)));
  const table = seatable.filter(atTable);
  const rest = seatable.filter((p) => !atTable(p));

  // Under 递补 an absentee gives up their rostrum place, so the next in rank comes up to it.
  const rostrums = elements.filter((e) => e.kind === 'rostrum');
  const movesUp = rostrums[0] !== undefined && rulesFor(project, rostrums[0].id).absentees === 'move-up';
  const takesPlace = (p: Person) => !movesUp || !p.absent || substitutes.has(p.id);
  // Seats locked to someone are not free: the rostrum takes that many fewer of the others.
  const lockedSeats = new Set(project.locks.filter((seat) => project.assignment[seat] !== undefined));
  const rostrumSeatCount = rostrums.reduce((n, e) => n + (seatsOf.get(e.id) ?? []).filter((seat) => !lockedSeats.has(seat.id)).length, 0);
  const onRostrum = new Set(selectRostrumPeople(rest.filter(takesPlace), rostrumSeatCount).map((p) => p.id));
  return { table, rostrum: rest.filter((p) => onRostrum.has(p.id)), hall: rest.filter((p) => !onRostrum.has(p.id)) };
}
