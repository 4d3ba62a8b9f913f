// Protocol 8.1–8.2: an absentee an hour before the start, a substitute, and what must be reprinted.
import { describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { diffSeating } from '../../shared/arrange/changes';
import { addSubstitute, setAbsent, setZoneRules } from '../../shared/model/edits';
import { makePerson } from '../../shared/model/person';
import { QUICK_ROSTRUM_ID, quickVenue } from '../../shared/model/quick-venue';
import { emptyProject } from '../../shared/model/sample';

const roster = ['黄萍峰', '毛军', '汤慧福', '薛强', '金波', '闫柏勇', '邱红萍'].map((name, i) =>
  makePerson({ id: `p${i + 1}`, name, rank: i + 1, category: '出席', rosterIndex: i }));
const planned = arrangeZones({ ...emptyProject(quickVenue({ rostrumRows: [5], hall: { rows: 1, seatsPerRow: 4, aisles: [] } })), people: roster }).project;

describe('an absentee', () => {
  it('leave-empty (a setting): only their seat changes, and only their card', () => {
    const after = arrangeZones(setZoneRules(setAbsent(planned, 'p3', true), QUICK_ROSTRUM_ID, { absentees: 'leave-empty' })).project;
    const diff = diffSeating(planned, after);
    expect(diff.seats.map((c) => `${c.place}: ${c.before} → ${c.after}`)).toEqual(['主席台 1排 2座: 汤慧福 → null']);
    expect(diff.cards).toHaveLength(1);
  });

  it('move-up (递补, the rostrum’s default): the people after them move up one place, and the hall’s first moves up', () => {
    const after = arrangeZones(setAbsent(planned, 'p3', true)).project;
    const diff = diffSeating(planned, after);
    // 5 seats: 5 3 1 2 4 → No.4 takes No.3's seat, No.5 No.4's, and 闫柏勇 (No.6) comes up to the rostrum.
    expect(diff.cards.map((c) => `${c.place}: ${c.before} → ${c.after}`)).toEqual([
      '主席台 1排 1座: 金波 → 闫柏勇',
      '主席台 1排 2座: 汤慧福 → 薛强',
      '主席台 1排 5座: 薛强 → 金波',
    ]);
  });
});

describe('a substitute (代会)', () => {
  it('on the rostrum, by default, does not take the leader’s seat: the row closes up and the substitute sits first in the hall', () => {
    const arranged = arrangeZones(addSubstitute(planned, 'p2', '王代表')).project;
    const nameAt = (seat: string) => arranged.people.find((p) => p.id === arranged.assignment[seat])?.name;
    // 5 seats read 5 3 1 2 4 over ranks 1, 3, 4, 5, 6.
    expect(['1-1', '1-2', '1-3', '1-4', '1-5'].map((s) => nameAt(`rostrum-1:${s}`))).toEqual(['闫柏勇', '薛强', '黄萍峰', '汤慧福', '金波']);
    expect(nameAt('hall-1:1-1')).toBe('王代表');
  });

  it('takes the absent person’s seat when the leaders decided so; one card changes, and re-arranging keeps them there', () => {
    const decided = setZoneRules(planned, QUICK_ROSTRUM_ID, { substituteTakesRostrumSeat: true });
    const substituted = addSubstitute(decided, 'p2', '王代表');
    expect(diffSeating(planned, substituted).cards.map((c) => `${c.place}: ${c.before} → ${c.after}`)).toEqual(['主席台 1排 4座: 毛军 → 王代表']);
    expect(diffSeating(substituted, arrangeZones(substituted).project).seats).toEqual([]);
  });
});
