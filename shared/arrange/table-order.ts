// Seat seniority at meeting and talks tables (protocol 4.1–4.4): the seats of a table, most senior
// first, from its geometry, the room's door and the zone's convention.
import type { TableElement, Venue, ZoneRules } from '../model/schema';
import type { Seat } from '../layout/seats';
import { dot, doorPosition, rightOf, type Vector } from '../layout/tables';
import { rostrumFillOrder } from './rostrum-pattern';

/** Seats in a straight row, all facing one way, ordered like a rostrum row (1.2–1.4). */
export function rowBySeniority(seats: readonly Seat[], rules: ZoneRules): Seat[] {
  if (seats.length === 0) return [];
  const right = rightOf(seats[0]!.table!.facing);
  // A-view order: the seat on the occupants' right hand first (as the audience sees a rostrum).
  const aView = [...seats].sort((a, b) => dot(b, right) - dot(a, right));
  return rostrumFillOrder(aView.length, rules).map((i) => aView[i]!);
}

const part = (seats: readonly Seat[], name: string) =>
  seats.filter((s) => s.table!.part === name).sort((a, b) => a.table!.index - b.table!.index);

/** Interleave two lists: a1 b1 a2 b2 … */
function alternate<T>(first: readonly T[], second: readonly T[]): T[] {
  return Array.from({ length: Math.max(first.length, second.length) }, (_, i) => [first[i], second[i]]).flat().filter((x): x is T => x !== undefined);
}

/** Arms from the head outward, the senior arm (左为上: the head's left) first, alternating. */
function arms(seats: readonly Seat[], rules: ZoneRules): Seat[] {
  const left = part(seats, 'left-arm');
  const right = part(seats, 'right-arm');
  return rules.convention === 'left' ? alternate(left, right) : alternate(right, left);
}

/** The ring seat whose occupant faces the door (farthest from it); without a door, seat 1. */
export function seatFacingDoor(seats: readonly Seat[], door: Vector | null): Seat {
  if (!door) return seats[0]!;
  return [...seats].sort((a, b) => Math.hypot(b.x - door.x, b.y - door.y) - Math.hypot(a.x - door.x, a.y - door.y))[0]!;
}

/** Around a round table from the top seat, alternating: the top person's left first (左为上). */
export function ringBySeniority(seats: readonly Seat[], top: Seat, rules: ZoneRules): Seat[] {
  const n = seats.length;
  const byIndex = [...seats].sort((a, b) => a.table!.index - b.table!.index);
  const start = byIndex.indexOf(top);
  const right = rightOf(top.table!.facing);
  // Which way round is the top person's left?
  const next = byIndex[(start + 1) % n]!;
  const nextIsRight = dot({ x: next.x - top.x, y: next.y - top.y }, right) > 0;
  const leftStep = nextIsRight ? -1 : 1;
  const firstStep = rules.convention === 'left' ? leftStep : -leftStep;
  const order = [top];
  for (let d = 1; order.length < n; d++) {
    for (const step of [firstStep, -firstStep]) {
      const seat = byIndex[(((start + step * d) % n) + n) % n]!;
      if (!order.includes(seat)) order.push(seat);
    }
  }
  return order;
}

export interface MeetingTableOrder {
  /** Seats for the table's members, most senior first. */
  members: Seat[];
  /** 汇报席: the foot of a long table, facing the chair (4.1). */
  reporters: Seat[];
}

/** 4.1 long table, 4.3 U and 回字形, 4.4 round table. */
export function meetingTableOrder(table: TableElement, seats: readonly Seat[], rules: ZoneRules, venue: Pick<Venue, 'elements'>): MeetingTableOrder {
  if (table.shape === 'round' || table.shape === 'oval') return { members: ringBySeniority(seats, seatFacingDoor(seats, doorPosition(venue)), rules), reporters: [] };
  const head = rowBySeniority(part(seats, 'head'), rules);
  if (table.shape === 'long') return { members: [...head, ...arms(seats, rules)], reporters: part(seats, 'foot') };
  return { members: [...head, ...arms(seats, rules), ...rowBySeniority(part(seats, 'foot'), rules)], reporters: [] };
}

export interface TalksOrder {
  host: Seat[];
  guest: Seat[];
  /** The table points its end at the door: 右客左主 as one enters (4.2). */
  endOn: boolean;
}

/**
 * 4.2 talks. Side to the door: the guests sit facing the door, the hosts with their backs to it.
 * End-on to the door: 以进门方向为准, 右客左主 — the guests on the right as one walks in. Each
 * side's chief in the middle of the side, the rest alternating outward like a rostrum row.
 */
export function talksTableOrder(seats: readonly Seat[], rules: ZoneRules, venue: Pick<Venue, 'elements'>): TalksOrder {
  const sides = [part(seats, 'left-arm'), part(seats, 'right-arm')] as const;
  const door = doorPosition(venue);
  const order = (guest: Seat[], host: Seat[], endOn: boolean): TalksOrder => ({ host: rowBySeniority(host, rules), guest: rowBySeniority(guest, rules), endOn });
  // Without a door, the guests take the head's left arm.
  if (!door || seats.length === 0) return order(sides[0], sides[1], false);
  const centre = { x: seats.reduce((sum, s) => sum + s.x, 0) / seats.length, y: seats.reduce((sum, s) => sum + s.y, 0) / seats.length };
  const along = sides[0][0] && sides[0][1] ? { x: sides[0][1].x - sides[0][0].x, y: sides[0][1].y - sides[0][0].y } : { x: 1, y: 0 };
  const toDoor = { x: door.x - centre.x, y: door.y - centre.y };
  const length = Math.hypot(along.x, along.y) || 1;
  const endOn = Math.abs(dot(toDoor, along)) / length > Math.hypot(toDoor.x, toDoor.y) * Math.SQRT1_2;
  const mean = (side: readonly Seat[]): Vector => ({ x: side.reduce((sum, s) => sum + s.x, 0) / (side.length || 1) - centre.x, y: side.reduce((sum, s) => sum + s.y, 0) / (side.length || 1) - centre.y });
  if (endOn) {
    const entering = { x: -toDoor.x, y: -toDoor.y };
    const right = rightOf(entering);
    const [a, b] = dot(mean(sides[0]), right) > 0 ? [sides[0], sides[1]] : [sides[1], sides[0]];
    return order(a, b, true);
  }
  // Facing the door means sitting on the side away from it.
  const [guest, host] = dot(mean(sides[0]), toDoor) < dot(mean(sides[1]), toDoor) ? [sides[0], sides[1]] : [sides[1], sides[0]];
  return order(guest, host, false);
}
