// Protocol 8.2: cards to print anew are told apart from cards that only move, with from → to.
import { describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { cardChangeLines, cardChanges } from '../../shared/arrange/card-changes';
import { addSubstitute, setAbsent, setZoneRules } from '../../shared/model/edits';
import { makePerson } from '../../shared/model/person';
import { QUICK_ROSTRUM_ID, quickVenue } from '../../shared/model/quick-venue';
import { emptyProject } from '../../shared/model/sample';

const roster = ['黄萍峰', '毛军', '汤慧福', '薛强', '金波', '闫柏勇', '邱红萍'].map((name, i) =>
  makePerson({ id: `p${i + 1}`, name, rank: i + 1, category: '出席', rosterIndex: i }));
// A 5-seat rostrum (5 3 1 2 4) and a hall of 4 for the rest.
const planned = arrangeZones({ ...emptyProject(quickVenue({ rostrumRows: [5], hall: { rows: 1, seatsPerRow: 4, aisles: [] } })), people: roster }).project;

describe('cardChanges', () => {
  it('nothing changed: no card to print, move or take away', () => {
    expect(cardChanges(planned, arrangeZones(planned).project)).toEqual({ anew: [], moved: [], removed: [] });
  });

  it('an absentee on the rostrum (递补): the next in rank gets a new card, the others’ cards move up', () => {
    const after = arrangeZones(setAbsent(planned, 'p2', true)).project;
    const changes = cardChanges(planned, after);
    // 5 seats read 5 3 1 2 4: before 金波 汤慧福 黄萍峰 毛军 薛强; after 闫柏勇 薛强 黄萍峰 汤慧福 金波.
    expect(changes.anew.map((c) => [c.name, c.place.zh])).toEqual([['闫柏勇', '主席台 1排 1座']]);
    expect(changes.moved.map((c) => `${c.name} ${c.from.place.zh} → ${c.to.place.zh}`)).toEqual([
      '薛强 主席台 1排 5座 → 主席台 1排 2座',
      '汤慧福 主席台 1排 2座 → 主席台 1排 4座',
      '金波 主席台 1排 1座 → 主席台 1排 5座',
    ]);
    expect(changes.removed.map((c) => c.name)).toEqual(['毛军']);
    expect(cardChangeLines(changes).moved[0]).toEqual({ zh: '薛强 的座签 主席台 1排 5座 → 主席台 1排 2座', en: '薛强’s card Rostrum row 1 seat 5 → Rostrum row 1 seat 2' });
  });

  it('a substitute who takes the seat (leaders agreed) needs a new card; nobody else moves', () => {
    const decided = setZoneRules(planned, QUICK_ROSTRUM_ID, { substituteTakesRostrumSeat: true });
    const after = arrangeZones(addSubstitute(decided, 'p2', { name: '王代表', unit: '区政府办', title: '主任' })).project;
    const changes = cardChanges(decided, after);
    expect(changes.anew.map((c) => c.name)).toEqual(['王代表']);
    expect(changes.moved).toEqual([]);
    expect(changes.removed.map((c) => c.name)).toEqual(['毛军']);
  });

  it('a renamed person on the same seat needs a new card, not a move', () => {
    const seat = Object.entries(planned.assignment).find(([, who]) => who === 'p1')![0];
    const renamed = { ...planned, people: planned.people.map((p) => (p.id === 'p1' ? { ...p, name: '黄平峰' } : p)) };
    const changes = cardChanges(planned, renamed);
    expect(changes.anew).toEqual([{ name: '黄平峰', seatId: seat, place: { zh: '主席台 1排 3座', en: 'Rostrum row 1 seat 3' } }]);
    expect(changes.removed.map((c) => c.name)).toEqual(['黄萍峰']);
    expect(changes.moved).toEqual([]);
  });

  it('the hall has no cards by default; with hall cards a move there is listed too', () => {
    const swapped = { ...planned, assignment: { ...planned.assignment, [QUICK_HALL_SEAT(1)]: planned.assignment[QUICK_HALL_SEAT(2)]!, [QUICK_HALL_SEAT(2)]: planned.assignment[QUICK_HALL_SEAT(1)]! } };
    expect(cardChanges(planned, swapped)).toEqual({ anew: [], moved: [], removed: [] });
    expect(cardChanges(planned, swapped, ['rostrum', 'table', 'hall']).moved).toHaveLength(2);
  });
});

function QUICK_HALL_SEAT(col: number): string {
  return Object.keys(planned.assignment).find((seat) => seat.endsWith(`:1-${col}`) && !seat.startsWith(QUICK_ROSTRUM_ID))!;
}
