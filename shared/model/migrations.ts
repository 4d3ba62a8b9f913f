import { newId } from './ids';

// Numbered pure migrations: MIGRATIONS[n] turns a version-n document into version n+1.
// They work on plain JSON (old shapes are not typed any more) and never mutate their input.
type Json = Record<string, unknown>;

const asRecord = (value: unknown): Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * v0 (the 2026 prototype): meeting fields at the top level, a one-row rostrum given as `seats`,
 * people ranked by `order`, assignment as a list of {seat, person} pairs, no locks, rules or print
 * settings.
 */
function v0ToV1(doc: Json): Json {
  const { title, date, place, version: _version, ...rest } = doc;
  const venue = asRecord(doc.venue);
  const elements = asArray(venue.elements).map((raw) => {
    const element = asRecord(raw);
    if (element.kind !== 'rostrum' || !('seats' in element)) return element;
    const { seats, ...others } = element;
    return { ...others, rows: [seats] };
  });
  const people = asArray(doc.people).map((raw, index) => {
    const { order, ...person } = asRecord(raw);
    return {
      unit: '', title: '', category: '', seatZone: '', gender: '', ethnicity: '', note: '',
      ...person,
      rank: typeof order === 'number' ? order : null,
      rosterIndex: index,
    };
  });
  const assignment: Record<string, string> = {};
  for (const raw of asArray(doc.assignment)) {
    const pair = asRecord(raw);
    if (typeof pair.seat === 'string' && typeof pair.person === 'string') assignment[pair.seat] = pair.person;
  }
  return {
    ...rest,
    schemaVersion: 1,
    meta: { title: asString(title), date: asString(date), place: asString(place), status: 'draft' },
    venue: { seatOverrides: {}, ...venue, elements },
    people,
    assignment,
    locks: [],
    rules: {},
    print: { cardFormat: 'a4-fold2', font: 'bundled', secondLine: 'none', widenTwoChar: true },
  };
}

/** v2: zone rules grow beyond the rostrum's two; people can be absent or substitutes; ordering; print formats and the seat map. */
function v1ToV2(doc: Json): Json {
  const people = asArray(doc.people).map((raw) => ({ absent: false, substituteFor: null, ...asRecord(raw) }));
  const print = {
    customWidth: 200, customHeight: 90, fallbackFont: 'bundled-fallback', englishLine: false, vertical: false, marks: true, lastPrinted: {},
    map: { paper: 'A3', landscape: true, view: 'a', rowLabels: 'arabic' },
    ...asRecord(doc.print),
  };
  return { ...doc, schemaVersion: 2, people, print, ordering: { unitOrder: [], singleGivenName: 'blank-first' } };
}

/** Who was 请假 or 代会 in a v2 file becomes that session's statuses. */
function statusesFromV2(people: Json[]): Json {
  const standIns = new Map(people.filter((p) => typeof p.substituteFor === 'string').map((p) => [p.substituteFor as string, p.id]));
  const statuses: Json = {};
  for (const person of people) {
    if (person.absent !== true || typeof person.id !== 'string') continue;
    const substituteId = standIns.get(person.id);
    statuses[person.id] = typeof substituteId === 'string' ? { status: 'substituted', substituteId } : { status: 'absent' };
  }
  return statuses;
}

/**
 * v3: a meeting of sessions over one roster. The v2 room and plan become the first session, which
 * everyone attends; absences become that session's statuses; every element gets a rotation.
 * (The session id is new and random; old person and element ids stay, so seats keep their people.)
 */
function v2ToV3(doc: Json): Json {
  const { venue: rawVenue, assignment, locks, rules, print: rawPrint, people: rawPeople, ...rest } = doc;
  const people = asArray(rawPeople).map(asRecord);
  const venue = asRecord(rawVenue);
  const elements = asArray(venue.elements).map((raw) => ({ rotation: 0, ...asRecord(raw) }));
  const { lastPrinted, ...print } = asRecord(rawPrint);
  const session = {
    id: newId(),
    name: asString(asRecord(doc.meta).title) ? '全体会议' : asString(venue.name) || '全体会议',
    kind: 'plenary',
    venue: { ...venue, elements },
    assignment: assignment ?? {},
    locks: locks ?? [],
    rules: rules ?? {},
    print,
    printedCards: lastPrinted ?? {},
    attendance: { everyone: true },
    statuses: statusesFromV2(people),
  };
  return {
    ...rest,
    schemaVersion: 3,
    people: people.map(({ absent: _absent, ...person }) => person),
    groups: [],
    agenda: [],
    sessions: [session],
  };
}

export const MIGRATIONS: ReadonlyArray<(doc: Json) => Json> = [v0ToV1, v1ToV2, v2ToV3];

/** The version a document declares: `schemaVersion`, or `version` in v0 files. */
export function declaredVersion(doc: Json): number | null {
  const version = doc.schemaVersion ?? doc.version;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : null;
}

export function migrate(doc: Json, fromVersion: number): Json {
  let current = doc;
  for (let version = fromVersion; version < MIGRATIONS.length; version++) {
    current = MIGRATIONS[version]!(current);
  }
  return current;
}
