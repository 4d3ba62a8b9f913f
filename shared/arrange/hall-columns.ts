// 竖排法 (protocol 2.2): each unit takes a strip of columns from the front row to the back; units
// from the A-view left, or centre-out (first unit in the middle, the next on its senior side).
import type { HallElement, ZoneRules } from '../model/schema';
import type { Seat } from '../layout/seats';
import { blockOf } from './hall-blocks';

export interface Strip {
  /** First and last column (1-based, A-view), inclusive. */
  from: number;
  to: number;
}

/** Columns each unit needs to seat `size` people over `rows` rows. */
const stripWidth = (size: number, rows: number) => Math.max(1, Math.ceil(size / rows));

/** Left to right; a strip that would straddle an aisle starts after it when it fits in a block. */
function leftToRight(element: HallElement, widths: number[]): (Strip | null)[] {
  let next = 1;
  return widths.map((width) => {
    let from = next;
    const crosses = blockOf(element, from) !== blockOf(element, from + width - 1);
    if (crosses) {
      const blockStart = element.aisles.filter((after) => after >= from).sort((a, b) => a - b)[0]! + 1;
      const blockEnd = element.aisles.filter((after) => after >= blockStart).sort((a, b) => a - b)[0] ?? element.seatsPerRow;
      if (blockEnd - blockStart + 1 >= width) from = blockStart;
    }
    const to = from + width - 1;
    if (to > element.seatsPerRow) return null;
    next = to + 1;
    return { from, to };
  });
}

/** Centre-out: the first strip centred, then alternating; the senior side (左为上: A-view right) first. */
function centreOut(element: HallElement, widths: number[], rules: ZoneRules): (Strip | null)[] {
  const [first, ...rest] = widths;
  if (first === undefined) return [];
  const start = Math.floor((element.seatsPerRow - first) / 2) + 1;
  let left = start - 1;
  let right = start + first;
  const strips: (Strip | null)[] = [{ from: start, to: start + first - 1 }];
  const seniorRight = rules.convention === 'left';
  rest.forEach((width, index) => {
    const toRight = (index % 2 === 0) === seniorRight;
    if (toRight && right + width - 1 <= element.seatsPerRow) {
      strips.push({ from: right, to: right + width - 1 });
      right += width;
    } else if (!toRight && left - width + 1 >= 1) {
      strips.push({ from: left - width + 1, to: left });
      left -= width;
    } else strips.push(null);
  });
  return strips;
}

export function unitStrips(element: HallElement, unitSizes: number[], rules: ZoneRules): (Strip | null)[] {
  const widths = unitSizes.map((size) => stripWidth(size, element.rows));
  return rules.unitPlacement === 'centre-out' ? centreOut(element, widths, rules) : leftToRight(element, widths);
}

/** A strip's seats in fill order: front row first, A-view left to right within the strip. */
export function stripSeats(rows: Seat[][], strip: Strip): Seat[] {
  return rows.flatMap((row) => row.filter((seat) => seat.col >= strip.from && seat.col <= strip.to));
}
