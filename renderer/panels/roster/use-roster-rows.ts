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

const seatsCache = new WeakMap<object, Map<string, { seat: Seat; order: number }>>();

/** The room's seats by id, with their place in the drawing's order (rostrum first, then rows). */
export function seatsOf(venue: Venue): Map<string, { seat: Seat; order: number }> {
  let seats = seatsCache.get(venue);
  if (!seats) {
    seats = new Map(drawingFor(venue).seats.map(({ seat }, order) => [seat.id, { seat, order }]));
    seatsCache.set(venue, seats);
  }
  return seats;
}

export function useRosterRows(): { all: RosterRow[]; rows: RosterRow[] } {
  const people = useZuoci((state) => state.meeting.people);
  const groups = useZuoci((state) => state.meeting.groups);
  const session = useZuoci((state) => findSession(state.meeting, state.sessionId));
  const attending = useZuoci((state) => state.project.people);
  const venue = useZuoci((state) => state.project.venue);
  const filters = useRosterView((state) => state.filters);
  const sort = useRosterView((state) => state.sort);
  const namesakes = useMemo(() => findNamesakes(people), [people]);
  useEffect(() => warmPinyin(people), [people]);
  const all = useMemo(
    () => buildRows({ meeting: { people, groups }, session, attending, seats: seatsOf(venue), namesakes }),
    [people, groups, session, attending, venue, namesakes],
  );
  const rows = useMemo(() => sortRows(filterRows(all, filters), sort), [all, filters, sort]);
  return { all, rows };
}
