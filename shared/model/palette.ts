// The designer's palette: a new element of each kind with the handbook's real-world sizes, placed
// near the middle of the room (the user then moves it in the property panel or on the canvas).
import { newId } from './ids';
import type { ObjectElement, Venue, VenueElement } from './schema';

export const PALETTE_ITEMS = ['rostrum', 'hall', 'table-round', 'table-long', 'table-u', 'table-hollow', 'speaker-desk', 'screen', 'door'] as const;
export type PaletteItem = (typeof PALETTE_ITEMS)[number];

const OBJECT_LABELS: Record<ObjectElement['objectType'], string> = { 'speaker-desk': '发言席', screen: '投影屏幕', door: '门' };

/** Default element names are Chinese (the documents' language); the UI translates the built-in ones. */
export function paletteElement(item: PaletteItem, venue: Pick<Venue, 'width' | 'depth'>): VenueElement {
  const id = newId();
  const x = Math.round(venue.width / 2 / 10) * 10;
  const y = Math.round(venue.depth / 2 / 10) * 10;
  switch (item) {
    case 'rostrum':
      return { id, kind: 'rostrum', rotation: 0, name: '主席台', x, y, rows: [7], seatPitch: 80, rowPitch: 150 };
    case 'hall':
      return { id, kind: 'hall', rotation: 0, name: '台下', x, y, rows: 10, seatsPerRow: 20, aisles: [], seatPitch: 55, rowPitch: 90, aisleWidth: 120 };
    case 'table-round':
      return { id, kind: 'table', rotation: 0, name: '圆桌', x, y, shape: 'round', purpose: 'banquet', sideSeats: 10, headSeats: 0, footSeats: 0, seatPitch: 70, main: false };
    case 'table-long':
      return { id, kind: 'table', rotation: 0, name: '长桌', x, y, shape: 'long', purpose: 'meeting', sideSeats: 6, headSeats: 1, footSeats: 1, seatPitch: 70, main: false };
    case 'table-u':
      return { id, kind: 'table', rotation: 0, name: 'U形桌', x, y, shape: 'u', purpose: 'meeting', sideSeats: 6, headSeats: 3, footSeats: 0, seatPitch: 70, main: false };
    case 'table-hollow':
      return { id, kind: 'table', rotation: 0, name: '回字形桌', x, y, shape: 'hollow', purpose: 'meeting', sideSeats: 6, headSeats: 3, footSeats: 3, seatPitch: 70, main: false };
    default: {
      const size = item === 'screen' ? { width: 300, depth: 30 } : item === 'door' ? { width: 150, depth: 20 } : { width: 90, depth: 60 };
      return { id, kind: 'object', rotation: 0, objectType: item, label: OBJECT_LABELS[item], x, y, ...size };
    }
  }
}
