// Hand placement and locks: what a user does when a leader says "put him here".
import { describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { clearSeats, placePerson, setLocked } from '../../shared/model/edits';
import { makePerson } from '../../shared/model/person';
import { quickVenue } from '../../shared/model/quick-venue';
import { emptyProject } from '../../shared/model/sample';

const people = ['甲', '乙', '丙'].map((name, i) => makePerson({ id: `p${i + 1}`, name, rank: i + 1, category: '出席', rosterIndex: i }));
const arranged = arrangeZones({ ...emptyProject(quickVenue({ rostrumRows: [3] })), people }).project;
const seat = (col: number) => `rostrum-1:1-${col}`;

describe('placing people by hand', () => {
  it('moves the person, swaps whoever sat there into the old seat, and locks the new seat', () => {
    // 3 seats: 丙 甲 乙. Put 丙 in the centre.
    expect([1, 2, 3].map((c) => arranged.assignment[seat(c)])).toEqual(['p3', 'p1', 'p2']);
    const placed = placePerson(arranged, 'p3', seat(2));
    expect([1, 2, 3].map((c) => placed.assignment[seat(c)])).toEqual(['p1', 'p3', 'p2']);
    expect(placed.locks).toEqual([seat(2)]);
    // Auto-arrange keeps the lock and arranges the rest around it.
    expect(arrangeZones(placed).project.assignment[seat(2)]).toBe('p3');
  });

  it('unlocks, and clears seats with their locks', () => {
    const placed = placePerson(arranged, 'p3', seat(2));
    expect(setLocked(placed, [seat(2)], false).locks).toEqual([]);
    expect(setLocked(arranged, [seat(1), seat(3)], true).locks).toEqual([seat(1), seat(3)]);
    const cleared = clearSeats(placed, [seat(2)]);
    expect(cleared.assignment[seat(2)]).toBeUndefined();
    expect(cleared.locks).toEqual([]);
  });
});
