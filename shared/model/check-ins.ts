// 签到 on the day: who has checked in to a session, and the counts the desk reports (清点并报告到会
// 人数: 应到 / 实到 / 请假 / 未到) by category and by unit. A check-in is a recorded fact (the store's
// recordMeetingFact), outside undo: Ctrl+Z of a seat edit never un-signs anyone.
import { attendees, statusOf } from './attendance';
import type { Meeting, RosterPerson, Session } from './meeting-schema';

const checkInsOf = (session: Session): Readonly<Record<string, string>> => session.checkIns ?? {};

export const isCheckedIn = (session: Session, personId: string): boolean => Object.hasOwn(checkInsOf(session), personId);

/**
 * Mark a person 已签到 at `at` (ISO time), or, when already marked, un-mark them: a second press
 * undoes a mistake at the desk. Returns the same meeting when the session does not exist.
 */
export function toggleCheckIn(meeting: Meeting, sessionId: string, personId: string, at: string): Meeting {
  const session = meeting.sessions.find((s) => s.id === sessionId);
  if (!session) return meeting;
  const checkIns = { ...checkInsOf(session) };
  if (Object.hasOwn(checkIns, personId)) delete checkIns[personId];
  else checkIns[personId] = at;
  return { ...meeting, sessions: meeting.sessions.map((s) => (s === session ? { ...s, checkIns } : s)) };
}

/** 实到: signed in themselves; 代会: their stand-in signed in; 请假; 未到: expected and not here yet. */
export type Presence = 'present' | 'substituted' | 'leave' | 'missing';

export interface AttendanceCount {
  /** The category or unit ('' when the roster gives none). */
  key: string;
  expected: number;
  present: number;
  leave: number;
  missing: number;
}

export interface AttendanceSummary {
  total: AttendanceCount;
  byCategory: AttendanceCount[];
  byUnit: AttendanceCount[];
}

/**
 * Where each person the session expects stands. Stand-ins (代会) are not expected themselves: they
 * count for the person they stand in for, so 应到 stays the roster's number.
 */
export function presenceList(meeting: Meeting, session: Session): { person: RosterPerson; presence: Presence }[] {
  return attendees(meeting, session).filter((p) => p.substituteFor === null).map((person) => {
    if (isCheckedIn(session, person.id)) return { person, presence: 'present' as const };
    const status = statusOf(session, person.id);
    if (status === 'substituted') {
      const standIn = session.statuses[person.id]?.substituteId;
      return { person, presence: standIn && isCheckedIn(session, standIn) ? 'substituted' as const : 'leave' as const };
    }
    return { person, presence: status === 'absent' ? 'leave' as const : 'missing' as const };
  });
}

function tally(list: readonly { person: RosterPerson; presence: Presence }[], keyOf: (p: RosterPerson) => string): AttendanceCount[] {
  const counts = new Map<string, AttendanceCount>();
  for (const { person, presence } of list) {
    const key = keyOf(person);
    let count = counts.get(key);
    if (!count) counts.set(key, (count = { key, expected: 0, present: 0, leave: 0, missing: 0 }));
    count.expected++;
    if (presence === 'present' || presence === 'substituted') count.present++;
    else if (presence === 'leave') count.leave++;
    else count.missing++;
  }
  return [...counts.values()];
}

/** 应到 / 实到 / 请假 / 未到 in total, by category and by unit (each in roster order of first appearance). */
export function attendanceSummary(meeting: Meeting, session: Session): AttendanceSummary {
  const list = presenceList(meeting, session);
  return {
    total: tally(list, () => '')[0] ?? { key: '', expected: 0, present: 0, leave: 0, missing: 0 },
    byCategory: tally(list, (p) => p.category),
    byUnit: tally(list, (p) => p.unit),
  };
}
