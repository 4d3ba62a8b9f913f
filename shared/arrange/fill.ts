// Pour groups of slots into seats in fill order. A block is a run of seats that sit together (one
// row between two aisles); a group that fits in the next block is not split across the aisle
// (2.3): the seats it skips stay empty.
import type { Seat } from '../layout/seats';
import type { Person } from '../model/schema';
import type { Slot } from './slots';

export interface Cursor {
  block: number;
  seat: number;
}

export interface FillResult {
  placed: { seat: Seat; person: Person }[];
  /** People who did not fit, in order. */
  overflow: Person[];
  /** Where the next pour would continue. */
  end: Cursor;
}

export const START: Cursor = { block: 0, seat: 0 };

export function fillBlocks(groups: readonly Slot[][], blocks: readonly Seat[][], keepGroupsTogether: boolean, start: Cursor = START): FillResult {
  const placed: FillResult['placed'] = [];
  const overflow: Person[] = [];
  let blockIndex = start.block;
  let seatIndex = start.seat;
  const advance = () => {
    seatIndex++;
    while (blockIndex < blocks.length && seatIndex >= blocks[blockIndex]!.length) {
      blockIndex++;
      seatIndex = 0;
    }
  };
  while (blockIndex < blocks.length && seatIndex >= blocks[blockIndex]!.length) {
    blockIndex++;
    seatIndex = 0;
  }

  for (const group of groups) {
    // A group that does not fit in what is left of this block, but fits whole in the next one,
    // starts there. A group too large for the next block is split anyway: fill on from here.
    const current = blocks[blockIndex];
    const next = blocks[blockIndex + 1];
    if (keepGroupsTogether && current && next && current.length - seatIndex < group.length && next.length >= group.length) {
      blockIndex++;
      seatIndex = 0;
    }
    for (const slot of group) {
      if (blockIndex >= blocks.length) {
        if (slot.kind === 'person') overflow.push(slot.person);
        continue;
      }
      if (slot.kind === 'person') placed.push({ seat: blocks[blockIndex]![seatIndex]!, person: slot.person });
      advance();
    }
  }
  return { placed, overflow, end: { block: blockIndex, seat: seatIndex } };
}
