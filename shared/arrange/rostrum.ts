// 主席台 (protocol 1.1–1.7): front rows first, each row filled from its centre by the row pattern;
// absentees close up (递补) or leave their chair empty (8.1); the 主持人 per `chairSeat` (1.7).
import type { Ordering, Person, RostrumElement, ZoneRules } from '../model/schema';
import type { Seat } from '../layout/seats';
import { chairOf } from './categories';
import { fillBlocks, type FillResult } from './fill';
import { rostrumFillOrder } from './rostrum-pattern';
import { comparatorFor, sortPeople } from './order';
import { slotsFor, type Slot } from './slots';

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


/**
 * 1.7: `front-centre` puts the chair in No.1's seat (the others shift by one); `front-end` at the
 * front row's end on the rostrum's own right (the A-view left end); `by-rank` keeps the rank's
 * place, but never in a back row.
 */
function placeChair(slots: Slot[], blocks: Seat[][], rules: ZoneRules): { slots: Slot[]; blocks: Seat[][]; chair?: { seat: Seat; person: Person } } {
  const chair = chairOf(slots.flatMap((slot) => (slot.kind === 'person' ? [slot.person] : [])));
  const index = slots.findIndex((slot) => slot.kind === 'person' && slot.person === chair);
  const front = blocks[0];
  if (index < 0 || !front || front.length === 0) return { slots, blocks };
  const chairSlot = slots[index]!;
  const others = slots.filter((_, i) => i !== index);
  if (rules.chairSeat === 'front-centre') return { slots: [chairSlot, ...others], blocks };
  if (rules.chairSeat === 'front-end') {
    const end = [...front].sort((a, b) => a.col - b.col)[0]!;
    const person = (chairSlot as { person: Person }).person;
    return { slots: others, blocks: [front.filter((seat) => seat !== end), ...blocks.slice(1)], chair: { seat: end, person } };
  }
  if (index < front.length) return { slots, blocks };
  others.splice(front.length - 1, 0, chairSlot);
  return { slots: others, blocks };
}

export function arrangeRostrumSeats(input: RostrumInput): Pick<FillResult, 'placed' | 'overflow'> {
  const ordered = sortPeople(input.people, comparatorFor(input.rules.order, input.ordering, input.people));
  // 8.1: a substitute takes a rostrum leader's seat only when the leaders decided so.
  const substitutes = input.rules.substituteTakesRostrumSeat ? input.substitutes : new Map<string, Person>();
  const placed = placeChair(slotsFor(ordered, substitutes, input.rules.absentees), rostrumBlocks(input.element, input.seats, input.rules, input.usable), input.rules);
  const result = fillBlocks(placed.slots.map((slot) => [slot]), placed.blocks, false);
  return { placed: [...(placed.chair ? [placed.chair] : []), ...result.placed], overflow: result.overflow };
}
