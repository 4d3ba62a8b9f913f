// The roster table's seat map survives a room edit that renames no seat (a block moved in layout
// mode), so its 10,000 rows are not rebuilt on the drop; positions are read fresh from the room.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Rows from '../../renderer/panels/roster/use-roster-rows';
import { emptyProject } from '../../shared/model/sample';
import type { Venue } from '../../shared/model/schema';

let rows: typeof Rows;
beforeAll(async () => {
  vi.stubGlobal('window', {});
  rows = await import('../../renderer/panels/roster/use-roster-rows');
});

const venue = emptyProject().venue;
const moved = (v: Venue, dx: number): Venue => ({ ...v, elements: v.elements.map((e) => (e.kind === 'hall' ? { ...e, x: e.x + dx } : e)) });

describe('the roster table’s seats', () => {
  it('a moved block keeps the map (and so the rows); the seat’s position is read fresh', () => {
    const before = rows.seatsOf(venue);
    const after = moved(venue, 300);
    expect(rows.seatsOf(after)).toBe(before);
    const id = 'hall-1:1-1';
    expect(rows.freshSeat(after, id)!.x - rows.freshSeat(venue, id)!.x).toBeCloseTo(300);
  });

  it('a room whose seats read differently gives a new map', () => {
    const before = rows.seatsOf(venue);
    const wider: Venue = { ...venue, elements: venue.elements.map((e) => (e.kind === 'hall' ? { ...e, seatsPerRow: e.seatsPerRow + 1 } : e)) };
    const after = rows.seatsOf(wider);
    expect(after).not.toBe(before);
    expect(after.size).toBe(before.size + 5);
    const renumbered: Venue = { ...wider, elements: wider.elements.map((e) => (e.kind === 'hall' ? { ...e, firstRow: 3 } : e)) };
    expect(rows.seatsOf(renumbered)).not.toBe(after);
  });
});

describe('the status bar’s usable seats', () => {
  it('are the same set after a block moved, and a new one when a seat is disabled', async () => {
    const { usableSeats } = await import('../../renderer/canvas/SeatingStatus');
    const before = usableSeats(venue);
    expect(usableSeats(moved(venue, 120))).toBe(before);
    const broken: Venue = { ...venue, seatOverrides: { 'hall-1:1-1': { disabled: true } } };
    const after = usableSeats(broken);
    expect(after).not.toBe(before);
    expect(after.size).toBe(before.size - 1);
  });
});
