// Who attends a session, and each person's status in it (出席 / 请假 / 代会).
import type { AttendanceStatus, Meeting, RosterPerson, Session } from './meeting-schema';

/** A person's status record; ids come from files, so never read inherited keys such as `constructor`. */
const statusRecord = (session: Pick<Session, 'statuses'>, personId: string): AttendanceStatus | undefined =>
  Object.hasOwn(session.statuses, personId) ? session.statuses[personId] : undefined;

/** The ids of people that one of the session's criteria names (everyone aside). */
function namedIds(meeting: Meeting, session: Session): Set<string> {
  const { attendance } = session;
  const ids = new Set<string>(attendance.personIds ?? []);
  const groups = new Set(attendance.groupIds ?? []);
  for (const group of meeting.groups) if (groups.has(group.id)) group.memberIds.forEach((id) => ids.add(id));
  const items = new Set(attendance.agendaItemIds ?? []);
  for (const item of meeting.agenda) {
    if (!items.has(item.id)) continue;
    item.reporterIds.forEach((id) => ids.add(id));
    item.attendeeIds.forEach((id) => ids.add(id));
  }
  return ids;
}

/**
 * The session's people in roster order: everyone its attendance names, and the stand-ins (代会)
 * for those of them who are absent here. A stand-in attends only where they stand in.
 */
export function attendees(meeting: Meeting, session: Session): RosterPerson[] {
  const { attendance } = session;
  const named = namedIds(meeting, session);
  const categories = new Set(attendance.categories ?? []);
  const excluded = new Set(attendance.excludedIds ?? []);
  const byId = new Map(meeting.people.map((person) => [person.id, person]));
  const named_ = (person: RosterPerson) => !excluded.has(person.id) && (attendance.everyone === true || categories.has(person.category) || named.has(person.id));
  return meeting.people.filter((person) => {
    if (person.substituteFor === null) return named_(person);
    // A stand-in comes where the person they stand for was expected, and stands in there.
    const original = byId.get(person.substituteFor);
    return original !== undefined && named_(original) && statusRecord(session, person.substituteFor)?.substituteId === person.id;
  });
}

export type StatusName = 'present' | 'absent' | 'substituted';

export const statusOf = (session: Pick<Session, 'statuses'>, personId: string): StatusName => statusRecord(session, personId)?.status ?? 'present';
