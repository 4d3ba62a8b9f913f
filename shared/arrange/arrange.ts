// Auto-arrange: tables first, then the rostrum, then the hall, each zone by its own rules. Locked
// seats and their people are never touched (领导特殊交待); everyone who should sit but cannot is
// reported.
import type { Person, Project, TableElement } from '../model/schema';
import { rulesFor } from '../model/schema';
import { deriveSeats, type Seat } from '../layout/seats';
import { both, type Bilingual } from '../i18n/text';
import { speakerSideOf } from './speaker-side';
import { arrangeHall } from './hall';
import { arrangeRostrumSeats } from './rostrum';
import { isSubstitute, substitutesOf } from './slots';
import { arrangeTables } from './tables';
import { fillReservedSeats } from './reserved';
import { whoSitsWhere, type ZoneKind } from './zone-people';
import { foldTurns, sharedSeatsOf } from './agenda-turns';
import { elementOfSeat } from '../model/ids';

export interface Unplaced {
  person: Person;
  /** Where they should have sat, in Chinese (the default language). */
  zoneName: string;
  /** Why they have no seat, in both languages. */
  reason: Bilingual;
}

export interface ArrangedProject {
  project: Project;
  unplaced: Unplaced[];
  /** What staff should know besides (empty banquet tables, units split for lack of room). */
  notes: Bilingual[];
}

