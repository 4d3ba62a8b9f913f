// The roster table's edits: a checked field, a person added to the session on screen, people
// deleted with their seats emptied in every session — each a pure step on the meeting.
import { describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { addSubstitute } from '../../shared/model/edits';
import type { Meeting } from '../../shared/model/meeting-schema';
import { makePerson } from '../../shared/model/person';
import { planOf, withPlan } from '../../shared/model/plan';
import { addPerson, deletePeople, parseField, parseGroupNames, setPersonGroups, updatePerson } from '../../shared/model/roster-edits';
import { sampleMeeting } from '../../shared/model/sample';
import { addSession, replaceMeetingRoster, setAttendance } from '../../shared/model/session-edits';

const roster = ['黄萍峰', '毛军', '汤慧福', '薛强'].map((name, i) =>
  makePerson({ id: `in${i}`, name, unit: `单位${i}`, rank: i + 1, category: '出席', rosterIndex: i }));
const editPlan = (m: Meeting, sessionId: string, change: (p: ReturnType<typeof planOf>) => ReturnType<typeof planOf>) =>
  withPlan(m, sessionId, planOf(m, sessionId), change(planOf(m, sessionId)));

/** Four people arranged in the plenary and in a second session in a copy of its room. */
function seatedTwice(): Meeting {
  let m = replaceMeetingRoster(sampleMeeting(), roster, roster.map(() => ['第一组']));
  m = addSession(m, 'group', { venue: m.sessions[0]!.venue, rules: {} }).meeting;
  for (const session of m.sessions) m = editPlan(m, session.id, (p) => arrangeZones(p).project);
  return m;
}

describe('a cell typed in the roster table', () => {
  it('排序号 is a positive whole number, or empty for none', () => {
    expect(parseField('rank', ' 12 ')).toEqual({ ok: true, value: 12 });
    expect(parseField('rank', '３')).toEqual({ ok: true, value: 3 });
    expect(parseField('rank', '')).toEqual({ ok: true, value: null });
    for (const bad of ['0', '-2', '1.5', 'abc', '一']) {
      const result = parseField('rank', bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.zh).toContain('排序号须为正整数');
    }
    expect(parseField('rank', '99999999').ok).toBe(false);
  });

  it('a name cannot be empty; text is trimmed and held to the field’s length', () => {
    expect(parseField('name', '   ')).toMatchObject({ ok: false, error: { zh: '姓名不能为空。', en: 'The name cannot be empty.' } });
    expect(parseField('title', ' 副局长 ')).toEqual({ ok: true, value: '副局长' });
    const long = parseField('gender', '男'.repeat(11));
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.error.zh).toBe('性别最多 10 个字（现有 11 个）。');
  });

  it('updatePerson changes one field of one person and keeps the meeting when nothing changes', () => {
    const m = seatedTwice();
    const id = m.people[1]!.id;
    const after = updatePerson(m, id, 'title', '秘书长');
    expect(after.people[1]).toEqual({ ...m.people[1], title: '秘书长' });
    expect(after.people[0]).toBe(m.people[0]);
    expect(after.sessions).toBe(m.sessions);
    expect(updatePerson(after, id, 'title', '秘书长')).toBe(after);
    expect(updatePerson(m, 'nobody', 'title', 'x')).toBe(m);
  });
});

describe('adding a person', () => {
  it('joins the roster at the end and the session it was added in, even when that session lists people by hand', () => {
    let m = seatedTwice();
    const second = m.sessions[1]!.id;
    m = setAttendance(m, second, { personIds: [m.people[0]!.id] });
    const added = addPerson(m, second, { name: '新人员', unit: '新单位' });
    const person = added.meeting.people.at(-1)!;
    expect(person).toMatchObject({ id: added.personId, name: '新人员', unit: '新单位', rank: null, rosterIndex: 4, substituteFor: null });
    expect(planOf(added.meeting, second).people.map((p) => p.name)).toEqual(['黄萍峰', '新人员']);
    // The plenary takes everyone: nothing to list there.
    expect(added.meeting.sessions[0]).toBe(m.sessions[0]);
  });
});

