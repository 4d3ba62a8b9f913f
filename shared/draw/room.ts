// A room as one drawing: its fixed shapes, its seats as rectangles, and the seats grouped into
// blocks (a rostrum, an aisle block of the hall, a table). Blocks are what the canvas draws as
// one shape each and what a far-out view summarises as coloured cells with counts.
import type { Venue } from '../model/schema';
import { deriveSeats, type Seat } from '../layout/seats';
import { blockOf } from '../arrange/hall-blocks';
import { elementShapes, type DrawShape } from './elements';
import { seatBox, type SeatBox } from './seat-box';
import type { Language } from '../i18n/text';
import { placeName } from '../i18n/place-names';

export interface DrawnSeat extends SeatBox {
  seat: Seat;
}

export interface SeatBlock {
  id: string;
  elementId: string;
  /** 主席台, 台下 第2区, 主桌… */
  name: string;
  /** Indexes into RoomDrawing.seats. */
  seats: number[];
  box: SeatBox;
}

export interface RoomDrawing {
  width: number;
  depth: number;
  shapes: DrawShape[];
  seats: DrawnSeat[];
  blocks: SeatBlock[];
}

function boundsOf(boxes: readonly SeatBox[]): SeatBox {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.x); minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width); maxY = Math.max(maxY, b.y + b.height);
  }
  return boxes.length ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : { x: 0, y: 0, width: 0, height: 0 };
}

export function roomDrawing(venue: Venue, language: Language = 'zh-CN'): RoomDrawing {
  const seats = deriveSeats(venue).map((seat): DrawnSeat => ({ ...seatBox(seat), seat }));
  const byBlock = new Map<string, { elementId: string; name: string; seats: number[] }>();
  const elements = new Map(venue.elements.map((e) => [e.id, e]));
  seats.forEach(({ seat }, index) => {
    const element = elements.get(seat.elementId);
    const hallBlock = element?.kind === 'hall' && element.aisles.length ? blockOf(element, seat.col) : null;
    const id = hallBlock === null ? seat.elementId : `${seat.elementId}#${hallBlock}`;
    const zone = placeName(seat.zoneName, language);
    const name = hallBlock === null ? zone : language === 'en' ? `${zone} block ${hallBlock + 1}` : `${zone} ${hallBlock + 1}区`;
    const block = byBlock.get(id) ?? { elementId: seat.elementId, name, seats: [] };
    block.seats.push(index);
    byBlock.set(id, block);
  });
  const blocks = [...byBlock].map(([id, b]): SeatBlock => ({ id, ...b, box: boundsOf(b.seats.map((i) => seats[i]!)) }));
  return {
    width: venue.width,
    depth: venue.depth,
    shapes: venue.elements.flatMap((element) => elementShapes(element, venue, language)),
    seats,
    blocks,
  };
}
