// Reserving occupied seats names who sits there (they stay until re-arranged); a custom seat label
// such as A12 is drawn at the same zooms as the seat numbers around it.
import { describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { makePerson } from '../../shared/model/person';
import { quickVenue } from '../../shared/model/quick-venue';
import { emptyProject } from '../../shared/model/sample';
import { occupantsAgainstReservation } from '../../shared/model/reserved-occupants';
import { setSeatOverride } from '../../shared/model/seat-overrides';
import { labelSize } from '../../renderer/canvas/scene/seat-paint';

const people = [
  makePerson({ id: 'a', name: '王建国', rank: 1, category: '出席', rosterIndex: 0 }),
  makePerson({ id: 'b', name: '李记者', rank: 2, category: '媒体', rosterIndex: 1 }),
];

describe('reserving occupied seats', () => {
  it('names the people whose category is not the reservation, and nobody on empty or matching seats', () => {
    const project = arrangeZones({ ...emptyProject(quickVenue({ rostrumRows: [], hall: { rows: 1, seatsPerRow: 4, aisles: [] } })), people: [people[0]!] }).project;
    const [seatId] = Object.keys(project.assignment);
    const others = ['hall-1:1-1', 'hall-1:1-2', 'hall-1:1-3', 'hall-1:1-4'].filter((id) => id !== seatId);
    const reserved = setSeatOverride(project, [seatId!, others[0]!], { field: 'reserved', value: '媒体' }).project;
    // The reservation does not move the occupant.
    expect(reserved.assignment[seatId!]).toBe('a');
    expect(occupantsAgainstReservation(reserved, [seatId!, others[0]!]).map(({ seat, person }) => [seat.id, person.name])).toEqual([[seatId, '王建国']]);
    const forMembers = setSeatOverride(project, [seatId!], { field: 'reserved', value: '出席' }).project;
    expect(occupantsAgainstReservation(forMembers, [seatId!])).toEqual([]);
  });
});

describe('seat labels', () => {
  const seat = (label: string) => ({ width: 50, height: 45, seat: { label } as never });
  it('a three-character label such as A12 is as large as the numbers around it in a seat of usual shape', () => {
    expect(labelSize(seat('A12'))).toBe(labelSize(seat('12')));
    expect(labelSize(seat('108'))).toBe(labelSize(seat('8')));
  });
  it('a long label still fits the seat', () => {
    const size = labelSize(seat('VIP-A12'));
    expect(size * 0.6 * 7).toBeLessThanOrEqual(50 * 0.85 + 1e-9);
    expect(labelSize(seat('主宾席'))).toBeCloseTo((50 * 0.85) / 3);
  });
});
