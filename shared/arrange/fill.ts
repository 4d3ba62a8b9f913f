// Pour groups of slots into seats in fill order. A block is a run of seats that sit together (one
// row between two aisles); a group that fits in one block is not split across blocks (2.3):
// the seats it skips stay empty.
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
  const largestBlock = Math.max(0, ...blocks.map((block) => block.length));
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
    if (keepGroupsTogether && group.length <= largestBlock && blockIndex < blocks.length) {
      // Jump to the first block, from here on, where the group fits without a break; if none is
      // left, fill on from here rather than leave people out.
      const fitsHere = blocks[blockIndex]!.length - seatIndex >= group.length;
      const next = fitsHere ? -1 : blocks.findIndex((block, i) => i > blockIndex && block.length >= group.length);
      if (next > 0) {
        blockIndex = next;
        seatIndex = 0;
      }
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
