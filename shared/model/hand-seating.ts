// Seating by hand (领导特殊交待, last-minute moves): a seated person dragged to another seat, people
// dropped from the roster, people taken off their seats. Pure edits on one session's plan; the
// canvas previews them as a gesture and the store records each as one undo step.
//
// The rules a meeting office expects (issue 10, item 3):
// - A lock belongs to the person, not to the chair: it says "the leaders put 金霞 here". So when a
//   locked person is moved by hand, the lock goes with them, and a seat they leave is unlocked.
// - A hand drop locks the person's new seat when the user's setting "手动放置时锁定座位" is on.
// - A seat whose occupant is locked is never taken by a drop: the drop is refused with a reason,
//   since silently moving a leader someone placed on purpose is the mistake staff fear most.
//   Unlock it first (one click) to move them.
// - Onto an unlocked occupied seat: a seated person SWAPS with its occupant; a person from the
//   roster takes the seat and its occupant becomes unseated. Several people from the roster never
//   displace anyone: they fill the empty seats from the drop seat on.
// - A seat reserved for a category (预留, venue.seatOverrides): one person dropped there by hand
//   takes it even when of another category — staff chose that seat for that person, and a refusal
//   would only make them clear the reservation first — but the drop carries a note the canvas
//   shows, so nobody overlooks it. Several people filling seats skip seats reserved for a category
//   other than the person's own: a bulk fill is not a choice of those seats.
import type { Seat } from '../layout/seats';
import type { Project } from './schema';

export interface HandOptions {
  /** The user's setting 手动放置时锁定座位: the dropped person's new seat is locked. */
  lockOnDrop: boolean;
}

/** Why a drop changed nothing: a code with its parameters, worded by the renderer in the reader's language. */
export type HandRefusal =
  | { code: 'seat-locked'; seatId: string; occupantId: string }
  | { code: 'seat-disabled'; seatId: string }
  | { code: 'not-attending'; personIds: readonly string[] }
  | { code: 'not-enough-seats'; needed: number; available: number };

/** A drop that was made but deserves a word: someone now sits in a seat reserved for another category. */
export interface HandNote {
  code: 'seat-reserved';
  seatId: string;
  personId: string;
  /** The category the seat is reserved for. */
  category: string;
}

export interface HandResult {
  /** The plan after the drop; the same object when nothing changed. */
  project: Project;
  refused?: HandRefusal;
  /** Present only when the drop was made and put someone in a seat reserved for another category. */
  notes?: HandNote[];
}

/** The category `seatId` is reserved for, if any. */
const reservedFor = (project: Project, seatId: string): string | undefined => project.venue.seatOverrides?.[seatId]?.reserved;

const categoryOf = (project: Project, personId: string): string => project.people.find((p) => p.id === personId)?.category ?? '';

/** Notes for the people now in seats reserved for a category not theirs. */
function reservedNotes(project: Project, placed: readonly (readonly [seatId: string, personId: string])[]): HandNote[] {
  return placed.flatMap(([seatId, personId]) => {
    const category = reservedFor(project, seatId);
    return category && categoryOf(project, personId) !== category ? [{ code: 'seat-reserved' as const, seatId, personId, category }] : [];
  });
}

/** The result of a drop that changed the plan, with its notes when there are any. */
function made(project: Project, placed: readonly (readonly [string, string])[]): HandResult {
  const notes = reservedNotes(project, placed);
  return notes.length ? { project, notes } : { project };
}

const seatOfPerson = (assignment: Readonly<Record<string, string>>): Map<string, string> =>
  new Map(Object.entries(assignment).map(([seat, person]) => [person, seat]));

/** A drop onto `seatId` that must be refused because of who or what is there, if any. */
function refusalAt(project: Project, seatId: string, seat: Pick<Seat, 'disabled'> | undefined, mover: string): HandRefusal | undefined {
  if (seat?.disabled) return { code: 'seat-disabled', seatId };
  const occupant = project.assignment[seatId];
  if (occupant && occupant !== mover && project.locks.includes(seatId)) return { code: 'seat-locked', seatId, occupantId: occupant };
  return undefined;
}

/**
 * Move the person in `fromSeatId` to `toSeatId`; if someone unlocked sits there, the two swap.
 * `target` is the target seat's record (for disabled); omit it when unknown.
 */
export function moveSeatedPerson(project: Project, fromSeatId: string, toSeatId: string, options: HandOptions, target?: Pick<Seat, 'disabled'>): HandResult {
  const personId = project.assignment[fromSeatId];
  if (!personId || fromSeatId === toSeatId) return { project };
  const refused = refusalAt(project, toSeatId, target, personId);
  if (refused) return { project, refused };
  const assignment = { ...project.assignment };
  const displaced = assignment[toSeatId];
  assignment[toSeatId] = personId;
  if (displaced) assignment[fromSeatId] = displaced;
  else delete assignment[fromSeatId];
  // The mover's lock goes with them (or the setting locks them); the displaced person was not locked
  // (else the drop was refused), so the seat they move into is not either.
  const wasLocked = project.locks.includes(fromSeatId);
  const locks = project.locks.filter((seat) => seat !== fromSeatId && seat !== toSeatId);
  if (wasLocked || options.lockOnDrop) locks.push(toSeatId);
  return made({ ...project, assignment, locks }, displaced ? [[toSeatId, personId], [fromSeatId, displaced]] : [[toSeatId, personId]]);
}

/**
 * The seats several dropped people fill, in order: the drop seat's element, from the drop seat
 * along its row (A-view left to right, the hall's seat order), then each row behind it from its
 * first seat; disabled seats and seats in `taken` are skipped. At most `count` seats.
 */
