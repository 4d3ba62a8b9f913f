// Limits a real meeting never reaches but a hostile or broken file does (issue 12, items 1, 3, 7).
// One place for the numbers, and pure checks that return every violation as a bilingual UserError,
// so the loader, every edit, the engine, print and import refuse the same things with the same words.
// The largest real venues: 人民大会堂 has ~10,000 seats; a 20,000-person roster is ~2 MB as xlsx.
import { both } from '../i18n/text';
import type { Meeting } from './meeting-schema';
import type { DeepReadonly } from './readonly';
import { personSchema, type Person, type Project, type Venue, type VenueElement } from './schema';
import type { UserError } from './user-error';

type ReadonlyVenue = DeepReadonly<Venue>;
type LimitedPerson = Pick<Person, 'name' | 'rank'>;

export const DOCUMENT_LIMITS = {
  /** Seats in one session's venue (all elements together). */
  seats: 50_000,
  /** People on one roster. */
  people: 20_000,
  /** Sessions (全体会议, 分组讨论, 宴会…) in one meeting file. */
  sessions: 200,
  /** Elements (rostrum, hall blocks, tables, objects) in one venue. */
  elements: 2_000,
  /** Coordinates and sizes, centimetres: a venue fits in a square kilometre. */
  coordinate: 100_000,
  /** Seat and row pitch, centimetres: from a packed bench to a wide banquet gap. */
  minPitch: 20,
  maxPitch: 2_000,
  /** JSON nesting: a .zuoci is about 6 levels deep; deeper is not a seating plan. */
  depth: 64,
  /** 排序号: a rank is a small integer; 20 digits is a typing accident, not a rank. */
  rank: 999_999,
} as const;

export const IMPORT_LIMITS = {
  /** The roster file on disk. */
  fileBytes: 20 * 1024 * 1024,
  /** All parts of an xlsx unpacked (a zip bomb of 1 MB unpacks to gigabytes). */
  uncompressedBytes: 100 * 1024 * 1024,
  /** Data rows (people) — the document's own limit. */
  rows: DOCUMENT_LIMITS.people,
  columns: 200,
} as const;

/** Maximum lengths of the person fields that import fills, read from the document schema itself. */
export const PERSON_FIELD_MAX = {
  name: personSchema.shape.name.maxLength ?? 100,
  unit: personSchema.shape.unit.maxLength ?? 200,
  title: personSchema.shape.title.maxLength ?? 200,
  category: personSchema.shape.category.maxLength ?? 20,
  seatZone: personSchema.shape.seatZone.maxLength ?? 20,
  gender: personSchema.shape.gender.maxLength ?? 10,
  ethnicity: personSchema.shape.ethnicity.maxLength ?? 20,
  note: personSchema.shape.note.maxLength ?? 500,
} as const satisfies Partial<Record<keyof Person, number>>;

function limitError(zh: string, en: string, field?: string): UserError {
  const text = both(zh, en);
  return { message: text.zh, en: text.en, ...(field ? { field } : {}) };
}

/** Seats an element makes, from its parameters alone (no geometry), so a 1000 × 1000 hall is refused before it is built. */
export function elementSeatCount(element: VenueElement | DeepReadonly<VenueElement>): number {
  switch (element.kind) {
    case 'rostrum':
      return element.rows.reduce((sum, seats) => sum + seats, 0);
    case 'hall':
      return element.rows * element.seatsPerRow;
    case 'table':
      return element.shape === 'round' ? element.sideSeats : element.sideSeats * 2 + element.headSeats + element.footSeats;
    default:
      return 0;
  }
}

const PITCHES = ['seatPitch', 'rowPitch', 'aisleWidth'] as const;
const SIZES = ['width', 'depth'] as const;

