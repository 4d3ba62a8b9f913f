// Seat fill orders for the hall's 横排法 (rows) and 左右排列法 (centre-out), as blocks of seats
// that sit together (protocol 2.2, 2.4).
import type { HallElement, ZoneRules } from '../model/schema';
import type { Seat } from '../layout/seats';
import { rostrumFillOrder } from './rostrum-pattern';

/** A hall's usable seats by row (front first), each row in A-view order. */
export function hallRows(element: HallElement, seats: readonly Seat[]): Seat[][] {
  const rows: Seat[][] = Array.from({ length: element.rows }, () => []);
  for (const seat of seats) rows[seat.row - 1]!.push(seat);
  for (const row of rows) row.sort((a, b) => a.col - b.col);
  return rows;
}

/** The aisle-delimited block of a seat: 0 for seats before the first aisle, and so on. */
export function blockOf(element: HallElement, col: number): number {
  return element.aisles.filter((after) => after < col).length;
}

/**
 * Blocks that hold the row's centre seats (the centre seat, or either seat of the centre pair);
 * the others are side blocks (2.1: 列席 may sit there).
 */
export function isCentreBlock(element: HallElement, block: number): boolean {
  const centre = [Math.ceil(element.seatsPerRow / 2), Math.floor(element.seatsPerRow / 2) + 1];
  return centre.some((col) => blockOf(element, col) === block);
}

function splitByBlock(element: HallElement, row: Seat[]): Seat[][] {
  const blocks = new Map<number, Seat[]>();
  for (const seat of row) {
    const block = blockOf(element, seat.col);
    const seats = blocks.get(block) ?? [];
    seats.push(seat);
    blocks.set(block, seats);
  }
  return [...blocks.entries()].sort(([a], [b]) => a - b).map(([, seats]) => seats);
}

/** 横排法: front row first, A-view left to right (or right to left); 蛇形 turns every other row. */
export function rowsMethodBlocks(element: HallElement, rows: Seat[][], rules: ZoneRules): Seat[][] {
  return rows.flatMap((row, index) => {
    let reversed = rules.direction === 'r-left';
    if (rules.snake && index % 2 === 1) reversed = !reversed;
    const blocks = splitByBlock(element, row);
    return reversed ? blocks.reverse().map((block) => [...block].reverse()) : blocks;
  });
}

/** 左右排列法: each row from the centre line outward like a rostrum row; a row is one block. */
export function centreMethodBlocks(element: HallElement, rows: Seat[][], rules: ZoneRules): Seat[][] {
  const order = rostrumFillOrder(element.seatsPerRow, rules);
  return rows.map((row) => {
    const byCol = new Map(row.map((seat) => [seat.col, seat]));
    return order.map((index) => byCol.get(index + 1)).filter((seat): seat is Seat => seat !== undefined);
  });
}
