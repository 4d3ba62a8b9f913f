// Seats are derived from element parameters, never stored: the same parameters always give the
// same seat ids, so assignments survive edits of unrelated elements.
import type { HallElement, RostrumElement, TableElement, Venue, VenueElement } from '../model/schema';
import { tableSeatGeometry, type TablePart, type Vector } from './tables';
import { rostrumPattern } from '../arrange/rostrum-pattern';
import { turnOf, turnPoint, turnVector } from './rotation';

export type Zone = 'rostrum' | 'hall' | 'table';

export interface Seat {
  /** `${elementId}:${row}-${col}`, stable for the element's parameters. */
  id: string;
  elementId: string;
  zone: Zone;
  /** The element's name, e.g. 主席台 / 台下. */
  zoneName: string;
  /** 1-based, from the front (nearest the hall for the rostrum, nearest the rostrum for the hall). */
  row: number;
  /** 1-based, from the left as seen from the hall (A-view), counting seats only. A hall row shorter than its block keeps the columns of the widest row. */
  col: number;
  /** 1-based place in its row, when a short row's columns start further in (fan halls). */
  rowPosition?: number;
  /** The row's number on labels and lists when it is not `row` (a hall whose first row is numbered otherwise). */
  rowNumber?: number;
  /** The label is the user's own (座位设置 → 座位号, e.g. A12): shown even on an occupied seat. */
  customLabel?: boolean;
  /** 预留: the category this seat is kept for (工作人员, 媒体). */
  reserved?: string;
  /** Seats in this row. */
  rowLength: number;
  label: string;
  disabled: boolean;
  /** Centre of the seat in venue centimetres. */
  x: number;
  y: number;
  /** Table seats only: the part of the table, the place along it, the way its occupant faces. */
  table?: { part: TablePart; index: number; facing: Vector };
}

export const seatId = (elementId: string, row: number, col: number): string => `${elementId}:${row}-${col}`;

/** The row number people read (第3排), which a hall may start at another number than 1. */
export const shownRow = (seat: Pick<Seat, 'row' | 'rowNumber'>): number => seat.rowNumber ?? seat.row;

/** The seat's place in its own row, counted from the A-view left. */
export const placeInRow = (seat: Pick<Seat, 'col' | 'rowPosition'>): number => seat.rowPosition ?? seat.col;

/** Width of a rostrum: its longest row. */
export function rostrumWidth(element: RostrumElement): number {
  return Math.max(...element.rows) * element.seatPitch;
}

export function rostrumDepth(element: RostrumElement): number {
  return element.rows.length * element.rowPitch;
}

export function hallWidth(element: HallElement): number {
  const stagger = element.stagger && element.rows > 1 ? element.seatPitch / 2 : 0;
  return element.seatsPerRow * element.seatPitch + aislesBefore(element, element.seatsPerRow + 1) * element.aisleWidth + stagger;
}

export function hallDepth(element: HallElement): number {
  return element.rows * element.rowPitch;
}

/** How many aisles run between seat 1 and seat `col`. */
function aislesBefore(element: HallElement, col: number): number {
  return element.aisles.filter((after) => after < col && after < element.seatsPerRow).length;
}

/** Seats in one hall row (1-based): its own count in a fan or trapezoid hall, never more than seatsPerRow. */
export function hallRowSeats(element: HallElement, row: number): number {
  return Math.max(0, Math.min(element.seatsPerRow, element.rowSeats?.[row - 1] ?? element.seatsPerRow));
}

/**
 * Where a row sits on the block's columns: a shorter row is centred, so it starts `offset` seats in
 * (a half seat when the difference is odd). Its seats take the columns from `first`, the columns
 * of the seats behind them: ids and aisles line up from row to row.
 */
export function hallRowPlacement(element: HallElement, row: number): { count: number; first: number; shift: number } {
  const count = hallRowSeats(element, row);
  const offset = (element.seatsPerRow - count) / 2;
  const stagger = element.stagger && row % 2 === 0 ? 0.5 : 0;
  return { count, first: Math.floor(offset) + 1, shift: (offset - Math.floor(offset) + stagger) * element.seatPitch };
}

function rostrumSeats(element: RostrumElement): Seat[] {
  const width = rostrumWidth(element);
  const seats: Seat[] = [];
  element.rows.forEach((count, index) => {
    const row = index + 1;
    // The front row is the one nearest the hall: the lowest on an A-view map.
    const y = element.y + (element.rows.length - row + 0.5) * element.rowPitch;
    const left = element.x + (width - count * element.seatPitch) / 2;
    for (let col = 1; col <= count; col++) {
      seats.push({
        id: seatId(element.id, row, col), elementId: element.id, zone: 'rostrum', zoneName: element.name,
        row, col, rowLength: count, label: String(col), disabled: false,
        x: left + (col - 0.5) * element.seatPitch, y,
      });
    }
  });
  return seats;
}

