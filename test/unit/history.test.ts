// Undo/redo by change: every gesture is one step that records the records it changed, so undoing
// it leaves later changes made outside the history alone; opening a file starts a fresh history.
import { beforeEach, describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { placePerson, recordPrintedCards, replaceRoster, setPrintSettings } from '../../shared/model/edits';
import { sampleMeeting } from '../../shared/model/sample';
import type { Person } from '../../shared/model/schema';
import { makePerson } from '../../shared/model/person';
import { useZuoci } from '../../renderer/store/store';

const people: Person[] = ['甲', '乙', '丙'].map((name, i) => makePerson({ id: `x${i}`, name, rank: i + 1, category: '出席', rosterIndex: i }));
const store = () => useZuoci.getState();
const rostrumId = () => store().project.venue.elements.find((e) => e.kind === 'rostrum')!.id;

beforeEach(() => store().replaceDocument(sampleMeeting(), null, 'a.zuoci'));

describe('history', () => {
  it('undoes and redoes import and arrangement step by step', () => {
    const original = store().project;
    store().commit((p) => replaceRoster(p, people));
    const imported = store().project;
    store().commit((p) => arrangeZones(p).project);
    expect(Object.keys(store().project.assignment)).toHaveLength(3);

    store().undo();
    expect(store().project.people).toEqual(imported.people);
    expect(store().project.assignment).toEqual({});
    store().undo();
    expect(store().project.people).toEqual(original.people);
    store().undo(); // nothing left: no change
    expect(store().project.people).toEqual([]);
    store().redo();
    store().redo();
    expect(Object.keys(store().project.assignment)).toHaveLength(3);
  });

  it('a new change after undo drops the redo steps', () => {
    store().commit((p) => replaceRoster(p, people));
    store().undo();
    store().commit((p) => replaceRoster(p, people.slice(0, 1)));
    expect(store().history.future).toEqual([]);
  });

  it('undoing step A keeps a later change B made outside the history', () => {
    store().commit((p) => arrangeZones(replaceRoster(p, people)).project);
    store().commit((p) => setPrintSettings(p, { cardFormat: 'a4-fold3' })); // step A
    const seat = Object.keys(store().project.assignment)[0]!;
    store().recordFact((p) => recordPrintedCards(p, { [seat]: '甲' })); // change B, e.g. the cards just printed
    store().undo(); // A
    expect(store().project.print.cardFormat).toBe('a4-fold2');
    expect(store().project.print.lastPrinted).toEqual({ [seat]: '甲' });
    store().undo(); // the arrangement
    expect(store().project.assignment).toEqual({});
    expect(store().project.print.lastPrinted).toEqual({ [seat]: '甲' });
  });

  it('undo restores only the records of its step: a later rename of another person survives', () => {
    store().commit((p) => replaceRoster(p, people));
    store().commit((p) => ({ ...p, people: p.people.map((x) => (x.name === '甲' ? { ...x, title: '书记' } : x)) })); // A
    // B: someone else renames 乙 (a collaborator), outside this history.
    useZuoci.setState((state) => {
      const meeting = { ...state.meeting, people: state.meeting.people.map((x) => (x.name === '乙' ? { ...x, name: '乙乙' } : x)) };
      return { meeting, project: { ...state.project, people: state.project.people.map((x) => (x.name === '乙' ? { ...x, name: '乙乙' } : x)) } };
    });
    store().undo();
    expect(store().meeting.people.map((x) => [x.name, x.title])).toEqual([['甲', ''], ['乙乙', ''], ['丙', '']]);
  });

  it('a drag is one step; Escape (cancel) puts everything back', () => {
    store().commit((p) => replaceRoster(p, people));
    const [a, b] = store().project.people;
    const seats = [1, 2, 3].map((col) => `${rostrumId()}:1-${col}`);
    const steps = store().history.past.length;
    store().beginGesture();
    store().updateGesture((p) => placePerson(p, a!.id, seats[0]!));
    store().updateGesture((p) => placePerson(p, a!.id, seats[1]!));
    store().commitGesture();
    expect(store().history.past.length).toBe(steps + 1);
    expect(store().project.assignment).toEqual({ [seats[1]!]: a!.id });

    const before = store().meeting;
    store().beginGesture();
    store().updateGesture((p) => placePerson(p, b!.id, seats[2]!));
    store().cancelGesture();
    expect(store().meeting).toBe(before);
    expect(store().history.past.length).toBe(steps + 1);
    store().undo();
    expect(store().project.assignment).toEqual({});
  });

  it('selection and the open session are never undo steps', () => {
    store().selectSeats(['x']);
    store().selectSession(store().meeting.sessions[0]!.id);
    expect(store().history.past).toEqual([]);
  });

  it('re-importing a roster keeps the seats of people still on it, with random ids for the new', () => {
    store().commit((p) => arrangeZones(replaceRoster(p, people)).project);
    const before = store().project.assignment;
    store().commit((p) => replaceRoster(p, [people[0]!, people[1]!]));
    const after = store().project.assignment;
    expect(Object.values(after)).toHaveLength(2);
    expect(Object.keys(after).every((seat) => before[seat] === after[seat])).toBe(true);
    expect(store().project.people.every((p) => /^[0-9a-f-]{36}$/.test(p.id))).toBe(true);
  });
});

describe('history over sessions', () => {
  it('a step in one session records only that session’s records, and undo leaves a rename of another alone', async () => {
    const { addSession, renameSession } = await import('../../shared/model/session-edits');
    const { ROOM_TEMPLATES } = await import('../../shared/model/templates');
    store().commitMeeting((m) => addSession(m, 'banquet', ROOM_TEMPLATES['宴会厅']!()).meeting);
    const [plenary, banquet] = store().meeting.sessions;
    store().commit((p) => replaceRoster(p, people));
    store().commit((p) => arrangeZones(p).project);
    expect(store().history.past.at(-1)!.changes.map((c) => c.key)).toEqual([`sessions/${plenary!.id}/assignment`]);
    // Someone renames the banquet outside this history; undoing the arrangement keeps the new name.
    useZuoci.setState((state) => ({ meeting: renameSession(state.meeting, banquet!.id, '欢迎晚宴') }));
    store().undo();
    expect(store().meeting.sessions.map((s) => s.name)).toEqual(['全体会议', '欢迎晚宴']);
    expect(store().meeting.sessions[0]!.assignment).toEqual({});
  });
});

describe('limits on every edit', () => {
  it('an edit past the document limits is refused with a message and leaves the plan as it was', () => {
    const before = store().meeting;
    store().commit((p) => ({ ...p, venue: { ...p.venue, elements: p.venue.elements.map((e) => (e.kind === 'hall' ? { ...e, rows: 1000, seatsPerRow: 1000 } : e)) } }));
    expect(store().meeting).toBe(before);
    expect(store().history.past).toHaveLength(0);
    expect(store().notices.at(-1)).toMatchObject({ kind: 'error' });
  });
});
