// The rows the roster table shows, derived once per change of what they depend on: the roster,
// the groups, the open session (statuses, seats) and the filters and sort.
import { useEffect, useMemo } from 'react';
import { findSession } from '../../../shared/model/plan';
import type { Venue } from '../../../shared/model/schema';
import type { Seat } from '../../../shared/layout/seats';
import { findNamesakes } from '../../../shared/roster/namesakes';
import { drawingFor } from '../../canvas/room-cache';
import { useZuoci } from '../../store/store';
import { warmPinyin } from './pinyin-warmup';
import { buildRows, filterRows, sortRows, type RosterRow } from './rows';
import { useRosterView } from './roster-view';

type SeatMap = Map<string, { seat: Seat; order: number }>;
const seatsCache = new WeakMap<object, SeatMap>();
/** The last room's seats, and the map made from them. */
let last: { drawn: readonly { seat: Seat }[]; map: SeatMap } | null = null;

/** Seats that read the same in the table: same ids in the same order, with the same names and numbers. */
const sameReading = (a: readonly { seat: Seat }[], b: readonly { seat: Seat }[]) =>
  a.length === b.length && a.every(({ seat }, i) => {
    const other = b[i]!.seat;
    return seat.id === other.id && seat.label === other.label && seat.row === other.row && seat.rowNumber === other.rowNumber && seat.zone === other.zone && seat.zoneName === other.zoneName;
  });

/**
 * The room's seats by id, with their place in the drawing's order (rostrum first, then rows). A
 * room edit that leaves every seat's name and order (a block moved or turned in layout mode) gives
 * the previous map back, so the table's rows are not rebuilt; its seats' positions may be the old
 * ones — read positions from the drawing (freshSeat), not from here.
 */
export function seatsOf(venue: Venue): SeatMap {
  let seats = seatsCache.get(venue);
  if (!seats) {
    const drawn = drawingFor(venue).seats;
    seats = last && sameReading(last.drawn, drawn) ? last.map : new Map(drawn.map(({ seat }, order) => [seat.id, { seat, order }]));
    last = { drawn, map: seats };
    seatsCache.set(venue, seats);
  }
  return seats;
}

const freshCache = new WeakMap<object, Map<string, Seat>>();
/** The seat as the room is now (its position too), for explanations that measure. */
export function freshSeat(venue: Venue, seatId: string): Seat | undefined {
  let byId = freshCache.get(venue);
  if (!byId) freshCache.set(venue, (byId = new Map(drawingFor(venue).seats.map(({ seat }) => [seat.id, seat]))));
  return byId.get(seatId);
}

export function useRosterRows(): { all: RosterRow[]; rows: RosterRow[] } {
  const people = useZuoci((state) => state.meeting.people);
  const groups = useZuoci((state) => state.meeting.groups);
  const assignment = useZuoci((state) => findSession(state.meeting, state.sessionId).assignment);
  const statuses = useZuoci((state) => findSession(state.meeting, state.sessionId).statuses);
  const attending = useZuoci((state) => state.project.people);
  const venue = useZuoci((state) => state.project.venue);
  const filters = useRosterView((state) => state.filters);
  const sort = useRosterView((state) => state.sort);
  const namesakes = useMemo(() => findNamesakes(people), [people]);
  const seats = useMemo(() => seatsOf(venue), [venue]);
  useEffect(() => warmPinyin(people), [people]);
  const all = useMemo(
    () => buildRows({ meeting: { people, groups }, session: { assignment, statuses }, attending, seats, namesakes }),
    [people, groups, assignment, statuses, attending, seats, namesakes],
  );
  const rows = useMemo(() => sortRows(filterRows(all, filters), sort), [all, filters, sort]);
  return { all, rows };
}
