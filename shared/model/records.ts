// Undo by change: a meeting seen as records (meta, each person, each group, each agenda item, each
// part of each session, the order of each list). A history step keeps only the records it changed,
// before and after, so undoing it restores those records on the CURRENT meeting and leaves a later
// change to other records — a recorded fact, a collaborator's edit — as it is.
import type { Meeting, Session } from './meeting-schema';

type RecordMap = Map<string, unknown>;

export interface RecordChange {
  key: string;
  before: unknown;
  after: unknown;
}

const COLLECTIONS = ['people', 'groups', 'agenda'] as const;
/** A session is split so that, e.g., printing (printedCards) and re-arranging (assignment) are separate records, and a check-in (签到, a fact) is never reverted by undoing a seat edit. */
const SESSION_PARTS = ['venue', 'assignment', 'locks', 'rules', 'print', 'printedCards', 'attendance', 'statuses', 'vehicles', 'checkIns', 'sharedSeats'] as const;
const TOP_LEVEL = new Set<string>([...COLLECTIONS, 'sessions', 'setAside']);

/** `skip`: collections left out (diffMeetings passes those both meetings share, which cannot differ). */
function recordsOf(meeting: Meeting, skip: ReadonlySet<string> = new Set()): RecordMap {
  const records: RecordMap = new Map();
  for (const [key, value] of Object.entries(meeting)) if (!TOP_LEVEL.has(key)) records.set(`top/${key}`, value);
  for (const collection of COLLECTIONS) {
    if (skip.has(collection)) continue;
    const items = meeting[collection] as readonly { id: string }[];
    records.set(`order/${collection}`, items.map((item) => item.id));
    for (const item of items) records.set(`${collection}/${item.id}`, item);
  }
  records.set('order/sessions', meeting.sessions.map((session) => session.id));
  for (const session of meeting.sessions) {
    const rest: Record<string, unknown> = { ...session };
    for (const part of SESSION_PARTS) {
      if (session[part] !== undefined) records.set(`sessions/${session.id}/${part}`, session[part]);
      delete rest[part];
    }
    records.set(`sessions/${session.id}`, rest);
  }
  return records;
}

/** Items in `order`, then any item that exists but is not in it (added by a change this step does not know). */
function ordered<T>(order: readonly string[], byId: Map<string, T>): T[] {
  const result: T[] = [];
  for (const id of order) {
    const item = byId.get(id);
    if (item !== undefined) result.push(item);
    byId.delete(id);
  }
  return [...result, ...byId.values()];
}

function meetingOf(records: RecordMap, setAside: Meeting['setAside']): Meeting {
  const top: Record<string, unknown> = {};
  const collections = new Map<string, Map<string, unknown>>();
  const sessionBases = new Map<string, Record<string, unknown>>();
  const sessionParts: [string, string, unknown][] = [];
  for (const [key, value] of records) {
    const [kind, id, part] = key.split('/') as [string, string, string | undefined];
    if (kind === 'top') top[id] = value;
    else if (kind === 'order') continue;
    else if (kind === 'sessions' && part !== undefined) sessionParts.push([id, part, value]);
    else if (kind === 'sessions') sessionBases.set(id, { ...(value as object) });
    else {
      if (!collections.has(kind)) collections.set(kind, new Map());
      collections.get(kind)!.set(id, value);
    }
  }
  for (const [id, part, value] of sessionParts) {
    const base = sessionBases.get(id);
    if (base) base[part] = value;
  }
  const order = (name: string) => (records.get(`order/${name}`) as readonly string[] | undefined) ?? [];
  for (const collection of COLLECTIONS) top[collection] = ordered(order(collection), collections.get(collection) ?? new Map());
  top.sessions = ordered(order('sessions'), sessionBases as Map<string, unknown>) as Session[];
  return { ...(top as unknown as Meeting), ...(setAside ? { setAside } : {}) };
}

/** The records that differ between two meetings (by reference: documents are immutable). */
export function diffMeetings(before: Meeting, after: Meeting): RecordChange[] {
  if (before === after) return [];
  // A list both meetings share (the same array: documents are immutable) has no changes; not
  // splitting it into records saves two 10,000-entry maps on every edit that leaves people alone.
  const shared = new Set(COLLECTIONS.filter((collection) => before[collection] === after[collection]));
  const a = recordsOf(before, shared);
  const b = recordsOf(after, shared);
  const changes: RecordChange[] = [];
  for (const [key, value] of b) {
    const old = a.get(key);
    const same = key.startsWith('order/') ? sameIds(old as string[] | undefined, value as string[])
      : isSessionBase(key) ? sameFields(old as Record<string, unknown> | undefined, value as Record<string, unknown>) : old === value;
    if (!same) changes.push({ key, before: old, after: value });
  }
  for (const [key, value] of a) if (!b.has(key)) changes.push({ key, before: value, after: undefined });
  return changes;
}

/** A session's own fields (name, kind…) are gathered into a new object each time: compare them one by one. */
const isSessionBase = (key: string) => key.startsWith('sessions/') && key.indexOf('/', 9) === -1;
function sameFields(a: Record<string, unknown> | undefined, b: Record<string, unknown>): boolean {
  if (!a) return false;
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((key) => a[key] === b[key]);
}

const sameIds = (a: readonly string[] | undefined, b: readonly string[]) => a !== undefined && a.length === b.length && a.every((id, i) => id === b[i]);

const sameItems = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/** Keep the old objects where nothing in them changed, so views of unchanged parts do not redraw. */
function reuseUnchanged(original: Meeting, rebuilt: Meeting): Meeting {
  const oldSessions = new Map(original.sessions.map((session) => [session.id, session]));
  const sessions = rebuilt.sessions.map((session) => {
    const old = oldSessions.get(session.id);
    if (!old) return session;
    const keys = new Set([...Object.keys(old), ...Object.keys(session)]);
    return [...keys].every((key) => old[key as keyof Session] === session[key as keyof Session]) ? old : session;
  });
  return {
    ...rebuilt,
    people: sameItems(original.people, rebuilt.people) ? original.people : rebuilt.people,
    groups: sameItems(original.groups, rebuilt.groups) ? original.groups : rebuilt.groups,
    agenda: sameItems(original.agenda, rebuilt.agenda) ? original.agenda : rebuilt.agenda,
    sessions: sameItems(original.sessions, sessions) ? original.sessions : sessions,
  };
}

/** The current meeting with these records set to their `before` (undo) or `after` (redo) values. */
export function applyChanges(meeting: Meeting, changes: readonly RecordChange[], side: 'before' | 'after'): Meeting {
  if (changes.length === 0) return meeting;
  const records = recordsOf(meeting);
  for (const change of changes) {
    const value = change[side];
    if (value === undefined) records.delete(change.key);
    else records.set(change.key, value);
  }
  return reuseUnchanged(meeting, meetingOf(records, meeting.setAside));
}
