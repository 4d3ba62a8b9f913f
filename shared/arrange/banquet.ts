// 宴会 (protocol 5): the order of the tables (5.1) and of the seats at each (5.2). Banquets use
// 右为上 whatever the meeting's convention.
import type { Person, TableElement, Venue } from '../model/schema';
import type { Seat } from '../layout/seats';
import { dot, doorPosition, rightOf, type Vector } from '../layout/tables';
import { seatFacingDoor } from './table-order';

const SAME_DISTANCE_CM = 30;

/** 5.1: the main table, then by nearness to it; at equal distance, the one on its right (facing the door). */
export function banquetTableOrder(tables: readonly TableElement[], venue: Pick<Venue, 'elements'>): TableElement[] {
  if (tables.length === 0) return [];
  const door = doorPosition(venue);
  const farthestFromDoor = door ? [...tables].sort((a, b) => Math.hypot(b.x - door.x, b.y - door.y) - Math.hypot(a.x - door.x, a.y - door.y))[0]! : tables[0]!;
  const main = tables.find((t) => t.main) ?? farthestFromDoor;
  const facing: Vector = door ? { x: door.x - main.x, y: door.y - main.y } : { x: 0, y: 1 };
  const right = rightOf(facing);
  const others = tables.filter((t) => t !== main).map((t) => ({
    table: t,
    distance: Math.round(Math.hypot(t.x - main.x, t.y - main.y) / SAME_DISTANCE_CM),
    rightness: dot({ x: t.x - main.x, y: t.y - main.y }, right),
  }));
  others.sort((a, b) => a.distance - b.distance || b.rightness - a.rightness);
  return [main, ...others.map((o) => o.table)];
}

export type BanquetPattern = 'standard' | 'foreign';

export interface BanquetSeats {
  host: Seat;
  deputy: Seat;
  /**
   * Guests 1–4: standard, the host's right, the host's left, the deputy's right, the deputy's left;
   * 外事 (foreign), the host's right, the deputy's right, the host's left, the deputy's left.
   */
  guests: Seat[];
  /** The other seats, nearest the host first, right before left. */
  rest: Seat[];
}

/** 5.2: the host (主陪) faces the door, the deputy host (副主陪) opposite. */
export function banquetSeats(seats: readonly Seat[], venue: Pick<Venue, 'elements'>, pattern: BanquetPattern = 'standard'): BanquetSeats {
  const n = seats.length;
  const ring = [...seats].sort((a, b) => a.table!.index - b.table!.index);
  const host = seatFacingDoor(ring, doorPosition(venue));
  const h = ring.indexOf(host);
  const at = (offset: number) => ring[(((h + offset) % n) + n) % n]!;
  const deputy = at(Math.floor(n / 2));
  // Which way round is the host's right hand?
  const toRight = dot({ x: at(1).x - host.x, y: at(1).y - host.y }, rightOf(host.table!.facing)) > 0 ? 1 : -1;
  const d = Math.floor(n / 2);
  // Going round the ring past the host's right hand and on, one comes up to the deputy from his
  // left: so the deputy's right is one step further the same way round.
  const named = pattern === 'foreign'
    ? [at(toRight), at(d + toRight), at(-toRight), at(d - toRight)]
    : [at(toRight), at(-toRight), at(d + toRight), at(d - toRight)];
  const guests = [...new Set(named)].filter((s) => s !== host && s !== deputy);
  const taken = new Set([host, deputy, ...guests]);
  const rest: Seat[] = [];
  for (let step = 1; step <= n; step++) {
    for (const seat of [at(step * toRight), at(-step * toRight)]) {
      if (taken.has(seat)) continue;
      taken.add(seat);
      rest.push(seat);
    }
  }
  return { host, deputy, guests, rest };
}

export const HOST_SIDE = ['主人', '陪同'];
export const GUEST_SIDE = ['主宾', '宾客'];

/**
 * Seat one table (5.2, 5.3): its 主陪 and, when there is one, 副主陪 from `hosts`; guests in rank
 * order from guest 1 on; host-side people left over once the guests run out fill the last seats.
 */
export function seatBanquetTable(seats: BanquetSeats, hosts: readonly Person[], guests: readonly Person[], filler: readonly Person[] = []): { seat: Seat; person: Person }[] {
  const g = [...guests];
  const f = [...filler];
  const placed: { seat: Seat; person: Person }[] = [];
  const place = (seat: Seat, person: Person | undefined) => person && placed.push({ seat, person });
  place(seats.host, hosts[0] ?? g.shift());
  for (const seat of seats.guests) place(seat, g.shift() ?? f.shift());
  place(seats.deputy, hosts[1] ?? f.shift() ?? g.shift());
  for (const seat of seats.rest) place(seat, g.shift() ?? f.shift());
  return placed;
}
