// Edits of the one roster from the roster table (名单表): a field typed in a cell, a person added,
// people deleted. Pure functions; the table calls each through commitMeeting, so each is one undo step.
import { both, type Bilingual } from '../i18n/text';
import { newId } from './ids';
import { DOCUMENT_LIMITS, PERSON_FIELD_MAX } from './limits';
import type { Meeting, RosterPerson, Session } from './meeting-schema';
import { makePerson } from './person';

/** The roster fields a user types into the table. 分组, 状态 and 座位 are edited elsewhere. */
export const EDITABLE_FIELDS = ['name', 'gender', 'ethnicity', 'unit', 'title', 'rank', 'category', 'note'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** What the user typed, checked: the value to store, or why not (in both languages). */
export type FieldValue = { ok: true; value: string | number | null } | { ok: false; error: Bilingual };

const FIELD_NAMES: Record<EditableField, Bilingual> = {
  name: both('姓名', 'Name'),
  gender: both('性别', 'Gender'),
  ethnicity: both('民族', 'Ethnicity'),
  unit: both('单位', 'Unit'),
  title: both('职务', 'Title'),
  rank: both('排序号', 'Rank'),
  category: both('类别', 'Category'),
  note: both('备注', 'Note'),
};

/**
 * Check a cell's text. Text is trimmed; 姓名 may not be empty; 排序号 is empty (none) or a positive
 * whole number (1 is the highest), since the engine orders by it.
 */
export function parseField(field: EditableField, text: string): FieldValue {
  const value = text.trim();
  const name = FIELD_NAMES[field];
  if (field === 'rank') {
    if (value === '') return { ok: true, value: null };
    const half = value.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    if (!/^\d+$/.test(half) || Number(half) < 1) return { ok: false, error: both(`${name.zh}须为正整数（1 为最高），不能是“${value}”。`, `${name.en} must be a positive whole number (1 is the highest), not “${value}”.`) };
    if (Number(half) > DOCUMENT_LIMITS.rank) return { ok: false, error: both(`${name.zh}不能大于 ${DOCUMENT_LIMITS.rank}。`, `${name.en} cannot be more than ${DOCUMENT_LIMITS.rank}.`) };
    return { ok: true, value: Number(half) };
  }
  if (field === 'name' && value === '') return { ok: false, error: both('姓名不能为空。', 'The name cannot be empty.') };
  const max = PERSON_FIELD_MAX[field];
  if (value.length > max) return { ok: false, error: both(`${name.zh}最多 ${max} 个字（现有 ${value.length} 个）。`, `${name.en} takes at most ${max} characters (this has ${value.length}).`) };
  return { ok: true, value };
}

/** One field of one person; the same meeting when nothing changes (so no empty undo step). */
export function updatePerson(meeting: Meeting, personId: string, field: EditableField, value: string | number | null): Meeting {
  const index = meeting.people.findIndex((person) => person.id === personId);
  const person = meeting.people[index];
  if (!person || person[field] === value) return meeting;
  const people = [...meeting.people];
  people[index] = { ...person, [field]: value } as RosterPerson;
  return { ...meeting, people };
}

/**
 * A new person at the end of the roster. They attend `sessionId` (listed by hand when the session
 * does not take everyone), so the row stays in view in the table where it was added.
 */
export function addPerson(meeting: Meeting, sessionId: string, fields: Partial<Omit<RosterPerson, 'id'>> & { name: string }): { meeting: Meeting; personId: string } {
  const id = newId();
  const rosterIndex = meeting.people.reduce((max, person) => Math.max(max, person.rosterIndex + 1), 0);
  const { absent: _absent, ...person } = makePerson({ id, rosterIndex, ...fields });
  const sessions = meeting.sessions.map((session) => (session.id !== sessionId || session.attendance.everyone === true ? session : {
    ...session,
    attendance: { ...session.attendance, personIds: [...(session.attendance.personIds ?? []), id] },
  }));
  return { meeting: { ...meeting, people: [...meeting.people, person], sessions }, personId: id };
}

/** A seat someone deleted sat in: which session, which seat. */
export interface FreedSeat {
  personId: string;
  sessionId: string;
  seatId: string;
}

export interface Deletion {
  meeting: Meeting;
  /** Everyone removed: the ones asked for and the stand-ins (代会) of any of them. */
  removedIds: string[];
  /** The seats they sat in, in every session: now empty. */
  freedSeats: FreedSeat[];
}

/**
 * Delete people from the meeting in one step: from the roster, their seats and locks in every
 * session, their statuses, groups, agenda items and hand-picked attendance. A stand-in goes with
 * the person they stand in for; a deleted stand-in leaves the person they stood for 请假.
 */
export function deletePeople(meeting: Meeting, ids: readonly string[]): Deletion {
  const removed = new Set(ids.filter((id) => meeting.people.some((person) => person.id === id)));
  for (const person of meeting.people) if (person.substituteFor !== null && removed.has(person.substituteFor)) removed.add(person.id);
  if (removed.size === 0) return { meeting, removedIds: [], freedSeats: [] };
  const freedSeats: FreedSeat[] = [];
  const keep = (list: readonly string[] | undefined) => list?.filter((id) => !removed.has(id));
  const sessions = meeting.sessions.map((session): Session => {
    const assignment: Record<string, string> = {};
    for (const [seatId, personId] of Object.entries(session.assignment)) {
      if (removed.has(personId)) freedSeats.push({ personId, sessionId: session.id, seatId });
      else assignment[seatId] = personId;
    }
    const statuses: Record<string, Session['statuses'][string]> = {};
    for (const [personId, status] of Object.entries(session.statuses)) {
      if (removed.has(personId)) continue;
      statuses[personId] = status.status === 'substituted' && status.substituteId !== undefined && removed.has(status.substituteId) ? { status: 'absent' } : status;
    }
    const { personIds, excludedIds } = session.attendance;
    return {
      ...session,
      assignment,
      locks: session.locks.filter((seatId) => Object.hasOwn(assignment, seatId)),
      statuses,
      attendance: { ...session.attendance, ...(personIds ? { personIds: keep(personIds) } : {}), ...(excludedIds ? { excludedIds: keep(excludedIds) } : {}) },
    };
  });
  return {
    meeting: {
      ...meeting,
      people: meeting.people.filter((person) => !removed.has(person.id)),
      groups: meeting.groups.map((group) => ({ ...group, memberIds: keep(group.memberIds)! })),
      agenda: meeting.agenda.map((item) => ({ ...item, reporterIds: keep(item.reporterIds)!, attendeeIds: keep(item.attendeeIds)! })),
      sessions,
    },
    removedIds: [...removed],
    freedSeats,
  };
}

/** 分组 as typed in a cell: names separated by 、，, ; or spaces, each once, at most 50 characters. */
export function parseGroupNames(text: string): { ok: true; value: string[] } | { ok: false; error: Bilingual } {
  const names = [...new Set(text.split(/[、,，;；\s]+/u).map((name) => name.trim()).filter(Boolean))];
  const long = names.find((name) => name.length > 50);
  if (long) return { ok: false, error: both(`分组名“${long.slice(0, 10)}…”超过 50 个字。`, `The group name “${long.slice(0, 10)}…” is longer than 50 characters.`) };
  return { ok: true, value: names };
}

/** The groups one person belongs to, by name: left, joined, or made (a new name makes a new group). */
export function setPersonGroups(meeting: Meeting, personId: string, names: readonly string[]): Meeting {
  if (!meeting.people.some((person) => person.id === personId)) return meeting;
  const wanted = new Set(names);
  let changed = false;
  const groups = meeting.groups.map((group) => {
    const member = group.memberIds.includes(personId);
    if (member === wanted.has(group.name)) return group;
    changed = true;
    return { ...group, memberIds: member ? group.memberIds.filter((id) => id !== personId) : [...group.memberIds, personId] };
  });
  const known = new Set(meeting.groups.map((group) => group.name));
  const made = names.filter((name) => !known.has(name)).map((name) => ({ id: newId(), name, memberIds: [personId] }));
  return changed || made.length ? { ...meeting, groups: [...groups, ...made] } : meeting;
}
