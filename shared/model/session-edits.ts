// Edits of the meeting as a whole: sessions (add, rename, duplicate, reorder, delete), who attends
// each and their status in it, the one roster, groups. Pure functions, one per user command.
import { elementOfSeat, newId } from './ids';
import { newSession, withFreshElementIds } from './meeting-from-plan';
import type { Attendance, Group, Meeting, RosterPerson, Session, SessionKind } from './meeting-schema';
import type { Person, Venue, ZoneRules } from './schema';
import type { StatusName } from './attendance';
import { uniqueLabel } from './unique-name';

const replaceSession = (meeting: Meeting, sessionId: string, change: (session: Session) => Session): Meeting => ({
  ...meeting,
  sessions: meeting.sessions.map((session) => (session.id === sessionId ? change(session) : session)),
});

/** A room (a built-in template or another session's) with fresh element ids, its rules following them. */
export function freshRoom(venue: Venue, rules: Session['rules']): { venue: Venue; rules: Session['rules'] } {
  const fresh = withFreshElementIds(venue);
  return { venue: fresh.venue, rules: Object.fromEntries(Object.entries(rules).map(([id, r]) => [fresh.element(id), r as Partial<ZoneRules>])) };
}

/** A new session in the given room, after the others; everyone attends until the user narrows it. */
export function addSession(meeting: Meeting, kind: SessionKind, room: { venue: Venue; rules: Session['rules'] }, name?: string): { meeting: Meeting; session: Session } {
  const fresh = freshRoom(room.venue, room.rules);
  const base = newSession(kind, fresh.venue, fresh.rules, name ?? uniqueName(meeting, newSession(kind, fresh.venue).name));
  const session = { ...base, statuses: meetingWideStatuses(meeting) };
  return { meeting: { ...meeting, sessions: [...meeting.sessions, session] }, session };
}

/**
 * Who is 请假 or 代会 in every session so far (the roster's 状态 column, or absent all along) is
 * absent from a new session too; an absence for one session only stays there.
 */
function meetingWideStatuses(meeting: Meeting): Session['statuses'] {
  const [first, ...others] = meeting.sessions;
  if (!first) return {};
  return Object.fromEntries(Object.entries(first.statuses).filter(([personId, status]) =>
    others.every((session) => Object.hasOwn(session.statuses, personId) && session.statuses[personId]!.status === status.status && session.statuses[personId]!.substituteId === status.substituteId)));
}

/** 第二个“分组讨论” becomes “分组讨论 2”. */
export const uniqueName = (meeting: Meeting, name: string): string => uniqueLabel(meeting.sessions.map((session) => session.name), name);

export const renameSession = (meeting: Meeting, sessionId: string, name: string): Meeting =>
  name.trim() ? replaceSession(meeting, sessionId, (session) => ({ ...session, name: name.trim().slice(0, 50) })) : meeting;

export const setSessionKind = (meeting: Meeting, sessionId: string, kind: SessionKind): Meeting =>
  replaceSession(meeting, sessionId, (session) => ({ ...session, kind }));

/** A copy right after the original: same room (new element ids), same people in the same seats. */
export function duplicateSession(meeting: Meeting, sessionId: string): { meeting: Meeting; session: Session } {
  const index = meeting.sessions.findIndex((session) => session.id === sessionId);
  const original = meeting.sessions[index]!;
  const fresh = withFreshElementIds(original.venue);
  const rekey = <T>(record: Readonly<Record<string, T>>, key: (k: string) => string) => Object.fromEntries(Object.entries(record).map(([k, v]) => [key(k), v]));
  const session: Session = {
    ...original,
    id: newId(),
    name: uniqueName(meeting, original.name),
    venue: fresh.venue,
    assignment: rekey(original.assignment, fresh.seat),
    locks: original.locks.map(fresh.seat),
    rules: rekey(original.rules, fresh.element),
    printedCards: {},
  };
  const sessions = [...meeting.sessions];
  sessions.splice(index + 1, 0, session);
  return { meeting: { ...meeting, sessions }, session };
}

/** Move a session tab to another place (0-based). */
export function moveSession(meeting: Meeting, sessionId: string, toIndex: number): Meeting {
  const sessions = meeting.sessions.filter((session) => session.id !== sessionId);
  const moving = meeting.sessions.find((session) => session.id === sessionId);
  if (!moving) return meeting;
  sessions.splice(Math.max(0, Math.min(toIndex, sessions.length)), 0, moving);
  return { ...meeting, sessions };
}

