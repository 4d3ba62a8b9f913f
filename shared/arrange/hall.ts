// 台下 (protocol 2): categories front to back, one of three methods, optional unit blocks, locks and
// disabled seats left alone.
import type { HallElement, Ordering, Person, ZoneRules } from '../model/schema';
import type { Seat } from '../layout/seats';
import { byCategoryTier } from './categories';
import { fillBlocks, type FillResult } from './fill';
import { blockOf, centreMethodBlocks, hallRows, isCentreBlock, rowsMethodBlocks } from './hall-blocks';
import { stripSeats, unitStrips } from './hall-columns';
import { comparatorFor, sortPeople, unitSequence, type PersonComparator } from './order';
import { agendaNumber } from './categories';
import { slotsFor, type Slot } from './slots';

export interface HallInput {
  element: HallElement;
  /** Usable seats of this element: not disabled, not locked. */
  seats: readonly Seat[];
  /** Who sits here (absentees included, substitutes not), in any order. */
  people: readonly Person[];
  substitutes: ReadonlyMap<string, Person>;
  rules: ZoneRules;
  ordering: Ordering;
}

/** One category's slots, as groups: a group per unit when grouping, else a group per slot. */
function groupsOf(people: readonly Person[], input: HallInput, byUnit: boolean): Slot[][] {
  const byRules = comparatorFor(input.rules.order, input.ordering, people);
  // 列席 for a standing-committee meeting sit in agenda order (4.1); 0 = present for every item.
  const comparator: PersonComparator = (a, b) => agendaNumber(a) - agendaNumber(b) || byRules(a, b);
  const slots = (members: readonly Person[]) => slotsFor(sortPeople(members, comparator), input.substitutes, input.rules.absentees);
  if (!byUnit) return slots(people).map((slot) => [slot]);
  return unitSequence(people, input.ordering)
    .map((unit) => slots(people.filter((person) => person.unit === unit)))
    .filter((group) => group.length > 0);
}

function merge(...results: FillResult[]): Omit<FillResult, 'end'> {
  return { placed: results.flatMap((r) => r.placed), overflow: results.flatMap((r) => r.overflow) };
}

const asGroups = (people: Person[]): Slot[][] => people.map((person) => [{ kind: 'person', person }]);

/** 竖排法: 出席 units in strips; everyone else, and units without room, fill what is left by rows. */
function arrangeByColumns(input: HallInput, rows: Seat[][], tiers: Person[][]): Omit<FillResult, 'end'> {
  const units = groupsOf(tiers[0]!, input, true);
  const strips = unitStrips(input.element, units.map((group) => group.length), input.rules);
  const stripResults = units.map((group, i) => {
    const strip = strips[i];
    return strip ? fillBlocks([group], [stripSeats(rows, strip)], false) : null;
  });
  const unplacedUnits = units.filter((_, i) => !stripResults[i]);
  const used = new Set(stripResults.flatMap((r) => r?.placed.map((p) => p.seat.id) ?? []));
  const rest = rowsMethodBlocks(input.element, rows.map((row) => row.filter((seat) => !used.has(seat.id))), input.rules);
  const overflowFromStrips = stripResults.flatMap((r) => r?.overflow ?? []);
  const others = tiers.slice(1).flatMap((tier) => groupsOf(tier, input, input.rules.groupByUnit));
  const remainder = fillBlocks([...unplacedUnits, ...asGroups(overflowFromStrips), ...others], rest, input.rules.groupByUnit);
  return merge(...stripResults.filter((r): r is FillResult => r !== null), remainder);
}

export function arrangeHall(input: HallInput): Omit<FillResult, 'end'> {
  const { element, rules } = input;
  const rows = hallRows(element, input.seats);
  const tiers = byCategoryTier(input.people);
  if (rules.method === 'columns') return arrangeByColumns(input, rows, tiers);

  const blocks = rules.method === 'centre' ? centreMethodBlocks(element, rows, rules) : rowsMethodBlocks(element, rows, rules);
  const groups = tiers.map((tier) => groupsOf(tier, input, rules.groupByUnit));
  const together = rules.groupByUnit;
  if (!rules.attendeesAtSides) return fillBlocks(groups.flat(), blocks, together);

  // 列席 in the side blocks: 出席 fill the centre blocks, 列席 the sides. 列席 the sides cannot hold
  // (a hall without side blocks, or full ones) sit behind 出席, before 媒体 and 工作人员; then
  // whoever is left takes what the sides still have.
  const centreSeat = (seat: Seat) => isCentreBlock(element, blockOf(element, seat.col));
  const centre = blocks.map((block) => block.filter(centreSeat)).filter((block) => block.length);
  const sides = blocks.map((block) => block.filter((seat) => !centreSeat(seat))).filter((block) => block.length);
  const formal = fillBlocks(groups[0]!, centre, together);
  const nonVoting = fillBlocks(groups[1]!, sides, together);
  const behind = fillBlocks([...asGroups(formal.overflow), ...asGroups(nonVoting.overflow), ...groups.slice(2).flat()], centre, together, formal.end);
  const sideRest = fillBlocks(asGroups(behind.overflow), sides, false, nonVoting.end);
  return { placed: [...formal.placed, ...nonVoting.placed, ...behind.placed, ...sideRest.placed], overflow: sideRest.overflow };
}
