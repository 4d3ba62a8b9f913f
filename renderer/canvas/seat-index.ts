// Hit-testing and culling in venue maths: a uniform grid of buckets over the seat rectangles, so
// "which seat is under the pointer" and "which seats are on screen" never walk all 10,000 seats.
import type { DrawnSeat } from '../../shared/draw/room';
import type { Box } from './viewport';

const CELL = 200; // cm: a few seats a bucket

export interface SeatIndex {
  seatAt: (x: number, y: number) => number | undefined;
  /** Indexes of seats whose rectangle meets `box`, each once. */
  seatsIn: (box: Box) => number[];
}

export function buildSeatIndex(seats: readonly DrawnSeat[]): SeatIndex {
  const buckets = new Map<string, number[]>();
  const key = (i: number, j: number) => `${i},${j}`;
  seats.forEach((s, index) => {
    for (let i = Math.floor(s.x / CELL); i <= Math.floor((s.x + s.width) / CELL); i++) {
      for (let j = Math.floor(s.y / CELL); j <= Math.floor((s.y + s.height) / CELL); j++) {
        const bucket = buckets.get(key(i, j));
        if (bucket) bucket.push(index);
        else buckets.set(key(i, j), [index]);
      }
    }
  });
  const inside = (s: DrawnSeat, x: number, y: number) => x >= s.x && x <= s.x + s.width && y >= s.y && y <= s.y + s.height;
  return {
    seatAt(x, y) {
      return buckets.get(key(Math.floor(x / CELL), Math.floor(y / CELL)))?.find((index) => inside(seats[index]!, x, y));
    },
    seatsIn(box) {
      const found = new Set<number>();
      for (let i = Math.floor(box.x / CELL); i <= Math.floor((box.x + box.width) / CELL); i++) {
        for (let j = Math.floor(box.y / CELL); j <= Math.floor((box.y + box.height) / CELL); j++) {
          for (const index of buckets.get(key(i, j)) ?? []) {
            const s = seats[index]!;
            if (s.x < box.x + box.width && box.x < s.x + s.width && s.y < box.y + box.height && box.y < s.y + s.height) found.add(index);
          }
        }
      }
      return [...found].sort((a, b) => a - b);
    },
  };
}