/** A meeting keeps at least one session. */
export const deleteSession = (meeting: Meeting, sessionId: string): Meeting =>
  meeting.sessions.length <= 1 ? meeting : { ...meeting, sessions: meeting.sessions.filter((session) => session.id !== sessionId) };

export const setAttendance = (meeting: Meeting, sessionId: string, attendance: Attendance): Meeting =>
  replaceSession(meeting, sessionId, (session) => ({ ...session, attendance }));

/** Add or remove one person from a session by hand, whatever the rule says. */
export function setAttends(meeting: Meeting, sessionId: string, personId: string, attends: boolean): Meeting {
  return replaceSession(meeting, sessionId, (session) => {
    const listed = (session.attendance.personIds ?? []).filter((id) => id !== personId);
    const excluded = (session.attendance.excludedIds ?? []).filter((id) => id !== personId);
    const attendance = attends ? { ...session.attendance, personIds: [...listed, personId], excludedIds: excluded } : { ...session.attendance, personIds: listed, excludedIds: [...excluded, personId] };
    // Whoever stops attending leaves their seat in this session.
    const assignment = attends ? session.assignment : Object.fromEntries(Object.entries(session.assignment).filter(([, id]) => id !== personId));
    return { ...session, attendance, assignment, locks: session.locks.filter((seat) => Object.hasOwn(assignment, seat)) };
  });
}

/** 出席 or 请假 in one session only (代会 is made by adding a stand-in through the plan). */
export function setStatus(meeting: Meeting, sessionId: string, personId: string, status: Exclude<StatusName, 'substituted'>): Meeting {
  return replaceSession(meeting, sessionId, (session) => {
    const statuses = { ...session.statuses };
    if (status === 'present') delete statuses[personId];
    else statuses[personId] = { status: 'absent' };
    return { ...session, statuses };
  });
}

const personKey = (person: Pick<RosterPerson, 'name' | 'unit'>): string => `${person.name}\u0000${person.unit}`;

/**
 * A newly imported roster replaces the meeting's. Someone already on it (same name and unit) keeps
 * their id, so their seats, statuses and groups in every session; people no longer on it leave them.
 * `groupNames` (the 分组 column) puts people into groups, made as needed.
 */
export function replaceMeetingRoster(
  meeting: Meeting, imported: readonly Person[], groupNames: readonly (readonly string[])[] = imported.map((p) => (p.group ? [p.group] : [])),
  // keepIds: the caller (shared/roster/merge.ts) already matched people and chose their ids.
  options: { keepIds?: boolean } = {},
): Meeting {
  const existing = new Map(meeting.people.filter((p) => p.substituteFor === null).map((person) => [personKey(person), person.id]));
  // The roster's own ids are provisional: a stand-in's 代会 points at one of them.
  const ids = new Map(imported.map((person) => [person.id, options.keepIds ? person.id : existing.get(personKey(person)) ?? newId()]));
  const people: RosterPerson[] = imported.map(({ absent: _absent, ...person }, index) => ({
    ...person,
    id: ids.get(person.id)!,
    substituteFor: person.substituteFor === null ? null : ids.get(person.substituteFor) ?? null,
    rosterIndex: index,
  }));
  // Stand-ins made in the app stay while the person they stand in for is still on the roster.
  const kept = new Set(people.map((person) => person.id));
  const standIns = meeting.people.filter((p) => p.substituteFor !== null && kept.has(p.substituteFor) && !kept.has(p.id));
  standIns.forEach((p) => kept.add(p.id));
  // 状态/代会 columns: the roster speaks for the whole meeting, so every session starts from them.
  const rosterStatuses: Record<string, Session['statuses'][string]> = {};
  imported.forEach((person, index) => {
    if (person.absent) rosterStatuses[people[index]!.id] = { status: 'absent' };
  });
  for (const person of people) if (person.substituteFor !== null) rosterStatuses[person.substituteFor] = { status: 'substituted', substituteId: person.id };
  const sessions = meeting.sessions.map((session) => {
    const assignment = Object.fromEntries(Object.entries(session.assignment).filter(([, id]) => kept.has(id)));
    const statuses = { ...Object.fromEntries(Object.entries(session.statuses).filter(([id]) => kept.has(id))), ...rosterStatuses };
    return { ...session, assignment, statuses, locks: session.locks.filter((seat) => Object.hasOwn(assignment, seat)) };
  });
  const groups = groupsFromColumn(meeting.groups, people, groupNames, kept);
  return { ...meeting, people: [...people, ...standIns], sessions, groups, agenda: agendaFromColumn(meeting.agenda, people) };
}

