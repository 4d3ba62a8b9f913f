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

export interface BanquetSeats {
  host: Seat;
  deputy: Seat;
  /** Guest 1 on the host's right, 2 on his left, 3 on the deputy's right, 4 on the deputy's left. */
  guests: Seat[];
  /** The other seats, nearest the host first, right before left. */
  rest: Seat[];
}

/** 5.2: the host (主陪) faces the door, the deputy host (副主陪) opposite. */
export function banquetSeats(seats: readonly Seat[], venue: Pick<Venue, 'elements'>): BanquetSeats {
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
  const named = [at(toRight), at(-toRight), at(d + toRight), at(d - toRight)];
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

/** Seat one table's share of hosts and guests: roles first, then the rest alternating guest, host. */
export function seatBanquetTable(seats: BanquetSeats, hosts: readonly Person[], guests: readonly Person[]): { seat: Seat; person: Person }[] {
  const h = [...hosts];
  const g = [...guests];
  const placed: { seat: Seat; person: Person }[] = [];
  const place = (seat: Seat, person: Person | undefined) => person && placed.push({ seat, person });
  place(seats.host, h.shift() ?? g.shift());
  place(seats.deputy, h.shift() ?? g.shift());
  for (const seat of seats.guests) place(seat, g.shift() ?? h.shift());
  // What is left interleaves, so that hosts sit among their guests.
  for (const [i, seat] of seats.rest.entries()) place(seat, (i % 2 === 0 ? g.shift() ?? h.shift() : h.shift() ?? g.shift()));
  return placed;
}
