// Meeting, talks and banquet tables (protocol 4, 5): who sits at which seat of which table.
import type { Ordering, Person, TableElement, Venue, ZoneRules } from '../model/schema';
import type { Seat } from '../layout/seats';
import { GUEST_SIDE, HOST_SIDE, banquetSeats, banquetTableOrder, seatBanquetTable } from './banquet';
import { agendaNumber, isReporter } from './categories';
import { comparatorFor, sortPeople } from './order';
import { slotsFor } from './slots';
import { meetingTableOrder, talksTableOrder } from './table-order';

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
}


/** People in order as they take seats, absentees and substitutes handled per the zone's rule. */
function present(people: readonly Person[], input: TablesInput, rules: ZoneRules): Person[] {
  const ordered = sortPeople(people, comparatorFor(rules.order, input.ordering, people));
  return slotsFor(ordered, input.substitutes, 'move-up').flatMap((slot) => (slot.kind === 'person' ? [slot.person] : []));
}

function pour(seats: readonly Seat[], people: readonly Person[]) {
  return {
    placed: seats.slice(0, people.length).flatMap((seat, i) => [{ seat, person: people[i]! }]),
    overflow: people.slice(seats.length),
  };
}

function arrangeBanquet(tables: readonly TableElement[], input: TablesInput): Omit<TablesResult, 'toHall'> {
  const rules = input.rulesOf(tables[0]!.id);
  const hosts = present(input.people.filter((p) => HOST_SIDE.includes(p.category)), input, rules);
  const guests = present(input.people.filter((p) => !HOST_SIDE.includes(p.category)), input, rules);
  const ordered = banquetTableOrder(tables, input.venue);
  const placed: TablesResult['placed'] = [];
  ordered.forEach((table, i) => {
    const seats = input.seatsOf(table.id);
    const tablesLeft = ordered.length - i;
    // Spread people evenly over the tables, hosts among guests, senior tables first.
    const total = Math.min(seats.length, Math.ceil((hosts.length + guests.length) / tablesLeft));
    const hostShare = Math.min(hosts.length, Math.max(1, Math.ceil(hosts.length / tablesLeft)), total);
    const guestShare = Math.min(guests.length, total - hostShare);
    if (seats.length === 0 || total === 0) return;
    placed.push(...seatBanquetTable(banquetSeats(seats, input.venue), hosts.splice(0, hostShare), guests.splice(0, guestShare)));
  });
  return { placed, overflow: [...hosts, ...guests] };
}

export function arrangeTables(input: TablesInput): TablesResult {
  const result: TablesResult = { placed: [], overflow: [], toHall: [] };
  const banquetTables = input.tables.filter((t) => t.purpose === 'banquet');
  const banquetPeople = input.people.filter((p) => HOST_SIDE.includes(p.category) || GUEST_SIDE.includes(p.category));
  if (banquetTables.length) {
    const banquet = arrangeBanquet(banquetTables, { ...input, people: banquetPeople });
    result.placed.push(...banquet.placed);
    result.overflow.push(...banquet.overflow);
  }
  let members = input.people.filter((p) => !banquetPeople.includes(p) && !isReporter(p));
  let reporters = sortPeople(input.people.filter(isReporter), (a, b) => agendaNumber(a) - agendaNumber(b) || comparatorFor('rank', input.ordering)(a, b));
  for (const table of input.tables.filter((t) => t.purpose !== 'banquet')) {
    const rules = input.rulesOf(table.id);
    const seats = input.seatsOf(table.id);
    if (table.purpose === 'talks') {
      const order = talksTableOrder(seats, rules, input.venue);
      const host = pour(order.host, present(banquetPeople.filter((p) => HOST_SIDE.includes(p.category)), input, rules));
      const guest = pour(order.guest, present(banquetPeople.filter((p) => GUEST_SIDE.includes(p.category)), input, rules));
      result.placed.push(...host.placed, ...guest.placed);
      result.overflow.push(...host.overflow, ...guest.overflow);
      continue;
    }
    const order = meetingTableOrder(table, seats, rules, input.venue);
    const seated = pour(order.members, present(members, input, rules));
    const reporting = pour(order.reporters, present(reporters, input, rules));
    result.placed.push(...seated.placed, ...reporting.placed);
    members = seated.overflow;
    reporters = reporting.overflow;
  }
  result.overflow.push(...members);
  result.toHall.push(...reporters);
  return result;
}
