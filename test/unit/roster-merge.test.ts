// Re-importing an edited roster (issue 10 item 2): the preview lists exactly the people added,
// removed and changed; applying keeps everyone's ids (their seats survive), unseats the removed in
// every session, or keeps them when the user says so.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRosterTable } from '../../electron/services/import/read-table';
import { arrangeZones } from '../../shared/arrange/arrange';
import { makePerson } from '../../shared/model/person';
import { planOf, withPlan } from '../../shared/model/plan';
import { sampleMeeting } from '../../shared/model/sample';
import { duplicateSession, replaceMeetingRoster } from '../../shared/model/session-edits';
import type { Meeting } from '../../shared/model/meeting-schema';
import { proposeMapping } from '../../shared/roster/mapping';
import { rosterFromTable } from '../../shared/roster/import-table';
import { applyMerge, planMerge } from '../../shared/roster/merge';

const people = async (name: string) => {
  const table = await readRosterTable(readFileSync(`test/fixtures/${name}`), name);
  return rosterFromTable(table, proposeMapping(table)).people;
};

/** The plenary roster imported and arranged in two sessions. */
async function seatedMeeting(): Promise<Meeting> {
  let meeting = replaceMeetingRoster(sampleMeeting(), await people('plenary-roster-utf8bom.csv'));
  const first = meeting.sessions[0]!.id;
  const plan = planOf(meeting, first);
  meeting = withPlan(meeting, first, plan, arrangeZones(plan).project);
  return duplicateSession(meeting, first).meeting;
}

const seatOf = (meeting: Meeting, sessionIndex: number, personId: string) =>
  Object.entries(meeting.sessions[sessionIndex]!.assignment).find(([, id]) => id === personId)?.[0];

