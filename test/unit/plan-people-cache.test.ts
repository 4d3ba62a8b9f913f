// A session's people as a plan are the same objects after an edit of its room or seats, so the
// canvas, the roster table and the counts do not rebuild them (layout mode's drop); a change of
// attendance or status still gives the new people.
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../shared/model/meeting-schema';
import { makePerson } from '../../shared/model/person';
import { planOf } from '../../shared/model/plan';
import { sampleMeeting } from '../../shared/model/sample';

const meeting = (): Meeting => {
  const m = sampleMeeting();
  return { ...m, people: ['甲', '乙'].map((name, i) => makePerson({ id: `x${i}`, name, rank: i + 1, rosterIndex: i })) };
};

describe('planOf people', () => {
  it('keeps the same people after the room moves or a seat is taken', () => {
    const before = meeting();
    const session = before.sessions[0]!;
    const people = planOf(before, session.id).people;
    const moved = { ...session, venue: { ...session.venue, elements: session.venue.elements.map((e) => ({ ...e, x: e.x + 50 })) } };
    const after = { ...before, sessions: [moved] };
    expect(planOf(after, session.id).venue).toBe(moved.venue);
    expect(planOf(after, session.id).people).toBe(people);
    const seated = { ...after, sessions: [{ ...moved, assignment: { 'any-seat': 'x0' } }] };
    expect(planOf(seated, session.id).people).toBe(people);
  });

  it('gives new people when a status or the roster changes', () => {
    const before = meeting();
    const session = before.sessions[0]!;
    const people = planOf(before, session.id).people;
    const away = { ...before, sessions: [{ ...session, statuses: { x1: { status: 'absent' } } }] } as Meeting;
    const awayPeople = planOf(away, session.id).people;
    expect(awayPeople).not.toBe(people);
    expect(awayPeople.find((p) => p.id === 'x1')?.absent).toBe(true);
    const renamed = { ...before, people: before.people.map((p) => (p.id === 'x0' ? { ...p, name: '丙' } : p)) };
    expect(planOf(renamed, session.id).people.map((p) => p.name)).toEqual(['丙', '乙']);
  });
});
