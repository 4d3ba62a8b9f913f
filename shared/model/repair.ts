// References inside a meeting must point at things that exist. A file from another machine, an
// older version or a damaged disk may break that; repair what is safe to repair and say so.
import { both } from '../i18n/text';
import { elementOfSeat, newId } from './ids';
import { newSession } from './meeting-from-plan';
import type { Meeting, RosterPerson, Session, SetAsideRecord } from './meeting-schema';
import type { Notes } from './restore-parts';

function uniquePeople(meeting: Meeting, notes: Notes, setAside: SetAsideRecord[]): RosterPerson[] {
  const seen = new Set<string>();
  return meeting.people.filter((person) => {
    if (!seen.has(person.id)) {
      seen.add(person.id);
      return true;
    }
    setAside.push({ collection: 'people', record: person });
    notes.add(both(`人员“${person.name}”的编号 ${person.id} 与他人重复，已保留原样但暂不显示`, `Person "${person.name}" has the id ${person.id} of someone else; kept unchanged but not shown`), 'people');
    return false;
  });
}

function repairSession(session: Session, personIds: Set<string>, sessionIds: Set<string>, notes: Notes): Session {
  const where = both(`场次“${session.name}”`, `Session "${session.name}"`);
  const id = sessionIds.has(session.id) ? newId() : session.id;
  sessionIds.add(id);
  // Seats of elements this version set aside (placeholders) keep their people, so they round-trip.
  const elements = new Set([...session.venue.elements.map((e) => e.id), ...(session.venue.placeholders ?? []).map((p) => (p.original as { id?: unknown })?.id)]);
  const assignment: Record<string, string> = {};
  const seated = new Set<string>();
  let dropped = 0;
  for (const [seatId, personId] of Object.entries(session.assignment)) {
    if (!personIds.has(personId) || seated.has(personId) || !elements.has(elementOfSeat(seatId))) dropped++;
    else {
      assignment[seatId] = personId;
      seated.add(personId);
    }
  }
  if (dropped) notes.add(both(`${where.zh}：${dropped} 个座位指向不存在的人员或座位，或一人占两座，已清空`, `${where.en}: ${dropped} seats named a missing person or seat, or a second seat of one person; cleared`), 'assignment');
  const statuses: Record<string, Session['statuses'][string]> = {};
  for (const [personId, status] of Object.entries(session.statuses)) {
    if (!personIds.has(personId)) continue;
    const standInKnown = status.substituteId !== undefined && personIds.has(status.substituteId);
    statuses[personId] = status.status === 'substituted' && !standInKnown ? { status: 'absent' } : status;
  }
  return { ...session, id, assignment, locks: session.locks.filter((seat) => Object.hasOwn(assignment, seat)), statuses };
}

export function repairReferences(meeting: Meeting, notes: Notes): Meeting {
  const setAside = [...(meeting.setAside ?? [])];
  const people = uniquePeople(meeting, notes, setAside);
  const personIds = new Set(people.map((person) => person.id));
  const sessionIds = new Set<string>();
  const sessions = meeting.sessions.map((session) => repairSession(session, personIds, sessionIds, notes));
  if (sessions.length === 0) sessions.push(newSession('plenary', { name: '会场', width: 3000, depth: 2400, elements: [], seatOverrides: {} }));
  const groups = meeting.groups.map((group) => ({ ...group, memberIds: group.memberIds.filter((id) => personIds.has(id)) }));
  return { ...meeting, people, groups, sessions, ...(setAside.length ? { setAside } : {}) };
}
