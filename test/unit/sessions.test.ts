// One meeting, several sessions, one roster: absent from the plenary, present at the banquet;
// 分组讨论 rooms per group; sessions added, copied, moved and deleted without touching the others.
import { describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { addSubstitute, setAbsent } from '../../shared/model/edits';
import { makePerson } from '../../shared/model/person';
import { planOf, withPlan } from '../../shared/model/plan';
import { sampleMeeting } from '../../shared/model/sample';
import {
  addSession, deleteSession, duplicateSession, moveSession, renameSession, replaceMeetingRoster, sessionsPerGroup, setAttendance, setAttends, setStatus,
} from '../../shared/model/session-edits';
import { ROOM_TEMPLATES } from '../../shared/model/templates';
import type { Meeting } from '../../shared/model/meeting-schema';

const roster = ['黄萍峰', '毛军', '汤慧福', '薛强', '金霞', '金波'].map((name, i) =>
  makePerson({ id: `in${i}`, name, unit: `单位${i}`, rank: i + 1, category: i < 4 ? '出席' : '列席', rosterIndex: i }));
const groups = [['第一组'], ['第一组'], ['第二组'], ['第二组'], ['第一组'], []];
const banquetRoom = ROOM_TEMPLATES['宴会厅']!();
const meetingRoom = ROOM_TEMPLATES['常务会议室']!();

function meeting(): Meeting {
  return replaceMeetingRoster(sampleMeeting(), roster, groups);
}

/** Apply a plan edit to one session, as the store does. */
const editPlan = (m: Meeting, sessionId: string, change: (p: ReturnType<typeof planOf>) => ReturnType<typeof planOf>) =>
  withPlan(m, sessionId, planOf(m, sessionId), change(planOf(m, sessionId)));

describe('sessions over one roster', () => {
  it('imports the roster once, with random ids and the 分组 column as groups', () => {
    const m = meeting();
    expect(m.people.map((p) => p.name)).toEqual(roster.map((p) => p.name));
    expect(m.people.every((p) => /^[0-9a-f-]{36}$/.test(p.id))).toBe(true);
    expect(m.groups.map((g) => [g.name, g.memberIds.length])).toEqual([['第一组', 3], ['第二组', 2]]);
  });

  it('someone 请假 for the plenary is still at the banquet', () => {
    let m = meeting();
    const plenary = m.sessions[0]!.id;
    const added = addSession(m, 'banquet', banquetRoom);
    m = added.meeting;
    const mao = m.people.find((p) => p.name === '毛军')!.id;
    m = editPlan(m, plenary, (p) => setAbsent(p, mao, true));
    expect(planOf(m, plenary).people.find((p) => p.id === mao)!.absent).toBe(true);
    expect(planOf(m, added.session.id).people.find((p) => p.id === mao)!.absent).toBe(false);
    m = setStatus(m, plenary, mao, 'present');
    expect(planOf(m, plenary).people.find((p) => p.id === mao)!.absent).toBe(false);
  });

  it('a stand-in (代会) joins the roster but attends only the session they stand in at', () => {
    let m = meeting();
    const plenary = m.sessions[0]!.id;
    const banquet = addSession(m, 'banquet', banquetRoom);
    m = banquet.meeting;
    const tang = m.people.find((p) => p.name === '汤慧福')!.id;
    m = editPlan(m, plenary, (p) => addSubstitute(p, tang, '王代表'));
    const standIn = m.people.find((p) => p.name === '王代表')!;
    expect(standIn.substituteFor).toBe(tang);
    expect(m.sessions[0]!.statuses[tang]).toEqual({ status: 'substituted', substituteId: standIn.id });
    expect(planOf(m, plenary).people.map((p) => p.name)).toContain('王代表');
    expect(planOf(m, banquet.session.id).people.map((p) => p.name)).not.toContain('王代表');
  });

  it('one 分组讨论 session per group, each attended by its members only, arranged apart', () => {
    let m = sessionsPerGroup(meeting(), meetingRoom);
    expect(m.sessions.map((s) => s.name)).toEqual(['全体会议', '分组讨论·第一组', '分组讨论·第二组']);
    const [, first, second] = m.sessions;
    expect(planOf(m, first!.id).people.map((p) => p.name)).toEqual(['黄萍峰', '毛军', '金霞']);
    expect(planOf(m, second!.id).people.map((p) => p.name)).toEqual(['汤慧福', '薛强']);
    m = editPlan(m, first!.id, (p) => arrangeZones(p).project);
    expect(Object.values(m.sessions[1]!.assignment)).toHaveLength(3);
    expect(m.sessions[2]!.assignment).toEqual({});
    expect(sessionsPerGroup(m, meetingRoom).sessions).toHaveLength(3); // once per group
    // The rooms are copies: element ids never shared between sessions.
    const ids = m.sessions.flatMap((s) => s.venue.elements.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('adds a person to one session by hand and takes another out, who leaves their seat', () => {
    let m = meeting();
    const plenary = m.sessions[0]!.id;
    m = editPlan(m, plenary, (p) => arrangeZones(p).project);
    const jin = m.people.find((p) => p.name === '金霞')!.id;
    m = setAttends(m, plenary, jin, false);
    expect(planOf(m, plenary).people.map((p) => p.name)).not.toContain('金霞');
    expect(Object.values(m.sessions[0]!.assignment)).not.toContain(jin);
    m = setAttends(m, plenary, jin, true);
    expect(planOf(m, plenary).people.map((p) => p.name)).toContain('金霞');
  });

  it('duplicates, renames, moves and deletes sessions; a meeting keeps at least one', () => {
    let m = meeting();
    const plenary = m.sessions[0]!.id;
    m = editPlan(m, plenary, (p) => arrangeZones(p).project);
    const copy = duplicateSession(m, plenary);
    m = renameSession(copy.meeting, copy.session.id, '全体会议（第二次）');
    expect(m.sessions.map((s) => s.name)).toEqual(['全体会议', '全体会议（第二次）']);
    expect(Object.values(m.sessions[1]!.assignment).sort()).toEqual(Object.values(m.sessions[0]!.assignment).sort());
    m = moveSession(m, copy.session.id, 0);
    expect(m.sessions[0]!.id).toBe(copy.session.id);
    m = deleteSession(m, plenary);
    expect(m.sessions.map((s) => s.id)).toEqual([copy.session.id]);
    expect(deleteSession(m, copy.session.id)).toBe(m);
  });

  it('re-importing keeps ids, seats and groups of people still on the roster', () => {
    let m = meeting();
    const plenary = m.sessions[0]!.id;
    m = editPlan(m, plenary, (p) => arrangeZones(p).project);
    const before = m.people.map((p) => p.id);
    m = replaceMeetingRoster(m, roster.slice(0, 5), groups.slice(0, 5));
    expect(m.people.map((p) => p.id)).toEqual(before.slice(0, 5));
    expect(Object.values(m.sessions[0]!.assignment)).not.toContain(before[5]);
  });
});

describe('absences from the roster', () => {
  it('a 请假 for the whole meeting (the roster’s 状态 column) carries into sessions added later; one for the plenary only does not', () => {
    const absent = roster.map((p, i) => (i === 1 ? { ...p, absent: true } : p));
    let m = replaceMeetingRoster(sampleMeeting(), absent, groups);
    const plenary = m.sessions[0]!.id;
    const jin = m.people.find((p) => p.name === '金霞')!.id;
    m = setStatus(m, plenary, jin, 'absent');
    // With one session, both look meeting-wide; a second session made after the plenary-only absence:
    const banquet = addSession(setStatus(m, plenary, jin, 'present'), 'banquet', banquetRoom);
    m = setStatus(banquet.meeting, plenary, jin, 'absent');
    const later = addSession(m, 'photo', meetingRoom);
    const mao = m.people.find((p) => p.name === '毛军')!.id;
    expect(later.session.statuses[mao]).toEqual({ status: 'absent' });
    expect(later.session.statuses[jin]).toBeUndefined();
  });
});

describe('the agenda from the roster', () => {
  it('the 议题 column makes agenda items with their 汇报人 and 列席, and a session can be attended by item', () => {
    const people = [
      makePerson({ id: 'a', name: '主任', rank: 1, category: '出席', rosterIndex: 0 }),
      makePerson({ id: 'b', name: '局长甲', rank: 5, category: '列席', role: '汇报人', agendaItems: [1], rosterIndex: 1 }),
      makePerson({ id: 'c', name: '科长乙', rank: 9, category: '列席', agendaItems: [1, 2], rosterIndex: 2 }),
      makePerson({ id: 'd', name: '局长丙', rank: 6, category: '列席', role: '汇报人', agendaItems: [2], rosterIndex: 3 }),
    ];
    let m = replaceMeetingRoster(sampleMeeting(), people);
    expect(m.agenda.map((item) => [item.number, item.reporterIds.length, item.attendeeIds.length])).toEqual([[1, 1, 1], [2, 1, 1]]);
    const item1 = m.agenda[0]!;
    const session = m.sessions[0]!.id;
    m = setAttendance(m, session, { categories: ['出席'], agendaItemIds: [item1.id] });
    expect(planOf(m, session).people.map((p) => p.name)).toEqual(['主任', '局长甲', '科长乙']);
  });
});
