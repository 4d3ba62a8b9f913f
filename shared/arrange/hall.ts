// 台下 (protocol 2): categories front to back, one of three methods, optional unit blocks, locks and
// disabled seats left alone; substitutes of absent rostrum leaders first (8.1) and speakers'
// waiting seats in the front row (1.7).
import type { HallElement, Ordering, Person, ZoneRules } from '../model/schema';
import type { Seat } from '../layout/seats';
import { agendaNumber, byCategoryTier } from './categories';
import { fillBlocks, type FillResult } from './fill';
import { blockOf, centreMethodBlocks, hallRows, isCentreBlock, rowsMethodBlocks } from './hall-blocks';
import { stripSeats, unitStrips } from './hall-columns';
import { comparatorFor, sortPeople, unitSequence, type PersonComparator } from './order';
import { slotsFor, type Slot } from './slots';
import { takeSpeakerSeats } from './speakers';

export interface HallInput {
  element: HallElement;
  /** Usable seats of this element: not disabled, not locked. */
  seats: readonly Seat[];
  /** Who sits here (absentees included, substitutes not), in any order. */
  people: readonly Person[];
  substitutes: ReadonlyMap<string, Person>;
  rules: ZoneRules;
  ordering: Ordering;
  /** People who sit before everyone else (substitutes of absent rostrum leaders), in order. */
  front?: readonly Person[];
  /** The A-view side of the speaker's desk, where speakers wait (1.7). */
  speakerSide?: 'left' | 'right';
}

export interface HallResult {
  placed: FillResult['placed'];
  overflow: Person[];
  /** Units split across blocks for lack of room although one block could hold them (2.3). */
  splitUnits: string[];
}

interface Groups {
  groups: Slot[][];
  /** The unit of each group when grouping by unit. */
  units: string[];
}

/** One category's slots, as groups: a group per unit when grouping, else a group per slot. */
function groupsOf(people: readonly Person[], input: HallInput, byUnit: boolean): Groups {
  const byRules = comparatorFor(input.rules.order, input.ordering, people);
  // 列席 for a standing-committee meeting sit in agenda order (4.1); 0 = present for every item.
  const comparator: PersonComparator = (a, b) => agendaNumber(a) - agendaNumber(b) || byRules(a, b);
  const slots = (members: readonly Person[]) => slotsFor(sortPeople(members, comparator), input.substitutes, input.rules.absentees);
  if (!byUnit) return { groups: slots(people).map((slot) => [slot]), units: [] };
  const members = new Map<string, Person[]>();
  for (const person of people) members.set(person.unit, [...(members.get(person.unit) ?? []), person]);
  const units = unitSequence(people, input.ordering).filter((unit) => slots(members.get(unit) ?? []).length > 0);
  return { groups: units.map((unit) => slots(members.get(unit)!)), units };
}

const asGroups = (people: readonly Person[]): Slot[][] => people.map((person) => [{ kind: 'person', person }]);

function merge(results: readonly FillResult[], splitUnits: string[]): HallResult {
  return { placed: results.flatMap((r) => r.placed), overflow: results.flatMap((r) => r.overflow), splitUnits };
}

/** 竖排法: 出席 units in strips; everyone else, and units without room, fill what is left by rows. */
function arrangeByColumns(input: HallInput, rows: Seat[][], tiers: Person[][], front: Slot[][]): HallResult {
  const { groups: units } = groupsOf(tiers[0]!, input, true);
  const strips = unitStrips(input.element, units.map((group) => group.length), input.rules);
  const stripResults = units.map((group, i) => {
    const strip = strips[i];
    return strip ? fillBlocks([group], [stripSeats(rows, strip)], false) : null;
  });
  const unplacedUnits = units.filter((_, i) => !stripResults[i]);
  const used = new Set(stripResults.flatMap((r) => r?.placed.map((p) => p.seat.id) ?? []));
  const rest = rowsMethodBlocks(input.element, rows.map((row) => row.filter((seat) => !used.has(seat.id))), input.rules);
  const overflowFromStrips = stripResults.flatMap((r) => r?.overflow ?? []);
  const others = tiers.slice(1).flatMap((tier) => groupsOf(tier, input, input.rules.groupByUnit).groups);
  const remainder = fillBlocks([...front, ...unplacedUnits, ...asGroups(overflowFromStrips), ...others], rest, input.rules.groupByUnit);
  return merge([...stripResults.filter((r): r is FillResult => r !== null), remainder], []);
}

function arrangeSeats(input: HallInput, seats: readonly Seat[], people: readonly Person[]): HallResult {
  const { element, rules } = input;
  const rows = hallRows(element, seats);
  const tiers = byCategoryTier(people);
  const front = asGroups(input.front ?? []);
  if (rules.method === 'columns') return arrangeByColumns(input, rows, tiers, front);

  const blocks = rules.method === 'centre' ? centreMethodBlocks(element, rows, rules) : rowsMethodBlocks(element, rows, rules);
  const tierGroups = tiers.map((tier) => groupsOf(tier, input, rules.groupByUnit));
  const together = rules.groupByUnit;
  if (!rules.attendeesAtSides) {
    const all = [...front, ...tierGroups.flatMap((t) => t.groups)];
    const units = [...front.map(() => ''), ...tierGroups.flatMap((t) => (t.units.length ? t.units : t.groups.map(() => '')))];
    const result = fillBlocks(all, blocks, together);
    return merge([result], result.split.map((i) => units[i]!).filter(Boolean));
  }

  // 列席 in the side blocks: 出席 fill the centre blocks, 列席 the sides. 列席 the sides cannot hold
  // (a hall without side blocks, or full ones) sit behind 出席, before 媒体 and 工作人员; then
  // whoever is left takes what the sides still have.
  const centreSeat = (seat: Seat) => isCentreBlock(element, blockOf(element, seat.col));
  const centre = blocks.map((block) => block.filter(centreSeat)).filter((block) => block.length);
  const sides = blocks.map((block) => block.filter((seat) => !centreSeat(seat))).filter((block) => block.length);
  const formal = fillBlocks([...front, ...tierGroups[0]!.groups], centre, together);
  const nonVoting = fillBlocks(tierGroups[1]!.groups, sides, together);
  const behind = fillBlocks([...asGroups(formal.overflow), ...asGroups(nonVoting.overflow), ...tierGroups.slice(2).flatMap((t) => t.groups)], centre, together, formal.end);
  const sideRest = fillBlocks(asGroups(behind.overflow), sides, false, nonVoting.end);
  const splitUnits = [...formal.split.map((i) => tierGroups[0]!.units[i - front.length] ?? ''), ...nonVoting.split.map((i) => tierGroups[1]!.units[i] ?? '')];
  return { placed: [...formal.placed, ...nonVoting.placed, ...behind.placed, ...sideRest.placed], overflow: sideRest.overflow, splitUnits: splitUnits.filter(Boolean) };
}

export function arrangeHall(input: HallInput): HallResult {
  if (!input.rules.speakersWaitingSeats) return arrangeSeats(input, input.seats, input.people);
  const speakers = takeSpeakerSeats(input.seats, input.people, input.speakerSide ?? 'left');
  const rest = arrangeSeats(input, speakers.otherSeats, speakers.others);
  return { ...rest, placed: [...speakers.placed, ...rest.placed], overflow: [...speakers.overflow, ...rest.overflow] };
}