export function fillOrder(seats: readonly Seat[], dropSeatId: string, taken: (seatId: string) => boolean, count: number): string[] {
  const drop = seats.find((s) => s.id === dropSeatId);
  if (!drop) return [];
  const ordered = seats.filter((s) => s.elementId === drop.elementId).sort((a, b) => a.row - b.row || a.col - b.col);
  const chosen: string[] = [];
  for (let i = ordered.indexOf(drop); i < ordered.length && chosen.length < count; i++) {
    const s = ordered[i]!;
    if (!s.disabled && !taken(s.id)) chosen.push(s.id);
  }
  return chosen;
}

/**
 * People dragged from the roster (in the roster's order) dropped on a seat. One person is placed
 * there (a seated one moves, and swaps with an unlocked occupant, as on the canvas; an unseated one
 * takes the seat, its occupant becoming unseated). Several fill the empty seats from the drop seat
 * on (see fillOrder), skipping seats reserved for another category than the person's; when there
 * are not enough, nothing changes and the refusal says how many fit.
 * `seats` are the venue's seats (the canvas's cached drawing), so nothing is derived here.
 */
export function placeFromRoster(project: Project, personIds: readonly string[], dropSeatId: string, seats: readonly Seat[], options: HandOptions): HandResult {
  const attending = new Set(project.people.map((p) => p.id));
  const ids = [...new Set(personIds)];
  const strangers = ids.filter((id) => !attending.has(id));
  if (strangers.length) return { project, refused: { code: 'not-attending', personIds: strangers } };
  if (!ids.length) return { project };
  const seatOf = seatOfPerson(project.assignment);
  const drop = seats.find((s) => s.id === dropSeatId);
  if (ids.length === 1) {
    const personId = ids[0]!;
    const from = seatOf.get(personId);
    if (from) return moveSeatedPerson(project, from, dropSeatId, options, drop);
    const refused = refusalAt(project, dropSeatId, drop, personId);
    if (refused) return { project, refused };
    const assignment = { ...project.assignment, [dropSeatId]: personId };
    // The unseated occupant loses the seat's lock with it (it was not locked, or we refused).
    const locks = project.locks.filter((seat) => seat !== dropSeatId);
    if (options.lockOnDrop) locks.push(dropSeatId);
    return made({ ...project, assignment, locks }, [[dropSeatId, personId]]);
  }
  if (drop?.disabled) return { project, refused: { code: 'seat-disabled', seatId: dropSeatId } };
  // The dragged people leave their seats first: a seat one of them leaves may be one they fill.
  const moving = new Set(ids);
  const lockedPeople = new Set(project.locks.map((seat) => project.assignment[seat]).filter((p): p is string => !!p && moving.has(p)));
  const assignment = Object.fromEntries(Object.entries(project.assignment).filter(([, person]) => !moving.has(person)));
  // Each person takes the first free seat in fill order that is not reserved for another category.
  const free = fillOrder(seats, dropSeatId, (seat) => assignment[seat] !== undefined, Number.POSITIVE_INFINITY);
  const categories = new Map(project.people.map((p) => [p.id, p.category]));
  const targets: string[] = [];
  for (const id of ids) {
    const category = categories.get(id) ?? '';
    const at = free.findIndex((seat) => { const reserved = reservedFor(project, seat); return !reserved || reserved === category; });
    if (at >= 0) targets.push(free.splice(at, 1)[0]!);
  }
  if (targets.length < ids.length) return { project, refused: { code: 'not-enough-seats', needed: ids.length, available: targets.length } };
  const left = new Set(ids.map((id) => seatOf.get(id)).filter((seat): seat is string => !!seat));
  const locks = project.locks.filter((seat) => !left.has(seat));
  targets.forEach((seat, i) => {
    assignment[seat] = ids[i]!;
    if (options.lockOnDrop || lockedPeople.has(ids[i]!)) locks.push(seat);
  });
  return { project: { ...project, assignment, locks } };
}

/** Take the people off these seats (drag off the seats, Delete): the seats empty, their locks go. */
export function unseat(project: Project, seatIds: readonly string[]): Project {
  const cleared = new Set(seatIds.filter((seat) => project.assignment[seat] !== undefined));
  if (!cleared.size) return project;
  return {
    ...project,
    assignment: Object.fromEntries(Object.entries(project.assignment).filter(([seat]) => !cleared.has(seat))),
    locks: project.locks.filter((seat) => !cleared.has(seat)),
  };
}

export interface SeatingCounts {
  /** Attending, not 请假, and in no seat. */
  unseated: number;
  /** Usable (not disabled) seats with nobody in them. */
  emptySeats: number;
}

/**
 * The counts the status bar shows, from the assignment and the usable seats alone (O(people +
 * assignment)), so they can follow every edit without walking the drawing.
 */
export function seatingCounts(project: Pick<Project, 'people' | 'assignment'>, usableSeats: ReadonlySet<string>): SeatingCounts {
  const seated = new Set<string>();
  let occupied = 0;
  for (const [seat, person] of Object.entries(project.assignment)) {
    seated.add(person);
    if (usableSeats.has(seat)) occupied++;
  }
  let unseated = 0;
  for (const person of project.people) if (!person.absent && !seated.has(person.id)) unseated++;
  return { unseated, emptySeats: usableSeats.size - occupied };
}

/** The people still needing a seat, in roster order. */
export function unseatedPeople(project: Pick<Project, 'people' | 'assignment'>): Project['people'][number][] {
  const seated = new Set(Object.values(project.assignment));
  return project.people.filter((person) => !person.absent && !seated.has(person.id));
}
