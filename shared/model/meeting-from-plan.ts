// A plan made outside a meeting (the CLI's quick rooms, a built-in room, the print host's request)
// as a meeting of one session, and fresh random ids for rooms and rosters made from fixed ones.
import { elementOfSeat, newId, seatOnElement } from './ids';
import { MEETING_SCHEMA_VERSION, type Meeting, type Session, type SessionKind } from './meeting-schema';
import { DEFAULT_PRINT_SETTINGS, type Person, type Project, type Venue, type ZoneRules } from './schema';

/** The same room with new element ids, and a function that moves a seat id onto them. */
export function withFreshElementIds(venue: Venue): { venue: Venue; seat: (seatId: string) => string; element: (id: string) => string } {
  const ids = new Map(venue.elements.map((element) => [element.id, newId()]));
  const element = (id: string) => ids.get(id) ?? id;
  const seat = (seatId: string) => seatOnElement(seatId, element(elementOfSeat(seatId)));
  const rekey = <T>(record: Readonly<Record<string, T>>, key: (k: string) => string) =>
    Object.fromEntries(Object.entries(record).map(([k, value]) => [key(k), value]));
  return {
    venue: { ...venue, elements: venue.elements.map((e) => ({ ...e, id: element(e.id) })), seatOverrides: rekey(venue.seatOverrides, seat) },
    seat,
    element,
  };
}

/** A plan whose rooms and people carry new random ids (built-in rooms and imported rosters use fixed ones). */
export function withFreshIds(plan: Project): Project {
  const fresh = withFreshElementIds(plan.venue);
  const personIds = new Map(plan.people.map((person) => [person.id, newId()]));
  const person = (id: string) => personIds.get(id) ?? id;
  const rekey = <T>(record: Readonly<Record<string, T>>, key: (k: string) => string, value: (v: T) => T = (v) => v) =>
    Object.fromEntries(Object.entries(record).map(([k, v]) => [key(k), value(v)]));
  return {
    ...plan,
    venue: fresh.venue,
    people: plan.people.map((p): Person => ({ ...p, id: person(p.id), substituteFor: p.substituteFor === null ? null : person(p.substituteFor) })),
    assignment: rekey(plan.assignment, fresh.seat, person),
    locks: plan.locks.map(fresh.seat),
    rules: rekey(plan.rules as Record<string, Partial<ZoneRules>>, fresh.element),
    print: { ...plan.print, lastPrinted: rekey(plan.print.lastPrinted, fresh.seat) },
  };
}

/** A new session's name (Chinese, the documents' language); the UI shows it in English while unedited. */
export const SESSION_NAMES: Record<SessionKind, string> = {
  plenary: '全体会议', group: '分组讨论', 'meeting-table': '会议', talks: '会见会谈', banquet: '宴会', photo: '合影', other: '其他',
};

/** A session of the given room, everyone attending, nobody seated yet. */
export function newSession(kind: SessionKind, venue: Venue, rules: Session['rules'] = {}, name = SESSION_NAMES[kind]): Session {
  const { lastPrinted: _printed, ...print } = DEFAULT_PRINT_SETTINGS;
  return { id: newId(), name, kind, venue, assignment: {}, locks: [], rules, print, printedCards: {}, attendance: { everyone: true }, statuses: {} };
}

/** The plan as a meeting of one session (its ids kept, so seat ids in a print request still match). */
export function meetingFromPlan(plan: Project, kind: SessionKind = 'plenary'): Meeting {
  const { lastPrinted, ...print } = plan.print;
  const statuses: Record<string, Session['statuses'][string]> = {};
  for (const person of plan.people) {
    if (!person.absent) continue;
    const standIn = plan.people.find((p) => p.substituteFor === person.id);
    statuses[person.id] = standIn ? { status: 'substituted', substituteId: standIn.id } : { status: 'absent' };
  }
  const session: Session = {
    ...newSession(kind, plan.venue, plan.rules),
    assignment: plan.assignment, locks: plan.locks, print, printedCards: lastPrinted, statuses,
  };
  return {
    format: plan.format,
    schemaVersion: MEETING_SCHEMA_VERSION,
    meta: plan.meta,
    people: plan.people.map(({ absent: _absent, ...person }) => person),
    groups: [],
    agenda: [],
    ordering: plan.ordering,
    sessions: [session],
  };
}
