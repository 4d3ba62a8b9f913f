// 列席人员按议题进出 (protocol 4.1): at a meeting table, the 汇报人 and 列席 of agenda items that do
// not overlap can use the same seat in turn — the 汇报席 passes from one item's reporter to the
// next, a wall seat from one item's 列席 to a later item's. Before arranging, people who can share
// are folded into turns (the first of each turn is seated by the engine as usual); afterwards the
// others are written down as that seat's later occupants (`sharedSeats`).
import type { Person } from '../model/schema';
import { NON_VOTING, agendaNumber, isReporter } from './categories';

/** The agenda items a person is in the room for; empty = every item. */
export function agendaItemsOf(person: Person): number[] {
  if (person.agendaItems?.length) return [...person.agendaItems];
  const single = agendaNumber(person);
  return single > 0 ? [single] : [];
}

type TurnKind = 'reporter' | 'observer';
const turnKind = (person: Person): TurnKind | null => (isReporter(person) ? 'reporter' : person.category === NON_VOTING ? 'observer' : null);

/**
 * People who take turns in one seat: each turn is a list whose members' items never overlap, in
 * agenda order. First fit, so the earliest items keep the best seats. Only present reporters and
 * 列席 with items of their own take turns; a reporter never shares with a 列席 (the 汇报席 faces the
 * chair). Everyone else is a turn of one.
 */
export function agendaTurns(people: readonly Person[]): Person[][] {
  const first = (p: Person) => Math.min(...agendaItemsOf(p));
  const sharing = people.filter((p) => !p.absent && turnKind(p) !== null && agendaItemsOf(p).length > 0)
    .map((p, i) => ({ p, i })).sort((a, b) => first(a.p) - first(b.p) || a.i - b.i).map(({ p }) => p);
  const turns: { kind: TurnKind; items: Set<number>; people: Person[] }[] = [];
  for (const person of sharing) {
    const kind = turnKind(person)!;
    const items = agendaItemsOf(person);
    const turn = turns.find((t) => t.kind === kind && items.every((n) => !t.items.has(n)));
    if (turn) {
      turn.people.push(person);
      items.forEach((n) => turn.items.add(n));
    } else turns.push({ kind, items: new Set(items), people: [person] });
  }
  const inTurns = new Set(sharing.map((p) => p.id));
  const byFirst = new Map(turns.map((t) => [t.people[0]!.id, t.people]));
  // The roster's order is kept: each turn stands where its first person stood.
  return people.flatMap((p) => (!inTurns.has(p.id) ? [[p]] : byFirst.has(p.id) ? [byFirst.get(p.id)!] : []));
}

export interface FoldedTurns {
  /** The people the engine seats: everyone, with each turn reduced to its first person. */
  seated: Person[];
  /** First person's id → the people after them in the same seat, in agenda order. */
  later: Map<string, Person[]>;
}

export function foldTurns(people: readonly Person[]): FoldedTurns {
  const later = new Map<string, Person[]>();
  const seated = agendaTurns(people).map((turn) => {
    if (turn.length > 1) later.set(turn[0]!.id, turn.slice(1));
    return turn[0]!;
  });
  return { seated, later };
}

/** seatId → the later occupants' ids, for the seats the first of a turn was given. */
export function sharedSeatsOf(assignment: Readonly<Record<string, string>>, later: ReadonlyMap<string, readonly Person[]>): Record<string, string[]> {
  const shared: Record<string, string[]> = {};
  for (const [seatId, personId] of Object.entries(assignment)) {
    const next = later.get(personId);
    if (next?.length) shared[seatId] = next.map((p) => p.id);
  }
  return shared;
}
