// A room from a few numbers (the CLI's --rostrum 14,14 --hall 20x30 --aisles 8,22): a rostrum
// centred above a hall, real-world pitches from the handbook's 大礼堂.
import type { HallElement, RostrumElement, Venue } from './schema';
import { hallWidth, rostrumDepth, rostrumWidth } from '../layout/seats';

export interface QuickVenueSpec {
  /** Seats per rostrum row, front row first; empty for a room without a rostrum. */
  rostrumRows: number[];
  hall?: { rows: number; seatsPerRow: number; aisles: number[] } | undefined;
}

export const QUICK_ROSTRUM_ID = 'rostrum-1';
export const QUICK_HALL_ID = 'hall-1';
const MARGIN = 200;
const GAP_TO_HALL = 300;

export function quickVenue(spec: QuickVenueSpec): Venue {
  const rostrum: RostrumElement | undefined = spec.rostrumRows.length
    ? { id: QUICK_ROSTRUM_ID, kind: 'rostrum', name: '主席台', x: 0, y: MARGIN, rows: spec.rostrumRows, seatPitch: 80, rowPitch: 120 }
    : undefined;
  const hallTop = rostrum ? MARGIN + rostrumDepth(rostrum) + GAP_TO_HALL : MARGIN;
  const hall: HallElement | undefined = spec.hall && {
    id: QUICK_HALL_ID, kind: 'hall', name: '台下', x: 0, y: hallTop,
    rows: spec.hall.rows, seatsPerRow: spec.hall.seatsPerRow, aisles: spec.hall.aisles,
    seatPitch: 55, rowPitch: 90, aisleWidth: 120,
  };
  const widths = [rostrum ? rostrumWidth(rostrum) : 0, hall ? hallWidth(hall) : 0];
  const width = Math.max(...widths) + 2 * MARGIN;
  const elements = [
    ...(rostrum ? [{ ...rostrum, x: (width - widths[0]!) / 2, rotation: 0 }] : []),
    ...(hall ? [{ ...hall, x: (width - widths[1]!) / 2, rotation: 0 }] : []),
  ];
  const depth = (hall ? hall.y + hall.rows * hall.rowPitch : hallTop) + MARGIN;
  return { name: '会场', width, depth, elements, seatOverrides: {} };
}
