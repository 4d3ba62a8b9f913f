// The size of a seat on screen and on paper: one table, so the canvas and the printed seat map
// draw every seat as the same rectangle (in venue centimetres, centred on the seat).
import type { Seat, Zone } from '../layout/seats';

export const SEAT_SIZE: Record<Zone, { width: number; height: number }> = {
  rostrum: { width: 70, height: 50 },
  hall: { width: 48, height: 40 },
  table: { width: 58, height: 46 },
};

export interface SeatBox {
  /** Top-left corner and size in venue centimetres. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export function seatBox(seat: Pick<Seat, 'x' | 'y' | 'zone'>): SeatBox {
  const { width, height } = SEAT_SIZE[seat.zone];
  return { x: seat.x - width / 2, y: seat.y - height / 2, width, height };
}