describe('re-import of an edited roster', () => {
  it('the plan lists exactly the added, removed and changed people', async () => {
    const meeting = await seatedMeeting();
    const plan = planMerge(meeting.people, await people('plenary-roster-edited.csv'));
    expect(plan.added.map((p) => p.name)).toEqual(['欧阳明', '阿依古丽·买买提']);
    expect(plan.removed.map((p) => p.name)).toEqual(['胡桂洋', '曾旭娟']);
    expect(plan.changed.map((c) => [c.before.name, c.changes])).toEqual([
      ['汤慧福', [{ field: 'title', before: '区人大常委会主任', after: '区人大常委会党组书记、主任' }]],
      ['陆杰', [{ field: 'rank', before: '100', after: '99' }]],
    ]);
    expect(plan.unchanged).toBe(166);
  });

  it('applying keeps ids and seats of kept people and unseats the removed in every session', async () => {
    const meeting = await seatedMeeting();
    const incoming = await people('plenary-roster-edited.csv');
    const byName = (m: Meeting, name: string) => m.people.find((p) => p.name === name);
    const tang = byName(meeting, '汤慧福')!;
    const hu = byName(meeting, '胡桂洋')!;
    expect(seatOf(meeting, 0, hu.id)).toBeDefined();
    expect(seatOf(meeting, 1, hu.id)).toBeDefined();
    const after = applyMerge(meeting, incoming, planMerge(meeting.people, incoming), { keepRemoved: false });
    expect(after.people).toHaveLength(170);
    expect(byName(after, '汤慧福')).toMatchObject({ id: tang.id, title: '区人大常委会党组书记、主任' });
    expect(seatOf(after, 0, tang.id)).toBe(seatOf(meeting, 0, tang.id));
    expect(seatOf(after, 1, tang.id)).toBe(seatOf(meeting, 1, tang.id));
    expect(byName(after, '胡桂洋')).toBeUndefined();
    expect(Object.values(after.sessions[0]!.assignment)).not.toContain(hu.id);
    expect(Object.values(after.sessions[1]!.assignment)).not.toContain(hu.id);
    expect(byName(after, '阿依古丽·买买提')).toMatchObject({ originalName: '阿依古丽•买买提' });
  });

  it('keep removed people: they stay on the roster and in their seats', async () => {
    const meeting = await seatedMeeting();
    const incoming = await people('plenary-roster-edited.csv');
    const hu = meeting.people.find((p) => p.name === '胡桂洋')!;
    const after = applyMerge(meeting, incoming, planMerge(meeting.people, incoming), { keepRemoved: true });
    expect(after.people).toHaveLength(172);
    expect(seatOf(after, 0, hu.id)).toBe(seatOf(meeting, 0, hu.id));
  });

  it('an ID column is the key: a changed name or unit is a change, not a removal and an addition', () => {
    const meeting = replaceMeetingRoster(sampleMeeting(), [
      makePerson({ id: 'p1', name: '李明', unit: '区委办', externalId: 'A1' }),
      makePerson({ id: 'p2', name: '王芳', unit: '区政府办', externalId: 'A2' }),
    ]);
    const incoming = [makePerson({ id: 'p1', name: '李明', unit: '区委办公室', externalId: 'A1' }), makePerson({ id: 'p2', name: '王芳', unit: '区政府办', externalId: 'A3' })];
    const plan = planMerge(meeting.people, incoming);
    expect(plan.changed.map((c) => [c.before.name, c.changes.map((x) => `${x.field}: ${x.before} → ${x.after}`)])).toEqual([['李明', ['unit: 区委办 → 区委办公室']]]);
    // Same name and unit but another ID: someone else.
    expect(plan.added.map((p) => p.externalId)).toEqual(['A3']);
    expect(plan.removed.map((p) => p.externalId)).toEqual(['A2']);
  });

  it('a field the new list has no column for keeps what the meeting has', () => {
    const meeting = replaceMeetingRoster(sampleMeeting(), [makePerson({ id: 'p1', name: '李明', unit: '区委办', title: '主任', group: '第一组' })]);
    const incoming = [makePerson({ id: 'x', name: '李明', unit: '区委办', rank: 3 })];
    const plan = planMerge(meeting.people, incoming, ['name', 'unit', 'rank']);
    expect(plan.changed[0]!.changes).toEqual([{ field: 'rank', before: '', after: '3' }]);
    const after = applyMerge(meeting, incoming, plan, { keepRemoved: false });
    expect(after.people[0]).toMatchObject({ id: meeting.people[0]!.id, title: '主任', rank: 3, group: '第一组' });
    expect(after.groups.find((g) => g.name === '第一组')?.memberIds).toEqual([meeting.people[0]!.id]);
  });

  it('an empty cell of a mapped column clears that field; an ID column without a value keeps the ID', () => {
    const meeting = replaceMeetingRoster(sampleMeeting(), [makePerson({ id: 'p1', name: '李明', unit: '区委办', role: '主持人', externalId: 'A1' })]);
    const incoming = [makePerson({ id: 'x', name: '李明', unit: '区委办' })];
    const plan = planMerge(meeting.people, incoming, ['name', 'unit', 'role', 'externalId']);
    expect(plan.changed[0]!.changes).toEqual([{ field: 'role', before: '主持人', after: '' }]);
    const after = applyMerge(meeting, incoming, plan, { keepRemoved: false }).people[0]!;
    expect(after.role).toBeUndefined();
    expect('role' in after).toBe(false);
    expect(after.externalId).toBe('A1');
  });

  it('namesakes already in the meeting: the first is matched, the other counts as removed', () => {
    const meeting = replaceMeetingRoster(sampleMeeting(), [makePerson({ id: 'p1', name: '王伟', unit: '区委办' })]);
    const twice = { ...meeting, people: [...meeting.people, { ...meeting.people[0]!, id: 'other' }] };
    const plan = planMerge(twice.people, [makePerson({ id: 'x', name: '王伟', unit: '区委办' })]);
    expect(plan.unchanged).toBe(1);
    expect(plan.removed.map((p) => p.id)).toEqual(['other']);
  });
});
