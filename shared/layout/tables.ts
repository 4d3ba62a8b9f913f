// Seats around tables (protocol 4, 5). Each seat knows which part of the table it is at and which
// way its occupant faces, because the seating rules speak of "the chair's left", "facing the door".
import type { TableElement, Venue } from '../model/schema';

export type TablePart = 'head' | 'left-arm' | 'right-arm' | 'foot' | 'ring';

export interface Vector {
  x: number;
  y: number;
}

export interface TableSeatGeometry {
  /** 1-based seat number around the table. */
  number: number;
  part: TablePart;
  /** Position within the part: along an arm from the head end, along the head/foot from its top. */
  index: number;
  x: number;
  y: number;
  /** Unit vector the seated person faces (towards the table). */
  facing: Vector;
}

/** Distance from the table edge to the centre of a chair. */
export const CHAIR_OFFSET = 45;
const LONG_TABLE_DEPTH = 120;

/** The seated person's right hand: facing north (0,-1) on the map, the right is east (1,0). */
export const rightOf = (facing: Vector): Vector => ({ x: -facing.y, y: facing.x });
export const dot = (a: Vector, b: Vector): number => a.x * b.x + a.y * b.y;

function unit(v: Vector): Vector {
  const length = Math.hypot(v.x, v.y) || 1;
  return { x: v.x / length, y: v.y / length };
}

/**
 * +1 when the head is at the table's west end (the screen, if any, is to the east), else -1. The
 * sofas of a 会见 room face the door instead (9.2): their head is the end away from it.
 */
export function headDirection(table: TableElement, venue: Pick<Venue, 'elements'>): 1 | -1 {
  if (table.shape === 'sofa') {
    // Seen in the arrangement's own (unturned) frame, so a turned one still faces the door.
    const door = doorPosition(venue);
    if (!door) return 1;
    const radians = ((table.rotation ?? 0) * Math.PI) / 180;
    const along = (door.x - table.x) * Math.cos(radians) + (door.y - table.y) * Math.sin(radians);
    return along >= 0 ? 1 : -1;
  }
  const screen = venue.elements.find((e) => e.kind === 'object' && e.objectType === 'screen');
  if (!screen || screen.kind !== 'object') return 1;
  return screen.x + screen.width / 2 >= table.x ? 1 : -1;
}

export interface TableOutline {
  shape: 'circle' | 'rect' | 'u' | 'hollow' | 'oval' | 'sofa';
  /** Circle radius, or the rectangle's half extents. */
  radius: number;
  halfLength: number;
  halfDepth: number;
}

export function tableOutline(table: TableElement): TableOutline {
  const pitch = table.seatPitch;
  if (table.shape === 'round') {
    const radius = Math.max(60, (table.sideSeats * pitch) / (2 * Math.PI));
    return { shape: 'circle', radius, halfLength: radius, halfDepth: radius };
  }
  if (table.shape === 'oval') {
    // The top's edge is about one seat pitch per seat: a 1.6 : 1 ellipse of that perimeter.
    const halfDepth = Math.max(50, (table.sideSeats * pitch) / OVAL_PERIMETER_PER_MINOR);
    return { shape: 'oval', radius: 0, halfLength: OVAL_RATIO * halfDepth, halfDepth };
  }
  const halfLength = (table.sideSeats * pitch) / 2;
  const ends = Math.max(table.headSeats, table.footSeats, 1);
  // Sofas leave a room's width between the two sides: at least 3 m.
  const halfDepth = table.shape === 'long' ? LONG_TABLE_DEPTH / 2 : table.shape === 'sofa' ? Math.max(150, (ends * pitch) / 2 + 60) : (ends * pitch) / 2 + 60;
  return { shape: table.shape === 'long' ? 'rect' : table.shape, radius: 0, halfLength, halfDepth };
}

const OVAL_RATIO = 1.6;
/** Ramanujan's perimeter of a 1.6 : 1 ellipse, in units of its minor semi-axis. */
const OVAL_PERIMETER_PER_MINOR = Math.PI * (3 * (OVAL_RATIO + 1) - Math.sqrt((3 * OVAL_RATIO + 1) * (OVAL_RATIO + 3)));

/** Points of an ellipse from the top (north), clockwise on the map, at parameters t. */
const ellipsePoint = (a: number, b: number, t: number): Vector => ({ x: a * Math.cos(t), y: b * Math.sin(t) });