describe('deleting people', () => {
  it('empties their seats and locks in every session, in the same step, and says which', () => {
    const m = seatedTwice();
    const id = m.people[2]!.id;
    const seats = m.sessions.map((s) => Object.entries(s.assignment).find(([, p]) => p === id)![0]);
    const locked = { ...m, sessions: m.sessions.map((s, i) => ({ ...s, locks: [seats[i]!] })) };
    const { meeting, removedIds, freedSeats } = deletePeople(locked, [id]);
    expect(removedIds).toEqual([id]);
    expect(freedSeats).toEqual(m.sessions.map((s, i) => ({ personId: id, sessionId: s.id, seatId: seats[i] })));
    expect(meeting.people.map((p) => p.name)).toEqual(['黄萍峰', '毛军', '薛强']);
    for (const session of meeting.sessions) {
      expect(Object.values(session.assignment)).not.toContain(id);
      expect(Object.keys(session.assignment)).toHaveLength(3);
      expect(session.locks).toEqual([]);
    }
    expect(meeting.groups[0]!.memberIds).not.toContain(id);
  });

  it('takes a stand-in (代会) along with the person they stand in for, and a deleted stand-in leaves that person 请假', () => {
    let m = seatedTwice();
    const plenary = m.sessions[0]!.id;
    const absent = m.people[0]!.id;
    m = editPlan(m, plenary, (p) => addSubstitute(p, absent, { name: '王代表' }));
    const standIn = m.people.at(-1)!.id;
    expect(Object.values(m.sessions[0]!.assignment)).toContain(standIn);

    const withoutStandIn = deletePeople(m, [standIn]);
    expect(withoutStandIn.meeting.sessions[0]!.statuses[absent]).toEqual({ status: 'absent' });
    expect(withoutStandIn.freedSeats.map((s) => s.personId)).toEqual([standIn]);

    const both = deletePeople(m, [absent]);
    expect(both.removedIds.sort()).toEqual([absent, standIn].sort());
    expect(both.meeting.people.map((p) => p.name)).toEqual(['毛军', '汤慧福', '薛强']);
    expect(both.meeting.sessions[0]!.statuses).toEqual({});
  });

  it('forgets them in hand-picked attendance too, and deleting nobody changes nothing', () => {
    let m = seatedTwice();
    const second = m.sessions[1]!.id;
    const [a, b] = [m.people[0]!.id, m.people[1]!.id];
    m = setAttendance(m, second, { personIds: [a, b], excludedIds: [a] });
    const { meeting } = deletePeople(m, [a]);
    expect(meeting.sessions[1]!.attendance).toEqual({ personIds: [b], excludedIds: [] });
    expect(deletePeople(m, ['nobody']).meeting).toBe(m);
  });
});

describe('分组 typed in a cell', () => {
  it('splits names on 、 , ， ; and spaces, each once', () => {
    expect(parseGroupNames(' 第一组、第二组，第一组  第三组 ')).toEqual({ ok: true, value: ['第一组', '第二组', '第三组'] });
    expect(parseGroupNames('')).toEqual({ ok: true, value: [] });
    expect(parseGroupNames('组'.repeat(51)).ok).toBe(false);
  });

  it('leaves, joins and makes groups for one person in one step', () => {
    const m = seatedTwice();
    const [a, b] = [m.people[0]!.id, m.people[1]!.id];
    const after = setPersonGroups(m, a, ['第二组']);
    expect(after.groups.map((g) => [g.name, g.memberIds])).toEqual([['第一组', m.groups[0]!.memberIds.filter((id) => id !== a)], ['第二组', [a]]]);
    const joined = setPersonGroups(after, b, ['第一组', '第二组']);
    expect(joined.groups.find((g) => g.name === '第二组')!.memberIds).toEqual([a, b]);
    expect(setPersonGroups(joined, b, ['第一组', '第二组'])).toBe(joined);
    expect(setPersonGroups(m, 'nobody', ['第九组'])).toBe(m);
  });
});
