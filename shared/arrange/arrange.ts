// Auto-arrange: tables first, then the rostrum, then the hall, each zone by its own rules. Locked
// seats and their people are never touched (领导特殊交待); everyone who should sit but cannot is
// reported.
import type { Person, Project, TableElement } from '../model/schema';
import { rulesFor } from '../model/schema';
import { deriveSeats, type Seat } from '../layout/seats';
import { arrangeHall } from './hall';
import { arrangeRostrumSeats } from './rostrum';
import { isSubstitute, substitutesOf } from './slots';
import { arrangeTables } from './tables';
import { whoSitsWhere, type ZoneKind } from './zone-people';

export interface Unplaced {
  person: Person;
  zoneName: string;
}

export interface ArrangedProject {
  project: Project;
  unplaced: Unplaced[];
}

const ZONE_NAMES: Record<ZoneKind, string> = { table: '会议桌', rostrum: '主席台', hall: '台下' };
const NO_ZONE = '会场（没有适合的区域）';
const isZone = (kind: string): kind is ZoneKind => kind === 'table' || kind === 'rostrum' || kind === 'hall';

function seatsByElement(project: Project): Map<string, Seat[]> {
  const seatsOf = new Map<string, Seat[]>();
  for (const seat of deriveSeats(project.venue)) {
    const seats = seatsOf.get(seat.elementId) ?? [];
    seats.push(seat);
    seatsOf.set(seat.elementId, seats);
  }
  return seatsOf;
}

export interface ArrangeOptions {
  /**
   * When arranging everything, also report the people the room has no zone for (e.g. 列席 in a
   * room with only a U-shaped table). Off for a partial room, such as the CLI's `--rostrum 7`.
   */
  reportUnzoned?: boolean;
}

/** Arrange the given zones (element ids), or every zone. One call is one undoable change. */
export function arrangeZones(project: Project, elementIds?: readonly string[], options: ArrangeOptions = {}): ArrangedProject {
  const elements = project.venue.elements.filter((e) => isZone(e.kind) && (!elementIds || elementIds.includes(e.id)));
  const seatsOf = seatsByElement(project);
  const locked = new Set(project.locks.filter((seatId) => project.assignment[seatId] !== undefined));
  const lockedPeople = new Set([...locked].map((seatId) => project.assignment[seatId]!));
  const substitutes = substitutesOf(project.people);
  const { ordering } = project;
  const seatable = project.people.filter((p) => !isSubstitute(p) && !lockedPeople.has(p.id));
  const remaining = whoSitsWhere(project, seatable, substitutes, seatsOf);

  const arranged = new Set(elements.map((e) => e.id));
  const movers = elements.flatMap((e) => remaining[e.kind as ZoneKind]);
  // A substitute moves with the person they stand in for.
  const moving = new Set([...movers.map((p) => p.id), ...movers.flatMap((p) => substitutes.get(p.id)?.id ?? [])]);
  // Keep every seat outside the arranged zones, and locked seats inside them; people being
  // arranged leave the unlocked seats they had anywhere else.
  const assignment: Record<string, string> = {};
  for (const [seatId, personId] of Object.entries(project.assignment)) {
    const elementId = seatId.slice(0, seatId.lastIndexOf(':'));
    if (locked.has(seatId) || (!arranged.has(elementId) && !moving.has(personId))) assignment[seatId] = personId;
  }
  // An absent person never sits, even in a locked seat: their substitute takes it, or it stays empty.
  const absent = new Set(project.people.filter((p) => p.absent).map((p) => p.id));
  for (const seatId of locked) {
    const personId = project.assignment[seatId]!;
    if (!absent.has(personId)) continue;
    const substitute = substitutes.get(personId);
    if (substitute && !substitute.absent) assignment[seatId] = substitute.id;
    else delete assignment[seatId];
  }

  const usable = (seat: Seat) => !seat.disabled && !locked.has(seat.id);
  const tables = elements.filter((e): e is TableElement => e.kind === 'table');
  if (tables.length) {
    const result = arrangeTables({
      tables, seatsOf: (id) => (seatsOf.get(id) ?? []).filter(usable), people: remaining.table, substitutes,
      rulesOf: (id) => rulesFor(project, id), ordering, venue: project.venue,
    });
    for (const { seat, person } of result.placed) assignment[seat.id] = person.id;
    remaining.table = result.overflow;
    remaining.hall = [...result.toHall, ...remaining.hall];
  }
  for (const element of elements) {
    if (element.kind !== 'rostrum' && element.kind !== 'hall') continue;
    const seats = seatsOf.get(element.id) ?? [];
    const rules = rulesFor(project, element.id);
    const people = remaining[element.kind];
    const result = element.kind === 'rostrum'
      ? arrangeRostrumSeats({ element, seats, usable, people, substitutes, rules, ordering })
      : arrangeHall({ element, seats: seats.filter(usable), people, substitutes, rules, ordering });
    for (const { seat, person } of result.placed) assignment[seat.id] = person.id;
    // Who did not fit tries the next zone of the same kind (a rostrum's overflow never goes to
    // the hall: it is reported, 1.6).
    remaining[element.kind] = result.overflow;
  }
  const unzoned = (kind: ZoneKind) => !elementIds && options.reportUnzoned === true && !project.venue.elements.some((e) => e.kind === kind);
  const reported = (kind: ZoneKind) => elements.some((e) => e.kind === kind) || unzoned(kind);
  const unplaced: Unplaced[] = (['table', 'rostrum', 'hall'] as const)
    .filter(reported)
    .flatMap((kind) => remaining[kind].filter((p) => !p.absent).map((person) => ({ person, zoneName: unzoned(kind) ? NO_ZONE : ZONE_NAMES[kind] })));
  return { project: { ...project, assignment }, unplaced };
}

/** Element ids of the zones of one kind, e.g. every rostrum. */
export function zoneIds(project: Project, kind: ZoneKind): string[] {
  return project.venue.elements.filter((e) => e.kind === kind).map((e) => e.id);
}
