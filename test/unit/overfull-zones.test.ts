// Issue 10 item 4: more people marked for a zone than it has seats is said at once, with names.
import { describe, expect, it } from 'vitest';
import { overfullZones } from '../../shared/arrange/overfull-zones';
import { makePerson } from '../../shared/model/person';
import { quickVenue } from '../../shared/model/quick-venue';
import { rulesFor } from '../../shared/model/schema';
import { emptyProject } from '../../shared/model/sample';

const venue = quickVenue({ rostrumRows: [7], hall: { rows: 2, seatsPerRow: 10, aisles: [] } });
const people = (count: number, seatZone: string, from = 0) =>
  Array.from({ length: count }, (_, i) => makePerson({ id: `${seatZone}${i}`, name: `${seatZone}${i + 1}号`, rank: from + i + 1, seatZone, rosterIndex: from + i }));

describe('overfullZones', () => {
  it('names who will not fit on a 7-seat rostrum when 28 are marked for it, by rank', () => {
    const project = { ...emptyProject(venue), people: [...people(28, '主席台').reverse(), ...people(5, '台下', 28)] };
    const [rostrum, ...others] = overfullZones(project);
    expect(others).toEqual([]);
    expect(rostrum).toMatchObject({ zone: '主席台', seats: 7, marked: 28 });
    expect(rostrum!.over.map((p) => p.rank)).toEqual(Array.from({ length: 21 }, (_, i) => i + 8));
    expect(rostrum!.message.zh).toMatch(/^名单中座区为“主席台”的有 28 人，主席台只有 7 个座位；按排序放不下的 21 人：主席台8号、主席台9号/);
    expect(rostrum!.message.en).toMatch(/^28 people are marked for the Rostrum but it has 7 seats/);
  });

  it('says nothing when everyone fits, ignores absentees and zones the room does not have', () => {
    const fits = people(7, '主席台');
    const absent = people(3, '主席台', 7).map((p) => ({ ...p, absent: true }));
    expect(overfullZones({ ...emptyProject(venue), people: [...fits, ...absent, ...people(30, '主桌', 10)] })).toEqual([]);
  });

  it('counts seats of disabled seats out', () => {
    const project = { ...emptyProject(venue), people: people(7, '主席台') };
    const seatId = `${venue.elements.find((e) => e.kind === 'rostrum')!.id}:1-1`;
    const smaller = { ...project, venue: { ...project.venue, seatOverrides: { [seatId]: { disabled: true } } } };
    expect(overfullZones(smaller).map((z) => [z.seats, z.over.map((p) => p.name)])).toEqual([[6, ['主席台7号']]]);
  });

  it('counts a 代会 substitute on the rostrum only when the rules seat substitutes there (8.1)', () => {
    // 9 marked, two of them on leave, one of those replaced: 7 leaders for 7 seats, the substitute in the hall.
    const marked = people(9, '主席台').map((p, i) => (i === 1 || i === 3 ? { ...p, absent: true } : p));
    const substitute = makePerson({ id: 'sub', name: '代会者', seatZone: '主席台', rank: 2, substituteFor: marked[1]!.id, rosterIndex: 9 });
    const project = { ...emptyProject(venue), people: [...marked, substitute] };
    expect(overfullZones(project)).toEqual([]);
    const rostrumId = venue.elements.find((e) => e.kind === 'rostrum')!.id;
    const seated = { ...project, rules: { ...project.rules, [rostrumId]: { ...rulesFor(project, rostrumId), substituteTakesRostrumSeat: true } } };
    expect(overfullZones(seated).map((z) => [z.marked, z.over.map((p) => p.name)])).toEqual([[8, ['主席台9号']]]);
  });
});
