// 签到 as data: a check-in toggles, counts follow (stand-ins count for whom they stand in), the
// file keeps them, and a check-in is a fact: undoing a seat edit never un-signs anyone.
import { beforeEach, describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { attendanceSummary, isCheckedIn, presenceList, toggleCheckIn } from '../../shared/model/check-ins';
import { addSubstitute, placePerson, replaceRoster, setAbsent } from '../../shared/model/edits';
import { loadMeeting, serializeMeeting } from '../../shared/model/load';
import { makePerson } from '../../shared/model/person';
import { sampleMeeting } from '../../shared/model/sample';
import type { Person } from '../../shared/model/schema';
import { useZuoci } from '../../renderer/store/store';

const people: Person[] = [
  makePerson({ id: 'a', name: '王建国', unit: '区委', category: '出席', rank: 1 }),
  makePerson({ id: 'b', name: '李红', unit: '区委', category: '出席', rank: 2, rosterIndex: 1 }),
  makePerson({ id: 'c', name: '张伟', unit: '区政府', category: '列席', rank: 3, rosterIndex: 2 }),
  makePerson({ id: 'd', name: '刘洋', unit: '区政府', category: '列席', rank: 4, rosterIndex: 3 }),
];
const store = () => useZuoci.getState();
const session = () => store().meeting.sessions[0]!;
const AT = '2026-11-26T01:05:00.000Z';

beforeEach(() => {
  store().replaceDocument(sampleMeeting(), null, 'a.zuoci');
  store().commit((p) => replaceRoster(p, people));
});

describe('check-ins', () => {
  it('a second press un-marks; counts by category and unit follow', () => {
    const id = store().project.people.find((p) => p.name === '王建国')!.id;
    let meeting = toggleCheckIn(store().meeting, session().id, id, AT);
    expect(isCheckedIn(meeting.sessions[0]!, id)).toBe(true);
    const summary = attendanceSummary(meeting, meeting.sessions[0]!);
    expect(summary.total).toEqual({ key: '', expected: 4, present: 1, leave: 0, missing: 3 });
    expect(summary.byCategory).toEqual([
      { key: '出席', expected: 2, present: 1, leave: 0, missing: 1 },
      { key: '列席', expected: 2, present: 0, leave: 0, missing: 2 },
    ]);
    expect(summary.byUnit.map((c) => [c.key, c.present, c.missing])).toEqual([['区委', 1, 1], ['区政府', 0, 2]]);
    meeting = toggleCheckIn(meeting, session().id, id, AT);
    expect(attendanceSummary(meeting, meeting.sessions[0]!).total.present).toBe(0);
  });

  it('请假 counts as leave; a 代会 stand-in who signs in counts for the absent person', () => {
    const [a, b] = store().project.people;
    store().commit((p) => setAbsent(p, a!.id, true));
    store().commit((p) => addSubstitute(p, b!.id, { name: '赵代表', unit: '区委办', title: '' }));
    const standIn = store().project.people.find((p) => p.name === '赵代表')!;
    let summary = attendanceSummary(store().meeting, session());
    expect(summary.total).toEqual({ key: '', expected: 4, present: 0, leave: 2, missing: 2 });
    store().recordMeetingFact((m) => toggleCheckIn(m, session().id, standIn.id, AT));
    summary = attendanceSummary(store().meeting, session());
    expect(summary.total).toEqual({ key: '', expected: 4, present: 1, leave: 1, missing: 2 });
    expect(presenceList(store().meeting, session()).find((p) => p.person.id === b!.id)?.presence).toBe('substituted');
  });

  it('undoing a seat edit (or the roster import) never un-signs anyone', () => {
    store().commit((p) => arrangeZones(p).project);
    const id = store().project.people[0]!.id;
    store().recordMeetingFact((m) => toggleCheckIn(m, session().id, id, AT));
    const seat = Object.keys(store().project.assignment).find((s) => store().project.assignment[s] === id)!;
    const free = store().project.venue.elements.find((e) => e.kind === 'hall')!.id + ':5-10';
    store().commit((p) => placePerson(p, id, free));
    expect(store().project.assignment[free]).toBe(id);
    store().undo();
    expect(store().project.assignment[seat]).toBe(id);
    expect(isCheckedIn(session(), id)).toBe(true);
    store().undo();
    store().redo();
    expect(isCheckedIn(session(), id)).toBe(true);
    // A change to the session's own fields (its name) is undone without touching its check-ins.
    const other = store().project.people[1]!.id;
    store().commitMeeting((m) => ({ ...m, sessions: m.sessions.map((s) => ({ ...s, name: '第二次全体会议' })) }));
    store().recordMeetingFact((m) => toggleCheckIn(m, session().id, other, AT));
    store().undo();
    expect(session().name).not.toBe('第二次全体会议');
    expect(isCheckedIn(session(), other)).toBe(true);
  });

  it('the file keeps check-ins; a damaged check-ins field loses only its bad entries', () => {
    const id = store().project.people[0]!.id;
    store().recordMeetingFact((m) => toggleCheckIn(m, session().id, id, AT));
    const loaded = loadMeeting(serializeMeeting(store().meeting));
    expect(loaded.ok && loaded.value.sessions[0]!.checkIns).toEqual({ [id]: AT });
    const damaged = JSON.parse(serializeMeeting(store().meeting));
    damaged.sessions[0].checkIns = { [id]: AT, x: 5 };
    const reloaded = loadMeeting(JSON.stringify(damaged));
    expect(reloaded.ok && reloaded.value.sessions[0]!.checkIns).toEqual({ [id]: AT });
  });
});

describe('seats used in turn in a damaged file', () => {
  it('keep only lists of ids', () => {
    const file = JSON.parse(serializeMeeting(useZuoci.getState().meeting));
    file.sessions[0].sharedSeats = { 'a:1-1': ['p1', 5], 'a:1-2': 'junk' };
    const loaded = loadMeeting(JSON.stringify(file));
    expect(loaded.ok && loaded.value.sessions[0]!.sharedSeats).toEqual({ 'a:1-1': ['p1'] });
  });
});

describe('a check-in is cheap', () => {
  it('keeps the plan’s people and seating, so the canvas and the search index are not rebuilt', () => {
    const { people, assignment } = useZuoci.getState().project;
    const id = people[0]!.id;
    useZuoci.getState().recordMeetingFact((m) => toggleCheckIn(m, m.sessions[0]!.id, id, AT));
    expect(useZuoci.getState().project.people).toBe(people);
    expect(useZuoci.getState().project.assignment).toBe(assignment);
  });
});
