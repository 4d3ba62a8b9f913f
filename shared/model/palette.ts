// The designer's palette: a new element of each kind with the handbook's real-world sizes, placed
// near the middle of the room (the user then moves it in the property panel or on the canvas).
import { newId } from './ids';
import type { ObjectElement, Venue, VenueElement } from './schema';

export const PALETTE_ITEMS = [
  'rostrum', 'hall', 'hall-fan', 'risers',
  'table-round', 'table-oval', 'table-long', 'table-u', 'table-hollow', 'sofas',
  'speaker-desk', 'chair-desk', 'screen', 'banner', 'door', 'window', 'pillar', 'stage-edge', 'text',
  'wall', 'outline',
] as const;
export type PaletteItem = (typeof PALETTE_ITEMS)[number];

export const OBJECT_LABELS: Record<ObjectElement['objectType'], string> = {
  'speaker-desk': '发言席', 'chair-desk': '主持台', screen: '投影屏幕', door: '门', window: '窗', pillar: '柱',
  'stage-edge': '台口', banner: '会标', text: '文字',
};

/** Width × depth in cm of a new object: a lectern, a 3 m screen, a double door, a 60 cm pillar… */
const OBJECT_SIZES: Record<ObjectElement['objectType'], { width: number; depth: number }> = {
  'speaker-desk': { width: 90, depth: 60 }, 'chair-desk': { width: 90, depth: 60 }, screen: { width: 300, depth: 30 },
  door: { width: 150, depth: 20 }, window: { width: 180, depth: 20 }, pillar: { width: 60, depth: 60 },
  'stage-edge': { width: 1000, depth: 10 }, banner: { width: 1000, depth: 80 }, text: { width: 300, depth: 40 },
};

const isObjectType = (item: string): item is ObjectElement['objectType'] => Object.hasOwn(OBJECT_SIZES, item);

/** Default element names are Chinese (the documents' language); the UI translates the built-in ones. */
export function paletteElement(item: PaletteItem, venue: Pick<Venue, 'width' | 'depth'>): VenueElement {
  const id = newId();
  const x = Math.round(venue.width / 2 / 10) * 10;
  const y = Math.round(venue.depth / 2 / 10) * 10;
  const table = { id, kind: 'table', rotation: 0, x, y, headSeats: 0, footSeats: 0, seatPitch: 70, main: false } as const;
  switch (item) {
    case 'rostrum':
      return { id, kind: 'rostrum', rotation: 0, name: '主席台', x, y, rows: [7], seatPitch: 80, rowPitch: 150 };
    case 'risers':
      // 9.1: 合影 rows, the front row seated; each row behind two wider so nobody is hidden.
      return { id, kind: 'rostrum', rotation: 0, name: '合影', x, y, rows: [10, 12, 14], seatPitch: 60, rowPitch: 70, risers: true };
    case 'hall':
      return { id, kind: 'hall', rotation: 0, name: '台下', x, y, rows: 10, seatsPerRow: 20, aisles: [], seatPitch: 55, rowPitch: 90, aisleWidth: 120 };
    case 'hall-fan':
      // 扇形: each row two seats wider than the one in front, staggered.
      return { id, kind: 'hall', rotation: 0, name: '台下', x, y, rows: 8, seatsPerRow: 24, rowSeats: [10, 12, 14, 16, 18, 20, 22, 24], aisles: [], seatPitch: 55, rowPitch: 90, aisleWidth: 120, stagger: true };
    case 'table-round':
      return { ...table, name: '圆桌', shape: 'round', purpose: 'banquet', sideSeats: 10 };
    case 'table-oval':
      return { ...table, name: '椭圆桌', shape: 'oval', purpose: 'meeting', sideSeats: 14 };
    case 'table-long':
      return { ...table, name: '长桌', shape: 'long', purpose: 'meeting', sideSeats: 6, headSeats: 1, footSeats: 1 };
    case 'table-u':
      return { ...table, name: 'U形桌', shape: 'u', purpose: 'meeting', sideSeats: 6, headSeats: 3 };
    case 'table-hollow':
      return { ...table, name: '回字形桌', shape: 'hollow', purpose: 'meeting', sideSeats: 6, headSeats: 3, footSeats: 3 };
    case 'sofas':
      // 9.2 会见: host and chief guest side by side, four armchairs down each side.
      return { ...table, name: '会见厅', shape: 'sofa', purpose: 'reception', sideSeats: 4, headSeats: 2, seatPitch: 100 };
    case 'wall':
      return { id, kind: 'wall', rotation: 0, name: '墙', x, y, points: [{ x: 0, y: 0 }, { x: 600, y: 0 }], closed: false, thickness: 24 };
    case 'outline':
      // The room's walls: its whole floor, from the top-left corner.
      return { id, kind: 'wall', rotation: 0, name: '会场轮廓', x: 0, y: 0, points: [{ x: 0, y: 0 }, { x: venue.width, y: 0 }, { x: venue.width, y: venue.depth }, { x: 0, y: venue.depth }], closed: true, thickness: 24 };
    default: {
      if (!isObjectType(item)) throw new Error(`unknown palette item ${item}`);
      return { id, kind: 'object', rotation: 0, objectType: item, label: OBJECT_LABELS[item], x, y, ...OBJECT_SIZES[item] };
    }
  }
}