/**
 * Seat numbers of a hall row of `count` seats, A-view left to right (7.2), from the hall's first
 * seat number. Centre-out: …6 4 2 1 3 5…, odd on the right.
 */
export function hallSeatNumbers(element: HallElement, count = element.seatsPerRow): number[] {
  const first = element.firstSeat ?? 1;
  const numbers = element.numbering === 'centre-out' ? rostrumPattern(count, { convention: 'right', evenRule: 'centre-pair' }) : Array.from({ length: count }, (_, i) => i + 1);
  return numbers.map((n) => n + first - 1);
}

/**
 * Where a point of a hall row stands: straight rows as laid out, or on the row's arc (arcRadius),
 * keeping its distance from the centre line as arc length, so seats keep their pitch along the arc
 * and the centre seat of each row stays where a straight row would put it.
 */
export function hallPoint(element: HallElement, row: number, straightX: number): { x: number; y: number } {
  const y = element.y + (row - 0.5) * element.rowPitch;
  if (!element.arcRadius) return { x: straightX, y };
  const centreX = element.x + hallWidth(element) / 2;
  const radius = element.arcRadius + (row - 1) * element.rowPitch;
  const centreY = element.y + 0.5 * element.rowPitch - element.arcRadius;
  const angle = (straightX - centreX) / radius;
  return { x: centreX + radius * Math.sin(angle), y: centreY + radius * Math.cos(angle) };
}

function hallSeats(element: HallElement): Seat[] {
  const seats: Seat[] = [];
  const firstRow = element.firstRow ?? 1;
  for (let row = 1; row <= element.rows; row++) {
    const { count, first, shift } = hallRowPlacement(element, row);
    const numbers = hallSeatNumbers(element, count);
    for (let i = 0; i < count; i++) {
      const col = first + i;
      const straightX = element.x + (col - 0.5) * element.seatPitch + shift + aislesBefore(element, col) * element.aisleWidth;
      seats.push({
        id: seatId(element.id, row, col), elementId: element.id, zone: 'hall', zoneName: element.name,
        row, col, rowLength: count, label: String(numbers[i]), disabled: false,
        ...(firstRow !== 1 ? { rowNumber: row + firstRow - 1 } : {}),
        ...(first !== 1 ? { rowPosition: i + 1 } : {}),
        ...hallPoint(element, row, straightX),
      });
    }
  }
  return seats;
}

/** A table's seats are one "row" numbered around the table. */
function tableSeats(element: TableElement, venue: Pick<Venue, 'elements'>): Seat[] {
  const geometry = tableSeatGeometry(element, venue);
  return geometry.map((g) => ({
    id: seatId(element.id, 1, g.number), elementId: element.id, zone: 'table', zoneName: element.name,
    row: 1, col: g.number, rowLength: geometry.length, label: String(g.number), disabled: false,
    x: g.x, y: g.y, table: { part: g.part, index: g.index, facing: g.facing },
  }));
}

/** An element's unrotated width and depth (a table's are not needed: it turns about its (x, y)). */
export function elementSize(element: VenueElement): { width: number; depth: number } {
  if (element.kind === 'rostrum') return { width: rostrumWidth(element), depth: rostrumDepth(element) };
  if (element.kind === 'hall') return { width: hallWidth(element), depth: hallDepth(element) };
  if (element.kind === 'object') return { width: element.width, depth: element.depth };
  if (element.kind === 'wall') return { width: Math.max(0, ...element.points.map((p) => p.x)), depth: Math.max(0, ...element.points.map((p) => p.y)) };
  return { width: 0, depth: 0 };
}

function unturnedSeats(element: VenueElement, venue: Pick<Venue, 'elements'>): Seat[] {
  if (element.kind === 'rostrum') return rostrumSeats(element);
  if (element.kind === 'hall') return hallSeats(element);
  if (element.kind === 'table') return tableSeats(element, venue);
  return [];
}

/** The seats of one element, turned by its rotation; tables need the venue, whose screen decides where their head is. */
export function elementSeats(element: VenueElement, venue: Pick<Venue, 'elements'>): Seat[] {
  const seats = unturnedSeats(element, venue);
  const turn = turnOf(element, elementSize(element));
  if (!turn) return seats;
  return seats.map((seat) => ({
    ...seat, ...turnPoint(turn, seat),
    ...(seat.table ? { table: { ...seat.table, facing: turnVector(turn, seat.table.facing) } } : {}),
  }));
}

/** Every seat of the venue, with per-seat overrides (disabled, relabelled, reserved) applied. */
export function deriveSeats(venue: Venue): Seat[] {
  return venue.elements.flatMap((element) => elementSeats(element, venue)).map((seat) => {
    const override = venue.seatOverrides[seat.id];
    if (!override) return seat;
    return { ...seat, disabled: override.disabled ?? false, label: override.label ?? seat.label, ...(override.label ? { customLabel: true } : {}), ...(override.reserved ? { reserved: override.reserved } : {}) };
  });
}
