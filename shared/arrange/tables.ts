// Meeting, talks and banquet tables (protocol 4, 5): who sits at which seat of which table.
import type { Ordering, Person, TableElement, Venue, ZoneRules } from '../model/schema';
import type { Seat } from '../layout/seats';
import { GUEST_SIDE, HOST_SIDE, banquetSeats, banquetTableOrder, seatBanquetTable } from './banquet';
import { NON_VOTING, agendaNumber, chairOf, isReporter } from './categories';
import { comparatorFor, sortPeople } from './order';
import { slotsFor } from './slots';
import { meetingTableOrder, talksTableOrder } from './table-order';
import { receptionSeatOrder } from './reception';

export interface TablesInput {
  tables: readonly TableElement[];
  /** Usable seats per table (not disabled, not locked). */
  seatsOf: (tableId: string) => Seat[];
  people: readonly Person[];
  substitutes: ReadonlyMap<string, Person>;
  rulesOf: (elementId: string) => ZoneRules;
  ordering: Ordering;
  venue: Pick<Venue, 'elements'>;
}

export interface TablesResult {
  placed: { seat: Seat; person: Person }[];
  /** People who should sit at a table but found no seat there. */
  overflow: Person[];
  /** Reporters who found no 汇报席: they sit with the 列席 in the hall. */
  toHall: Person[];
  /** Banquet tables nobody sits at, so staff can remove them (5.3). */
  emptyTables: TableElement[];
}


/** People already in seating order, absentees dropped and substitutes in their place. */
function presentInOrder(ordered: readonly Person[], input: TablesInput): Person[] {
  return slotsFor(ordered, input.substitutes, 'move-up').flatMap((slot) => (slot.kind === 'person' ? [slot.person] : []));
}

/** People in order as they take seats, absentees and substitutes handled per the zone's rule. */
function present(people: readonly Person[], input: TablesInput, rules: ZoneRules): Person[] {
  return presentInOrder(sortPeople(people, comparatorFor(rules.order, input.ordering, people)), input);
}

function pour(seats: readonly Seat[], people: readonly Person[]) {
  return {
    placed: seats.slice(0, people.length).flatMap((seat, i) => [{ seat, person: people[i]! }]),
    overflow: people.slice(seats.length),
  };
}

/**
 * 5.3: tables fill in 桌次 order, each up to its seats: the 主桌 first and full with 主陪, 副主陪
 * and the highest guests; every further table the next host-side person as 主陪 (and a 副主陪 while
 * hosts remain), then guests in rank order. Never spread thinly; empty tables are reported.
 */
function arrangeBanquet(tables: readonly TableElement[], input: TablesInput): Omit<TablesResult, 'toHall'> {
  const rules = input.rulesOf(tables[0]!.id);
  const hosts = present(input.people.filter((p) => HOST_SIDE.includes(p.category)), input, rules);
  const guests = present(input.people.filter((p) => !HOST_SIDE.includes(p.category)), input, rules);
  const placed: TablesResult['placed'] = [];
  const emptyTables: TableElement[] = [];
  for (const table of banquetTableOrder(tables, input.venue)) {
    const seats = input.seatsOf(table.id);
    if (seats.length === 0) continue;
    if (hosts.length + guests.length === 0) {
      emptyTables.push(table);
      continue;
    }
    const tableHosts = hosts.splice(0, Math.min(2, seats.length));
    const tableGuests = guests.splice(0, seats.length - tableHosts.length);
    const filler = hosts.splice(0, seats.length - tableHosts.length - tableGuests.length);
    const pattern = input.rulesOf(table.id).banquetPattern;
    placed.push(...seatBanquetTable(banquetSeats(seats, input.venue, pattern), tableHosts, tableGuests, filler));
  }
  return { placed, overflow: [...hosts, ...guests], emptyTables };
}

export function arrangeTables(input: TablesInput): TablesResult {
  const result: TablesResult = { placed: [], overflow: [], toHall: [], emptyTables: [] };
  const banquetTables = input.tables.filter((t) => t.purpose === 'banquet');
  const banquetPeople = input.people.filter((p) => HOST_SIDE.includes(p.category) || GUEST_SIDE.includes(p.category));
  if (banquetTables.length) {
    const banquet = arrangeBanquet(banquetTables, { ...input, people: banquetPeople });
    result.placed.push(...banquet.placed);
    result.overflow.push(...banquet.overflow);
    result.emptyTables.push(...banquet.emptyTables);
  }
  const isObserver = (p: Person) => p.category === NON_VOTING && !isReporter(p);
  let members = input.people.filter((p) => !banquetPeople.includes(p) && !isReporter(p) && !isObserver(p));
  const inAgendaOrder = (a: Person, b: Person) => agendaNumber(a) - agendaNumber(b) || comparatorFor('rank', input.ordering)(a, b);
  // 汇报席 in agenda order (4.1): never re-sorted by rank afterwards.
  let reporters = presentInOrder(sortPeople(input.people.filter(isReporter), inAgendaOrder), input);
  // 列席 sit after the members, at the table while it has seats, then on the wall seats (4.1).
  let observers = presentInOrder(sortPeople(input.people.filter(isObserver), inAgendaOrder), input);
  for (const table of input.tables.filter((t) => t.purpose !== 'banquet')) {
    const rules = input.rulesOf(table.id);
    const seats = input.seatsOf(table.id);
    if (table.purpose === 'talks' || table.purpose === 'reception') {
      const order = table.purpose === 'reception' ? receptionSeatOrder(seats) : talksTableOrder(seats, rules, input.venue);
      const host = pour(order.host, present(banquetPeople.filter((p) => HOST_SIDE.includes(p.category)), input, rules));
      const guest = pour(order.guest, present(banquetPeople.filter((p) => GUEST_SIDE.includes(p.category)), input, rules));
      result.placed.push(...host.placed, ...guest.placed);
      result.overflow.push(...host.overflow, ...guest.overflow);
      continue;
    }
    const order = meetingTableOrder(table, seats, rules, input.venue);
    // The chair (主持人, or a group's 召集人) takes the head whatever the ranks (4.1, 9.4).
    const ordered = present(members, input, rules);
    const chair = chairOf(ordered);
    const seated = pour(order.members, chair ? [chair, ...ordered.filter((p) => p !== chair)] : ordered);
    const reporting = pour(order.reporters, reporters);
    const observing = pour(order.members.slice(seated.placed.length), observers);
    result.placed.push(...seated.placed, ...reporting.placed, ...observing.placed);
    members = seated.overflow;
    reporters = reporting.overflow;
    observers = observing.overflow;
  }
  result.overflow.push(...members);
  result.toHall.push(...reporters, ...observers);
  return result;
}
