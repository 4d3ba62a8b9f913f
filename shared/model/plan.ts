// One session seen as a plan (`Project`): the shape the engine, printing and the CLI work on.
// planOf reads a session out of the meeting; withPlan writes an edited plan back, putting each
// change where it belongs — the room and seats into the session, a person's details into the one
// roster, 请假/代会 into this session's statuses only.
import { attendees, statusOf } from './attendance';
import type { Meeting, RosterPerson, Session } from './meeting-schema';
import { CURRENT_SCHEMA_VERSION, FORMAT_NAME, type Person, type Project } from './schema';

// Keyed by the session's attendance object, not the session: an edit of the room or the seats makes
// a new session object but keeps its attendance, and must keep the same people (else the canvas,
// the roster table and the counts rebuild 10,000 people after a block is moved). The key below
// still compares everything the people depend on.
const planPeopleCache = new WeakMap<object, { key: readonly unknown[]; people: readonly Person[] }>();

const sameKey = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/** The session's people with their status in it. Cached, so an unrelated edit keeps the same objects (and the canvas does not redraw them). */
function planPeople(meeting: Meeting, session: Session): readonly Person[] {
  const key = [meeting.people, meeting.groups, meeting.agenda, session.attendance, session.statuses];
  const cached = planPeopleCache.get(session.attendance);
  if (cached && sameKey(cached.key, key)) return cached.people;
  const people = attendees(meeting, session).map((person): Person => ({ ...person, absent: statusOf(session, person.id) !== 'present' }));
  planPeopleCache.set(session.attendance, { key, people });
  return people;
}

export function findSession(meeting: Meeting, sessionId: string): Session {
  return meeting.sessions.find((session) => session.id === sessionId) ?? meeting.sessions[0]!;
}

const planCache = new WeakMap<Session, { meeting: Meeting; plan: Project }>();

export function planOf(meeting: Meeting, sessionId: string): Project {
  const session = findSession(meeting, sessionId);
  const cached = planCache.get(session);
  if (cached?.meeting === meeting) return cached.plan;
  const plan: Project = {
    format: FORMAT_NAME,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: meeting.meta,
    venue: session.venue,
    people: planPeople(meeting, session),
    assignment: session.assignment,
    locks: session.locks,
    rules: session.rules,
    ordering: meeting.ordering,
    print: { ...session.print, lastPrinted: session.printedCards },
    ...(session.vehicles ? { vehicles: session.vehicles } : {}),
  };
  planCache.set(session, { meeting, plan });
  return plan;
}

const rosterPart = ({ absent: _absent, ...person }: Person): RosterPerson => person;

/** The roster and this session's statuses after the plan's people changed from `before` to `after`. */
function writePeople(meeting: Meeting, session: Session, before: readonly Person[], after: readonly Person[]) {
  const beforeById = new Map(before.map((person) => [person.id, person]));
  const afterIds = new Set(after.map((person) => person.id));
  const statuses: Record<string, Session['statuses'][string]> = { ...session.statuses };
  const rosterChanges = new Map<string, RosterPerson>();
  const added: RosterPerson[] = [];
  const addedToSession: string[] = [];
  // Changed people first, then new ones: a new stand-in marks the absent person 代会, not just 请假.
  for (const person of after) {
    const old = beforeById.get(person.id);
    if (!old || old === person) continue;
    const { absent: wasAbsent, ...oldRoster } = old;
    const { absent, ...roster } = person;
    if (Object.keys(roster).some((key) => roster[key as keyof typeof roster] !== oldRoster[key as keyof typeof oldRoster])) rosterChanges.set(person.id, rosterPart(person));
    if (absent !== wasAbsent) {
      if (absent) statuses[person.id] = { status: 'absent' };
      else delete statuses[person.id];
    }
  }
  for (const person of after) {
    if (beforeById.has(person.id)) continue;
    added.push(rosterPart(person));
    if (person.substituteFor !== null) statuses[person.substituteFor] = { status: 'substituted', substituteId: person.id };
    else if (session.attendance.everyone !== true) addedToSession.push(person.id);
    if (person.absent) statuses[person.id] = { status: 'absent' };
  }
  const removed = new Set(before.filter((person) => !afterIds.has(person.id)).map((person) => person.id));
  const people = [
    ...meeting.people.filter((person) => !removed.has(person.id)).map((person) => rosterChanges.get(person.id) ?? person),
    ...added,
  ];
  const attendance = addedToSession.length ? { ...session.attendance, personIds: [...(session.attendance.personIds ?? []), ...addedToSession] } : session.attendance;
  return { people, statuses, attendance };
}

/** The meeting after the session's plan went from `before` (its planOf) to `after`. */
export function withPlan(meeting: Meeting, sessionId: string, before: Project, after: Project): Meeting {
  if (after === before) return meeting;
  const session = findSession(meeting, sessionId);
  let next: Session = session;
  const set = <K extends keyof Session>(key: K, value: Session[K]) => {
    if (next[key] !== value) next = { ...next, [key]: value };
  };
  set('venue', after.venue);
  set('assignment', after.assignment);
  set('locks', after.locks);
  set('rules', after.rules);
  if (after.vehicles !== before.vehicles) set('vehicles', after.vehicles);
  if (after.print !== before.print) {
    const { lastPrinted, ...print } = after.print;
    set('printedCards', lastPrinted);
    const settingsChanged = Object.keys(print).some((key) => print[key as keyof typeof print] !== before.print[key as keyof typeof print]);
    if (settingsChanged) set('print', print);
  }
  let people = meeting.people;
  if (after.people !== before.people) {
    const written = writePeople(meeting, session, before.people, after.people);
    people = written.people;
    set('statuses', written.statuses);
    set('attendance', written.attendance);
  }
  const sessions = next === session ? meeting.sessions : meeting.sessions.map((s) => (s === session ? next : s));
  return { ...meeting, meta: after.meta, ordering: after.ordering, people, sessions };
}

/**
 * The plans of several sessions as one, for printing them together (cards for every group's
 * room). Element ids are unique across sessions, so their seats never collide; a person in two of
 * the rooms gets a card in each.
 */
export function combinedPlan(meeting: Meeting, sessionIds: readonly string[]): Project {
  const plans = sessionIds.map((id) => planOf(meeting, id));
  const first = plans[0]!;
  const people = new Map<string, Person>();
  for (const plan of plans) for (const person of plan.people) if (!people.has(person.id) || !person.absent) people.set(person.id, person);
  return {
    ...first,
    venue: { ...first.venue, elements: plans.flatMap((plan) => plan.venue.elements), seatOverrides: Object.assign({}, ...plans.map((plan) => plan.venue.seatOverrides)) },
    people: [...people.values()],
    assignment: Object.assign({}, ...plans.map((plan) => plan.assignment)),
    locks: plans.flatMap((plan) => plan.locks),
    rules: Object.assign({}, ...plans.map((plan) => plan.rules)),
    print: { ...first.print, lastPrinted: Object.assign({}, ...plans.map((plan) => plan.print.lastPrinted)) },
  };
}
