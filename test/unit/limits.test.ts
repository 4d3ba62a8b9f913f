// The limits a real meeting never reaches (shared/model/limits.ts), as the loader, edits, engine
// and print will apply them: each violation a bilingual message naming the field.
import { describe, expect, it } from 'vitest';
import { checkJsonDepth, checkMeetingLimits, checkPlanLimits, DOCUMENT_LIMITS, elementSeatCount, jsonDepth } from '../../shared/model/limits';
import { sampleMeeting, sampleProject } from '../../shared/model/sample';
import type { HallElement, Project } from '../../shared/model/schema';
import { makePerson } from '../../shared/model/person';

const withHall = (project: Project, change: Partial<HallElement>): Project => ({
  ...project,
  venue: { ...project.venue, elements: project.venue.elements.map((element) => (element.kind === 'hall' ? { ...element, ...change } : element)) },
});

describe('checkPlanLimits', () => {
  it('the sample meeting is within every limit', () => {
    expect(checkPlanLimits(sampleProject())).toEqual([]);
  });

  it('a 1000 × 1000 hall (the 4.9 KB file that froze the app) is refused from its parameters alone', () => {
    const huge = withHall(sampleProject(), { rows: 1000, seatsPerRow: 1000 });
    expect(elementSeatCount(huge.venue.elements.find((e) => e.kind === 'hall')!)).toBe(1_000_000);
    const errors = checkPlanLimits(huge);
    expect(errors).toEqual([expect.objectContaining({ field: 'venue.elements', message: expect.stringContaining(`上限 ${DOCUMENT_LIMITS.seats}`), en: expect.stringContaining('Too many seats') })]);
  });

  it('pitches and coordinates out of any real range are named by element and field', () => {
    const odd = withHall(sampleProject(), { seatPitch: 0.001, x: 1e12 });
    const fields = checkPlanLimits(odd).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining([expect.stringMatching(/^venue\.elements\.\d+\.seatPitch$/), expect.stringMatching(/^venue\.elements\.\d+\.x$/)]));
  });

  it('too many people, and a 20-digit 排序号', () => {
    const project = sampleProject();
    const people = Array.from({ length: DOCUMENT_LIMITS.people + 1 }, (_, i) => makePerson({ id: `p${i}`, name: `人${i}`, rank: i === 0 ? Number("12345678901234567890") : i, category: '出席', rosterIndex: i }));
    const errors = checkPlanLimits({ ...project, people });
    expect(errors.map((e) => e.field)).toEqual(['people', 'people.0.rank']);
  });
});

describe('checkMeetingLimits', () => {
  it('checks every session’s venue, naming the session', () => {
    const meeting = sampleMeeting();
    expect(checkMeetingLimits(meeting)).toEqual([]);
    const [first] = meeting.sessions;
    const huge = { ...first!, venue: { ...first!.venue, elements: first!.venue.elements.map((e) => (e.kind === 'hall' ? { ...e, rows: 1000, seatsPerRow: 1000 } : e)) } };
    const errors = checkMeetingLimits({ ...meeting, sessions: [first!, huge] });
    expect(errors.map((e) => e.field)).toEqual(['sessions.1.venue.elements']);
  });

  it('refuses a file with thousands of sessions without checking each', () => {
    const meeting = sampleMeeting();
    const sessions = Array.from({ length: DOCUMENT_LIMITS.sessions + 1 }, () => meeting.sessions[0]!);
    expect(checkMeetingLimits({ ...meeting, sessions }).map((e) => e.field)).toEqual(['sessions']);
  });
});

describe('jsonDepth', () => {
  it('measures nesting without parsing, ignoring brackets inside strings', () => {
    expect(jsonDepth('{"a":[1,{"b":"[[[{{{"}]}')).toBe(3);
    expect(jsonDepth('"\\"["')).toBe(0);
  });

  it('refuses deep nesting before JSON.parse could overflow the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(jsonDepth(deep)).toBe(DOCUMENT_LIMITS.depth + 1); // stops counting early
    expect(checkJsonDepth(deep)).toEqual([expect.objectContaining({ message: expect.stringContaining('嵌套层数过深'), en: expect.stringContaining('nested too deeply') })]);
    expect(checkJsonDepth(JSON.stringify(sampleProject()))).toEqual([]);
  });
});