/** `at`: where the venue sits in the file, e.g. `sessions.2.venue` (default `venue`). */
export function checkVenueLimits(venue: Venue | ReadonlyVenue, at = 'venue'): UserError[] {
  const errors: UserError[] = [];
  const L = DOCUMENT_LIMITS;
  if (venue.elements.length > L.elements) {
    errors.push(limitError(`会场元素过多（${venue.elements.length} 个，上限 ${L.elements}）。`, `Too many venue elements (${venue.elements.length}, limit ${L.elements}).`, `${at}.elements`));
  }
  const seats = venue.elements.reduce((sum, element) => sum + elementSeatCount(element), 0);
  if (seats > L.seats) {
    errors.push(limitError(`座位过多（${seats} 个，上限 ${L.seats}）。`, `Too many seats (${seats}, limit ${L.seats}).`, `${at}.elements`));
  }
  for (const size of SIZES) {
    if (!(venue[size] > 0 && venue[size] <= L.coordinate)) {
      errors.push(limitError(`会场尺寸 ${size} 超出范围（0–${L.coordinate} 厘米）。`, `Venue ${size} out of range (0–${L.coordinate} cm).`, `${at}.${size}`));
    }
  }
  const venueAt = at;
  venue.elements.forEach((element, index) => {
    const at = `${venueAt}.elements.${index}`;
    const record = element as unknown as Record<string, unknown>;
    for (const key of ['x', 'y', ...SIZES] as const) {
      const value = record[key];
      if (typeof value === 'number' && Math.abs(value) > L.coordinate) {
        errors.push(limitError(`元素 ${index + 1} 的 ${key} 超出范围（±${L.coordinate} 厘米）。`, `Element ${index + 1}: ${key} out of range (±${L.coordinate} cm).`, `${at}.${key}`));
      }
    }
    for (const key of PITCHES) {
      const value = record[key];
      if (typeof value === 'number' && (value < L.minPitch || value > L.maxPitch)) {
        errors.push(limitError(`元素 ${index + 1} 的 ${key} 为 ${value} 厘米，应在 ${L.minPitch}–${L.maxPitch} 之间。`, `Element ${index + 1}: ${key} is ${value} cm, must be ${L.minPitch}–${L.maxPitch}.`, `${at}.${key}`));
      }
    }
  });
  return errors;
}

export function checkPeopleLimits(people: readonly LimitedPerson[]): UserError[] {
  const errors: UserError[] = [];
  if (people.length > DOCUMENT_LIMITS.people) {
    errors.push(limitError(`名单人数过多（${people.length} 人，上限 ${DOCUMENT_LIMITS.people}）。`, `Too many people (${people.length}, limit ${DOCUMENT_LIMITS.people}).`, 'people'));
  }
  people.forEach((person, index) => {
    if (person.rank !== null && person.rank > DOCUMENT_LIMITS.rank) {
      errors.push(limitError(`第 ${index + 1} 人（${person.name}）的排序号 ${person.rank} 过大（上限 ${DOCUMENT_LIMITS.rank}）。`, `Person ${index + 1} (${person.name}): rank ${person.rank} too large (limit ${DOCUMENT_LIMITS.rank}).`, `people.${index}.rank`));
    }
  });
  return errors;
}

/** Every limit of a plan (one session's venue and its people); empty when within all of them. */
export function checkPlanLimits(project: Pick<Project, 'venue' | 'people'>): UserError[] {
  return [...checkVenueLimits(project.venue), ...checkPeopleLimits(project.people)];
}

/** Every limit of a whole meeting: its roster, the number of sessions and each session's venue. */
export function checkMeetingLimits(meeting: Pick<Meeting, 'people' | 'sessions'>): UserError[] {
  const errors = checkPeopleLimits(meeting.people);
  if (meeting.sessions.length > DOCUMENT_LIMITS.sessions) {
    errors.push(limitError(`会议场次过多（${meeting.sessions.length} 场，上限 ${DOCUMENT_LIMITS.sessions}）。`, `Too many sessions (${meeting.sessions.length}, limit ${DOCUMENT_LIMITS.sessions}).`, 'sessions'));
  }
  meeting.sessions.slice(0, DOCUMENT_LIMITS.sessions).forEach((session, index) => errors.push(...checkVenueLimits(session.venue, `sessions.${index}.venue`)));
  return errors;
}

/**
 * The deepest nesting of arrays and objects in JSON text, found without parsing (JSON.parse of a
 * 100,000-deep file would overflow the stack). Stops counting once past `limit`.
 */
export function jsonDepth(text: string, limit: number = DOCUMENT_LIMITS.depth): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

export function checkJsonDepth(text: string): UserError[] {
  const depth = jsonDepth(text);
  return depth > DOCUMENT_LIMITS.depth
    ? [limitError(`文件嵌套层数过深（超过 ${DOCUMENT_LIMITS.depth} 层），不是座次文件。`, `The file is nested too deeply (over ${DOCUMENT_LIMITS.depth} levels); not a seating plan.`)]
    : [];
}
