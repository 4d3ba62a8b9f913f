// Built-in rooms (fixtures/README.md "Rooms"), usable as `--venue NAME` and from the app. Lengths
// in centimetres; A-view: the rostrum or the far wall at the top of the map.
import type { ObjectElement, TableElement, Venue, VenueElement, ZoneRules } from './schema';
import { hallWidth, rostrumWidth } from '../layout/seats';
import { both, type Bilingual } from '../i18n/text';

export interface RoomTemplate {
  name: string;
  venue: Venue;
  rules: Record<string, Partial<ZoneRules>>;
}

const object = (id: string, objectType: ObjectElement['objectType'], label: string, x: number, y: number, width: number, depth: number): ObjectElement =>
  ({ id, kind: 'object', objectType, label, x, y, width, depth });

const table = (fields: Pick<TableElement, 'id' | 'name' | 'x' | 'y' | 'shape' | 'purpose' | 'sideSeats'> & Partial<TableElement>): TableElement =>
  ({ kind: 'table', headSeats: 0, footSeats: 0, seatPitch: 70, main: false, ...fields });

const venue = (name: string, width: number, depth: number, elements: VenueElement[]): Venue =>
  ({ name, width, depth, elements: elements.map((element) => ({ rotation: 0, ...element })), seatOverrides: {} });

/** 大礼堂: a two-row rostrum of 14, a hall of 20 rows of 8 | 14 | 8. */
function auditorium(): RoomTemplate {
  const rostrum = { id: 'rostrum-1', kind: 'rostrum' as const, name: '主席台', x: 0, y: 150, rows: [14, 14], seatPitch: 80, rowPitch: 150 };
  const hall = { id: 'hall-1', kind: 'hall' as const, name: '台下', x: 0, y: 540, rows: 20, seatsPerRow: 30, aisles: [8, 22], seatPitch: 55, rowPitch: 90, aisleWidth: 120 };
  const width = 3000;
  const centredRostrum = { ...rostrum, x: (width - rostrumWidth(rostrum)) / 2 };
  return {
    name: '大礼堂',
    venue: venue('大礼堂', width, 2400, [
      centredRostrum,
      // 发言席 at the rostrum's right front, as the people on it see it: the audience's left.
      object('speaker-desk', 'speaker-desk', '发言席', centredRostrum.x - 200, 380, 100, 60),
      { ...hall, x: (width - hallWidth(hall)) / 2 },
      object('door', 'door', '门', 1400, 2380, 200, 20),
    ]),
    rules: {},
  };
}

/** 常务会议室: one long table, the chair at the head facing the screen, wall seats for 列席. */
function standingCommitteeRoom(): RoomTemplate {
  const wall = (id: string, name: string, y: number) => ({
    id, kind: 'hall' as const, name, x: 280, y, rows: 1, seatsPerRow: 12, aisles: [], seatPitch: 70, rowPitch: 70, aisleWidth: 100,
  });
  return {
    name: '常务会议室',
    venue: venue('常务会议室', 1400, 800, [
      table({ id: 'table-1', name: '会议桌', x: 700, y: 400, shape: 'long', purpose: 'meeting', sideSeats: 8, headSeats: 1, footSeats: 1 }),
      object('screen', 'screen', '投影屏幕', 1330, 250, 30, 300),
      object('door', 'door', '门', 100, 780, 120, 20),
      wall('wall-north', '列席（北墙）', 20),
      wall('wall-south', '列席（南墙）', 710),
    ]),
    rules: {},
  };
}

/** U形会议室: a head table of 3, two arms of 8, the screen at the open end. */
function uShapeRoom(): RoomTemplate {
  return {
    name: 'U形会议室',
    venue: venue('U形会议室', 1200, 900, [
      table({ id: 'table-1', name: 'U形桌', x: 600, y: 450, shape: 'u', purpose: 'meeting', sideSeats: 8, headSeats: 3 }),
      object('screen', 'screen', '投影屏幕', 1150, 300, 30, 300),
      object('door', 'door', '门', 80, 880, 120, 20),
    ]),
    rules: {},
  };
}

/** 宴会厅: six round tables of 10; the main table at the centre of the far wall, facing the door. */
function banquetHall(): RoomTemplate {
  const round = (id: string, name: string, x: number, y: number, main = false) =>
    table({ id, name, x, y, shape: 'round', purpose: 'banquet', sideSeats: 10, main });
  return {
    name: '宴会厅',
    venue: venue('宴会厅', 2000, 1400, [
      round('table-main', '主桌', 1000, 260, true),
      round('table-2', '2号桌', 450, 650),
      round('table-3', '3号桌', 1550, 650),
      round('table-4', '4号桌', 1000, 1050),
      round('table-5', '5号桌', 450, 1050),
      round('table-6', '6号桌', 1550, 1050),
      object('door', 'door', '正门', 900, 1380, 200, 20),
    ]),
    // Banquets use 右为上 even in 党政 settings (5.2).
    rules: Object.fromEntries(['table-main', 'table-2', 'table-3', 'table-4', 'table-5', 'table-6'].map((id) => [id, { convention: 'right' as const }])),
  };
}

/** 报告厅: 12 rows from 18 to 32 seats around one centre aisle (drawn straight, not on arcs). */
function lectureHall(): RoomTemplate {
  const hall = { id: 'hall-1', kind: 'hall' as const, name: '台下', x: 0, y: 280, rows: 12, seatsPerRow: 32, aisles: [16], seatPitch: 45, rowPitch: 90, aisleWidth: 100 };
  return {
    name: '报告厅',
    venue: venue('报告厅', 1600, 1400, [
      object('podium', 'speaker-desk', '讲台', 740, 110, 120, 80),
      { ...hall, x: (1600 - hallWidth(hall)) / 2 },
      object('door', 'door', '门', 700, 1380, 200, 20),
    ]),
    rules: { 'hall-1': { method: 'centre' } },
  };
}

export const ROOM_TEMPLATES: Record<string, () => RoomTemplate> = {
  大礼堂: auditorium,
  常务会议室: standingCommitteeRoom,
  U形会议室: uShapeRoom,
  宴会厅: banquetHall,
  报告厅: lectureHall,
};

/** What the app calls each room; the keys stay Chinese because `--venue 大礼堂` uses them. */
export const TEMPLATE_TITLES: Record<string, Bilingual> = {
  大礼堂: both('大礼堂', 'Auditorium'),
  常务会议室: both('常务会议室', 'Standing committee room'),
  U形会议室: both('U形会议室', 'U-shaped meeting room'),
  宴会厅: both('宴会厅', 'Banquet hall'),
  报告厅: both('报告厅', 'Lecture hall'),
};
