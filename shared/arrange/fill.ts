// Pour groups of slots into seats in fill order. A block is a run of seats that sit together (one
// row between two aisles); a group that fits in the next block is not split across the aisle
// (2.3): the seats it skips stay empty — but only while the room can spare them. When skipping
// would leave people without a seat, the group is split instead and reported.
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
  /** Indexes of groups split across blocks although one block could hold them (for lack of room). */
  split: number[];
}

export const START: Cursor = { block: 0, seat: 0 };

export function fillBlocks(groups: readonly Slot[][], blocks: readonly Seat[][], keepGroupsTogether: boolean, start: Cursor = START): FillResult {
  const placed: FillResult['placed'] = [];
  const overflow: Person[] = [];
  const split: number[] = [];
  let blockIndex = start.block;
  let seatIndex = start.seat;
  // Seats from block i to the end, so the slack left after a skip is known at once.
  const seatsFrom = new Array<number>(blocks.length + 1).fill(0);
  for (let i = blocks.length - 1; i >= 0; i--) seatsFrom[i] = seatsFrom[i + 1]! + blocks[i]!.length;
  const largestBlock = Math.max(0, ...blocks.map((block) => block.length));
  let slotsLeft = groups.reduce((n, group) => n + group.length, 0);
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

  groups.forEach((group, groupIndex) => {
    // A group that does not fit in what is left of this block, but fits whole in the next one,
    // starts there if the room can spare the skipped seats. Otherwise fill on from here.
    const current = blocks[blockIndex];
    const next = blocks[blockIndex + 1];
    if (keepGroupsTogether && current && next && current.length - seatIndex < group.length && next.length >= group.length) {
      const seatsAfterSkip = seatsFrom[blockIndex + 1]!;
      if (seatsAfterSkip >= slotsLeft) {
        blockIndex++;
        seatIndex = 0;
      }
    }
    const firstBlock = blockIndex;
    for (const slot of group) {
      slotsLeft--;
      if (blockIndex >= blocks.length) {
        if (slot.kind === 'person') overflow.push(slot.person);
        continue;
      }
      if (slot.kind === 'person') placed.push({ seat: blocks[blockIndex]![seatIndex]!, person: slot.person });
      advance();
    }
    const lastBlock = seatIndex === 0 ? blockIndex - 1 : blockIndex;
    if (keepGroupsTogether && lastBlock > firstBlock && group.length <= largestBlock) split.push(groupIndex);
  });
  return { placed, overflow, end: { block: blockIndex, seat: seatIndex }, split };
}