/**
 * Seats around an oval table, evenly spaced along the chairs' ellipse (not by angle, which would
 * crowd the ends), seat 1 at the middle of the north side like a round table's.
 */
function ovalSeats(table: TableElement): TableSeatGeometry[] {
  const { halfLength, halfDepth } = tableOutline(table);
  const a = halfLength + CHAIR_OFFSET;
  const b = halfDepth + CHAIR_OFFSET;
  const steps = 1440;
  const ts = Array.from({ length: steps + 1 }, (_, i) => -Math.PI / 2 + (i * 2 * Math.PI) / steps);
  const lengths = [0];
  for (let i = 1; i <= steps; i++) {
    const p = ellipsePoint(a, b, ts[i]!);
    const q = ellipsePoint(a, b, ts[i - 1]!);
    lengths.push(lengths[i - 1]! + Math.hypot(p.x - q.x, p.y - q.y));
  }
  const total = lengths[steps]!;
  let i = 0;
  return Array.from({ length: table.sideSeats }, (_, k) => {
    const target = (k * total) / table.sideSeats;
    while (lengths[i + 1]! < target) i++;
    const within = (target - lengths[i]!) / (lengths[i + 1]! - lengths[i]! || 1);
    const t = ts[i]! + within * (ts[i + 1]! - ts[i]!);
    const p = ellipsePoint(a, b, t);
    // The chair faces the table along the ellipse's inward normal.
    const facing = unit({ x: -Math.cos(t) / a, y: -Math.sin(t) / b });
    return { number: k + 1, part: 'ring', index: k, x: table.x + p.x, y: table.y + p.y, facing };
  });
}

function roundSeats(table: TableElement): TableSeatGeometry[] {
  const radius = tableOutline(table).radius + CHAIR_OFFSET;
  return Array.from({ length: table.sideSeats }, (_, k) => {
    const angle = -Math.PI / 2 + (k * 2 * Math.PI) / table.sideSeats;
    const x = table.x + radius * Math.cos(angle);
    const y = table.y + radius * Math.sin(angle);
    return { number: k + 1, part: 'ring', index: k, x, y, facing: unit({ x: table.x - x, y: table.y - y }) };
  });
}

function rectangularSeats(table: TableElement, direction: 1 | -1): TableSeatGeometry[] {
  const { halfLength, halfDepth } = tableOutline(table);
  const pitch = table.seatPitch;
  const headX = table.x - direction * halfLength;
  const seats: Omit<TableSeatGeometry, 'number'>[] = [];
  const across = (count: number, x: number, part: TablePart, facing: Vector) => {
    for (let j = 0; j < count; j++) seats.push({ part, index: j, x, y: table.y - (count * pitch) / 2 + (j + 0.5) * pitch, facing });
  };
  // At the head, people face along the table towards the foot.
  across(table.headSeats, headX - direction * CHAIR_OFFSET, 'head', { x: direction, y: 0 });
  // The arms are named from the head's point of view: facing east, the left hand is north.
  const headFacing = { x: direction, y: 0 };
  const leftY = -Math.sign(rightOf(headFacing).y) || -1;
  for (const [part, side] of [['left-arm', leftY], ['right-arm', -leftY]] as const) {
    for (let i = 0; i < table.sideSeats; i++) {
      seats.push({ part, index: i, x: headX + direction * (i + 0.5) * pitch, y: table.y + side * (halfDepth + CHAIR_OFFSET), facing: { x: 0, y: -side } });
    }
  }
  const footCount = table.shape === 'u' || table.shape === 'sofa' ? 0 : table.footSeats;
  across(footCount, table.x + direction * (halfLength + CHAIR_OFFSET), 'foot', { x: -direction, y: 0 });
  return seats.map((seat, i) => ({ ...seat, number: i + 1 }));
}

export function tableSeatGeometry(table: TableElement, venue: Pick<Venue, 'elements'>): TableSeatGeometry[] {
  if (table.shape === 'round') return roundSeats(table);
  if (table.shape === 'oval') return ovalSeats(table);
  return rectangularSeats(table, headDirection(table, venue));
}

/** The room's door: the centre of its first door object, if it has one. */
export function doorPosition(venue: Pick<Venue, 'elements'>): Vector | null {
  const door = venue.elements.find((e) => e.kind === 'object' && e.objectType === 'door');
  return door && door.kind === 'object' ? { x: door.x + door.width / 2, y: door.y + door.depth / 2 } : null;
}
