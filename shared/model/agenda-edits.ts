// 议题 edits: add, rename, reorder, remove, and tie 汇报人 / 列席 to an item (protocol 4.1). Each is
// one pure change (one undo step). Items are numbered in order; a person's own 议题 numbers
// (`agendaItems`, which the engine reads to seat 列席 and 汇报人 in agenda order) follow every
// renumbering, so the list and the seating never disagree.
import { newId } from './ids';
import type { AgendaItem, Meeting, RosterPerson } from './meeting-schema';

export type AgendaRole = 'reporter' | 'attendee';

/** The meeting's people with their item numbers mapped (an item removed: `undefined` drops it). */
function remapPeople(meeting: Meeting, map: (n: number) => number | undefined): Meeting['people'] {
  let changed = false;
  const people = meeting.people.map((person) => {
    if (!person.agendaItems?.length) return person;
    const items = [...new Set(person.agendaItems.map(map).filter((n): n is number => n !== undefined))].sort((a, b) => a - b);
    if (items.length === person.agendaItems.length && items.every((n, i) => n === person.agendaItems![i])) return person;
    changed = true;
    const { agendaItems: _old, ...rest } = person;
    return items.length ? { ...rest, agendaItems: items } : rest;
  });
  return changed ? people : meeting.people;
}

/** Items renumbered 1, 2, 3… in the given order, people's numbers following. */
function renumbered(meeting: Meeting, items: readonly AgendaItem[], removed?: number): Meeting {
  const newNumber = new Map<number, number>();
  items.forEach((item, i) => newNumber.set(item.number, i + 1));
  const agenda = items.map((item, i) => (item.number === i + 1 ? item : { ...item, number: i + 1 }));
  const people = remapPeople(meeting, (n) => (n === removed ? undefined : newNumber.get(n) ?? n));
  return { ...meeting, agenda, people };
}

export function addAgendaItem(meeting: Meeting, title: string): { meeting: Meeting; itemId: string } {
  const id = newId();
  const number = meeting.agenda.reduce((max, item) => Math.max(max, item.number), 0) + 1;
  return { meeting: { ...meeting, agenda: [...meeting.agenda, { id, number, title: title.trim().slice(0, 200), reporterIds: [], attendeeIds: [] }] }, itemId: id };
}

export function renameAgendaItem(meeting: Meeting, itemId: string, title: string): Meeting {
  const text = title.trim().slice(0, 200);
  const item = meeting.agenda.find((i) => i.id === itemId);
  if (!item || item.title === text) return meeting;
  return { ...meeting, agenda: meeting.agenda.map((i) => (i === item ? { ...i, title: text } : i)) };
}

/** Move an item to `toIndex` in the list; every item is renumbered by its place. */
export function moveAgendaItem(meeting: Meeting, itemId: string, toIndex: number): Meeting {
  const from = meeting.agenda.findIndex((i) => i.id === itemId);
  const to = Math.max(0, Math.min(meeting.agenda.length - 1, toIndex));
  if (from < 0 || from === to) return meeting;
  const items = [...meeting.agenda];
  const [item] = items.splice(from, 1);
  items.splice(to, 0, item!);
  return renumbered(meeting, items);
}

export function removeAgendaItem(meeting: Meeting, itemId: string): Meeting {
  const item = meeting.agenda.find((i) => i.id === itemId);
  if (!item) return meeting;
  const rest = meeting.agenda.filter((i) => i !== item);
  const sessions = meeting.sessions.map((s) => (s.attendance.agendaItemIds?.includes(itemId)
    ? { ...s, attendance: { ...s.attendance, agendaItemIds: s.attendance.agendaItemIds.filter((id) => id !== itemId) } } : s));
  return { ...renumbered(meeting, rest, item.number), sessions };
}

/**
 * Tie a person to an item as its 汇报人 or a 列席 (or untie them). The person's own 议题 numbers
 * follow; a reporter without a role gets the role 汇报人, so the engine seats them at the 汇报席.
 */
export function setAgendaPerson(meeting: Meeting, itemId: string, personId: string, role: AgendaRole, on: boolean): Meeting {
  const item = meeting.agenda.find((i) => i.id === itemId);
  const person = meeting.people.find((p) => p.id === personId);
  if (!item || !person) return meeting;
  const key = role === 'reporter' ? 'reporterIds' : 'attendeeIds';
  const other = role === 'reporter' ? 'attendeeIds' : 'reporterIds';
  const ids = item[key].filter((id) => id !== personId);
  const nextItem: AgendaItem = { ...item, [key]: on ? [...ids, personId] : ids, [other]: on ? item[other].filter((id) => id !== personId) : item[other] };
  const agenda = meeting.agenda.map((i) => (i === item ? nextItem : i));
  const stillOn = on || agenda.some((i) => i.number === item.number && (i.reporterIds.includes(personId) || i.attendeeIds.includes(personId)));
  const numbers = new Set(person.agendaItems ?? []);
  if (stillOn) numbers.add(item.number);
  else numbers.delete(item.number);
  const { agendaItems: _old, ...rest } = person;
  let next: RosterPerson = numbers.size ? { ...rest, agendaItems: [...numbers].sort((a, b) => a - b) } : rest;
  if (on && role === 'reporter' && next.role === undefined) next = { ...next, role: '汇报人' };
  return { ...meeting, agenda, people: meeting.people.map((p) => (p === person ? next : p)) };
}