const ZONE_NAMES = new Map<ZoneKind, Bilingual>([['table', both('会议桌', 'tables')], ['rostrum', both('主席台', 'rostrum')], ['hall', both('台下', 'hall')]]);
const NO_ZONE = both('会场（没有适合的区域）', 'the room (no zone for them)');
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
  // 4.1: at a meeting table, 汇报人 and 列席 of agenda items that do not overlap use one seat in turn.
  const byAgenda = project.venue.elements.some((e) => e.kind === 'table' && e.purpose === 'meeting' && rulesFor(project, e.id).agendaTurns);
  const turns = byAgenda ? foldTurns(seatable) : { seated: seatable, later: new Map<string, Person[]>() };
  const remaining = whoSitsWhere(project, turns.seated, substitutes, seatsOf);

  const arranged = new Set(elements.map((e) => e.id));
  const movers = elements.flatMap((e) => remaining[e.kind as ZoneKind]);
  const notes: Bilingual[] = [];
  // A substitute moves with the person they stand in for.
  const hallArranged = elements.some((e) => e.kind === 'hall');
  const staysPut = new Set(hallArranged ? [] : remaining.hallFront.map((p) => p.id));
  const moving = new Set([...movers.map((p) => p.id), ...movers.flatMap((p) => substitutes.get(p.id)?.id ?? [])].filter((id) => !staysPut.has(id)));
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

  // Reserved seats (预留) go to their category first and are never filled with anyone else.
  const free = (seat: Seat) => !seat.disabled && !locked.has(seat.id);
  const reservedSeats = elements.flatMap((e) => (seatsOf.get(e.id) ?? []).filter((seat) => seat.reserved && free(seat)));
  if (reservedSeats.length) {
    const reserved = fillReservedSeats(reservedSeats, [...remaining.table, ...remaining.rostrum, ...remaining.hallFront, ...remaining.hall], project.ordering);
    for (const { seat, person } of reserved.placed) assignment[seat.id] = person.id;
    for (const kind of ['table', 'rostrum', 'hall', 'hallFront'] as const) remaining[kind] = remaining[kind].filter((p) => !reserved.seated.has(p.id));
  }
  const usable = (seat: Seat) => free(seat) && !seat.reserved;
  const tables = elements.filter((e): e is TableElement => e.kind === 'table');
  if (tables.length) {
    const result = arrangeTables({
      tables, seatsOf: (id) => (seatsOf.get(id) ?? []).filter(usable), people: remaining.table, substitutes,
      rulesOf: (id) => rulesFor(project, id), ordering, venue: project.venue,
    });
    for (const { seat, person } of result.placed) assignment[seat.id] = person.id;
    // In a room with a hall (a plenary with a table added), whoever the tables cannot seat sits in
    // the hall rather than going unseated; in a room of tables only, they are reported.
    const hallTakesOverflow = elements.some((e) => e.kind === 'hall');
    remaining.table = hallTakesOverflow ? [] : result.overflow;
    remaining.hall = [...result.toHall, ...(hallTakesOverflow ? result.overflow : []), ...remaining.hall];
    if (result.emptyTables.length) {
      const names = result.emptyTables.map((t) => t.name);
      notes.push(both(`无人就座的桌子，可以撤掉：${names.join('、')}`, `Tables nobody sits at, which staff can remove: ${names.join(', ')}`));
    }
  }
  for (const element of elements) {
    if (element.kind !== 'rostrum' && element.kind !== 'hall') continue;
    const seats = seatsOf.get(element.id) ?? [];
    const rules = rulesFor(project, element.id);
    const people = remaining[element.kind];
    if (element.kind === 'rostrum') {
      const result = arrangeRostrumSeats({ element, seats, usable, people, substitutes, rules, ordering });
      for (const { seat, person } of result.placed) assignment[seat.id] = person.id;
      remaining.rostrum = result.overflow;
      continue;
    }
    // The substitutes of absent rostrum leaders sit first in the first hall (8.1).
    const front = remaining.hallFront;
    remaining.hallFront = [];
    const result = arrangeHall({ element, seats: seats.filter(usable), people, substitutes, rules, ordering, front, speakerSide: speakerSideOf(project.venue, element) });
    for (const { seat, person } of result.placed) assignment[seat.id] = person.id;
    if (result.splitUnits.length) {
      const units = result.splitUnits;
      notes.push(both(`座位紧张，以下单位未能整块就座、跨过道分开：${units.join('、')}`, `Seats are tight: these units were split across an aisle: ${units.join(', ')}`));
    }
    // Who did not fit tries the next zone of the same kind (a rostrum's overflow never goes to
    // the hall: it is reported, 1.6).
    remaining[element.kind] = result.overflow;
  }
  remaining.hall.push(...remaining.hallFront);
  // Whoever shares a seat with someone left without one is left without one too.
  for (const kind of ['table', 'rostrum', 'hall'] as const) remaining[kind] = remaining[kind].flatMap((p) => [p, ...(turns.later.get(p.id) ?? [])]);
  const unzoned = (kind: ZoneKind) => !elementIds && options.reportUnzoned === true && !project.venue.elements.some((e) => e.kind === kind);
  const reported = (kind: ZoneKind) => elements.some((e) => e.kind === kind) || unzoned(kind);
  const unplaced: Unplaced[] = (['table', 'rostrum', 'hall'] as const)
    .filter(reported)
    .flatMap((kind) => remaining[kind].filter((p) => !p.absent).map((person) => {
      const zone = unzoned(kind) ? NO_ZONE : ZONE_NAMES.get(kind)!;
      const reason = unzoned(kind) ? both('会场没有适合的区域', 'the room has no zone for them') : both(`${zone.zh}座位不足`, `not enough seats in the ${zone.en}`);
      return { person, zoneName: zone.zh, reason };
    }));
  return { project: withSharedSeats({ ...project, assignment }, project, arranged, sharedSeatsOf(assignment, turns.later)), unplaced, notes };
}

/** The turns just made, and the earlier ones of seats this arrangement left as they were. */
function withSharedSeats(arranged: Project, before: Project, zones: ReadonlySet<string>, made: Record<string, string[]>): Project {
  const kept = Object.entries(before.sharedSeats ?? {}).filter(([seat]) => !zones.has(elementOfSeat(seat)) && arranged.assignment[seat] === before.assignment[seat]);
  const sharedSeats = { ...Object.fromEntries(kept), ...made };
  const { sharedSeats: _old, ...rest } = arranged;
  return Object.keys(sharedSeats).length ? { ...rest, sharedSeats } : rest;
}

/** Element ids of the zones of one kind, e.g. every rostrum. */
export function zoneIds(project: Project, kind: ZoneKind): string[] {
  return project.venue.elements.filter((e) => e.kind === kind).map((e) => e.id);
}