/**
 * The 议题 column (agenda item numbers per person) as the meeting's agenda: each item's 汇报人
 * (role) and 列席 (category), so a session can be attended "by agenda item". Titles already given
 * in the app are kept.
 */
function agendaFromColumn(agenda: Meeting['agenda'], people: readonly RosterPerson[]): Meeting['agenda'] {
  const numbers = [...new Set(people.flatMap((p) => p.agendaItems ?? []))].sort((a, b) => a - b);
  if (numbers.length === 0) return agenda;
  return numbers.map((number) => {
    const old = agenda.find((item) => item.number === number);
    const on = people.filter((p) => p.agendaItems?.includes(number));
    return {
      ...(old ?? { id: newId(), title: '' }),
      number,
      reporterIds: on.filter((p) => p.role === '汇报人').map((p) => p.id),
      attendeeIds: on.filter((p) => p.role !== '汇报人').map((p) => p.id),
    };
  });
}

function groupsFromColumn(groups: readonly Group[], people: readonly RosterPerson[], groupNames: readonly (readonly string[])[], kept: Set<string>): Group[] {
  const byName = new Map(groups.map((group) => [group.name, { ...group, memberIds: group.memberIds.filter((id) => kept.has(id)) }]));
  if (groupNames.some((names) => names.length)) for (const group of byName.values()) group.memberIds = [];
  people.forEach((person, index) => {
    for (const name of groupNames[index] ?? []) {
      if (!byName.has(name)) byName.set(name, { id: newId(), name, memberIds: [] });
      byName.get(name)!.memberIds = [...byName.get(name)!.memberIds, person.id];
    }
  });
  return [...byName.values()];
}

export function addGroup(meeting: Meeting, name: string): Meeting {
  const trimmed = name.trim().slice(0, 50);
  if (!trimmed || meeting.groups.some((group) => group.name === trimmed)) return meeting;
  return { ...meeting, groups: [...meeting.groups, { id: newId(), name: trimmed, memberIds: [] }] };
}

export function setMembership(meeting: Meeting, groupId: string, personId: string, member: boolean): Meeting {
  return {
    ...meeting,
    groups: meeting.groups.map((group) => {
      if (group.id !== groupId) return group;
      const others = group.memberIds.filter((id) => id !== personId);
      return { ...group, memberIds: member ? [...others, personId] : others };
    }),
  };
}

/** 分组讨论: one session per group, each in a copy of the given room, its members attending. */
export function sessionsPerGroup(meeting: Meeting, room: { venue: Venue; rules: Session['rules'] }): Meeting {
  let next = meeting;
  for (const group of meeting.groups) {
    if (meeting.sessions.some((session) => session.kind === 'group' && session.attendance.groupIds?.length === 1 && session.attendance.groupIds[0] === group.id)) continue;
    const added = addSession(next, 'group', room, uniqueName(next, `分组讨论·${group.name}`));
    next = setAttendance(added.meeting, added.session.id, { groupIds: [group.id] });
  }
  return next;
}

/** Cards printed for seats of several sessions: each session remembers its own (8.2). */
export function recordPrintedAcross(meeting: Meeting, printed: Readonly<Record<string, string>>): Meeting {
  const sessionOfElement = new Map(meeting.sessions.flatMap((session) => session.venue.elements.map((e) => [e.id, session.id] as const)));
  const bySession = new Map<string, Record<string, string>>();
  for (const [seatId, name] of Object.entries(printed)) {
    const sessionId = sessionOfElement.get(elementOfSeat(seatId));
    if (!sessionId) continue;
    bySession.set(sessionId, { ...bySession.get(sessionId), [seatId]: name });
  }
  return {
    ...meeting,
    sessions: meeting.sessions.map((session) => {
      const cards = bySession.get(session.id);
      return cards ? { ...session, printedCards: { ...session.printedCards, ...cards } } : session;
    }),
  };
}
