// Undo records: the records two meetings differ in. A list both share (the same array) is not
// split into records, and a list that changed still reports exactly the items that changed.
import { describe, expect, it } from 'vitest';
import { applyChanges, diffMeetings } from '../../shared/model/records';
import type { Meeting } from '../../shared/model/meeting-schema';
import { makePerson } from '../../shared/model/person';
import { sampleMeeting } from '../../shared/model/sample';

const base = (): Meeting => {
  const meeting = sampleMeeting();
  const people = ['甲', '乙', '丙'].map((name, i) => makePerson({ id: `x${i}`, name, rank: i + 1, rosterIndex: i }));
  return { ...meeting, people };
};

describe('diffMeetings', () => {
  it('a moved room element is one venue record, the shared people no record at all', () => {
    const before = base();
    const session = before.sessions[0]!;
    const venue = { ...session.venue, elements: session.venue.elements.map((e, i) => (i === 0 ? { ...e, x: e.x + 100 } : e)) };
    const after = { ...before, sessions: [{ ...session, venue }] };
    const changes = diffMeetings(before, after);
    expect(changes.map((c) => c.key)).toEqual([`sessions/${session.id}/venue`]);
    expect(applyChanges(after, changes, 'before').sessions[0]!.venue).toBe(session.venue);
  });

  it('a new people list reports the one person changed, and the order when it changed', () => {
    const before = base();
    const renamed = { ...before, people: before.people.map((p) => (p.id === 'x1' ? { ...p, title: '书记' } : p)) };
    expect(diffMeetings(before, renamed).map((c) => c.key)).toEqual(['people/x1']);
    const reordered = { ...before, people: [before.people[2]!, before.people[0]!, before.people[1]!] };
    expect(diffMeetings(before, reordered).map((c) => c.key)).toEqual(['order/people']);
    const removed = { ...before, people: before.people.slice(1) };
    expect(diffMeetings(before, removed).map((c) => c.key).sort()).toEqual(['order/people', 'people/x0']);
    expect(applyChanges(removed, diffMeetings(before, removed), 'before').people.map((p) => p.id)).toEqual(['x0', 'x1', 'x2']);
  });
});
