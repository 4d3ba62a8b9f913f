// 主席台 (protocol 1.1–1.6): front rows first, each row filled from its centre by the row pattern.
import type { Person, RostrumElement, ZoneRules } from '../model/schema';
import type { Seat } from '../layout/seats';
import { fillBlocks, type FillResult } from './fill';
import { rostrumFillOrder } from './rostrum-pattern';
import { comparatorFor, sortPeople } from './order';
import { slotsFor } from './slots';
import type { Ordering } from '../model/schema';

export interface RostrumInput {
  element: RostrumElement;
  /** All seats of the element; `usable` says which the engine may fill. */
  seats: readonly Seat[];
  usable: (seat: Seat) => boolean;
  people: readonly Person[];
  substitutes: ReadonlyMap<string, Person>;
  rules: ZoneRules;
  ordering: Ordering;
}

/** Each row is a block in seniority order; locked and disabled seats drop out of it. */
export function rostrumBlocks(element: RostrumElement, seats: readonly Seat[], rules: ZoneRules, usable: (seat: Seat) => boolean): Seat[][] {
  return element.rows.map((count, index) => {
    const row = seats.filter((seat) => seat.row === index + 1).sort((a, b) => a.col - b.col);
    return rostrumFillOrder(count, rules).map((col) => row[col]!).filter(usable);
  });
}

export function arrangeRostrumSeats(input: RostrumInput): Omit<FillResult, 'end'> {
  const ordered = sortPeople(input.people, comparatorFor(input.rules.order, input.ordering, input.people));
  const slots = slotsFor(ordered, input.substitutes, input.rules.absentees);
  return fillBlocks(slots.map((slot) => [slot]), rostrumBlocks(input.element, input.seats, input.rules, input.usable), false);
}
