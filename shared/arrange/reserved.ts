// 预留座 (工作人员, 媒体 fixed seats): a seat reserved for a category is never given to anyone
// else. The people of that category take the reserved seats first, in rank order, front row and
// A-view left first; those the reserved seats cannot hold are arranged as usual, and reserved
// seats left over stay empty.
import type { Ordering, Person } from '../model/schema';
import type { Seat } from '../layout/seats';
import { comparatorFor, sortPeople } from './order';

export interface ReservedResult {
  placed: { seat: Seat; person: Person }[];
  /** The ids of the people now seated, to take out of every other zone's list. */
  seated: Set<string>;
}

/** `seats`: the usable reserved seats in zone order; `people`: everyone still to be seated. */
export function fillReservedSeats(seats: readonly Seat[], people: readonly Person[], ordering: Ordering): ReservedResult {
  const placed: ReservedResult['placed'] = [];
  const categories = [...new Set(seats.map((seat) => seat.reserved!))];
  for (const category of categories) {
    const zoneOrder = new Map<string, number>();
    for (const seat of seats) if (!zoneOrder.has(seat.elementId)) zoneOrder.set(seat.elementId, zoneOrder.size);
    const mine = seats.filter((seat) => seat.reserved === category)
      .sort((a, b) => zoneOrder.get(a.elementId)! - zoneOrder.get(b.elementId)! || a.row - b.row || a.col - b.col);
    const waiting = sortPeople(people.filter((p) => p.category === category && !p.absent), comparatorFor('rank', ordering));
    mine.slice(0, waiting.length).forEach((seat, i) => placed.push({ seat, person: waiting[i]! }));
  }
  return { placed, seated: new Set(placed.map((p) => p.person.id)) };
}
