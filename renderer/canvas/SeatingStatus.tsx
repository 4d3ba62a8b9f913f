// Hand seating's status bar at the canvas's bottom-left: how many people still need a seat and how
// many seats are empty in this session, always in view; the toggle that tints the empty seats and
// lists the unseated people (drag a name onto a seat; click it to find the row in the roster); and
// the user's setting 手动放置时锁定座位. The counts follow the assignment, never a walk of the drawing.
import { useEffect, useMemo, useRef } from 'react';
import { seatingCounts, unseatedPeople } from '../../shared/model/hand-seating';
import { runAction } from '../actions/run';
import { showSeatingGapsAction } from '../actions/seat-actions';
import { useMessages } from '../i18n/useMessages';
import { PERSON_DRAG_TYPE, personDragData } from '../panels/drag';
import { useZuoci } from '../store/store';
import { requestRosterFocus, useHandSeating } from './hand-seating-store';
import { drawingFor } from './room-cache';
import type { Venue } from '../../shared/model/schema';

const LISTED = 60;

let lastUsable: { ids: readonly string[]; set: ReadonlySet<string> } | null = null;

/** The ids of the usable seats; the previous set when they are the same (a block moved or turned), so the counts are not redone. */
export function usableSeats(venue: Venue): ReadonlySet<string> {
  const ids = drawingFor(venue).seats.filter((s) => !s.seat.disabled).map((s) => s.seat.id);
  if (lastUsable && lastUsable.ids.length === ids.length && lastUsable.ids.every((id, i) => id === ids[i])) return lastUsable.set;
  lastUsable = { ids, set: new Set(ids) };
  return lastUsable.set;
}

export function SeatingStatus() {
  const messages = useMessages();
  const t = messages.handSeating;
  const people = useZuoci((state) => state.project.people);
  const assignment = useZuoci((state) => state.project.assignment);
  const venue = useZuoci((state) => state.project.venue);
  const showGaps = useHandSeating((state) => state.showGaps);
  const lockOnDrop = useHandSeating((state) => state.lockOnDrop);
  // Once per room: the usable seats (the drawing is cached per venue; a moved block keeps them).
  const usable = useMemo(() => usableSeats(venue), [venue]);
  const counts = useMemo(() => seatingCounts({ people, assignment }, usable), [people, assignment, usable]);
  // The canvas zooms on the wheel (a native listener on its container): the list scrolls instead.
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = list.current;
    if (!element) return;
    const keep = (event: WheelEvent) => event.stopPropagation();
    element.addEventListener('wheel', keep, { passive: true });
    return () => element.removeEventListener('wheel', keep);
  }, [showGaps]);
  const waiting = useMemo(() => (showGaps ? unseatedPeople({ people, assignment }) : []), [showGaps, people, assignment]);
  return (
    <>
      {showGaps && (
        <div ref={list} className="unseated-list" data-testid="unseated-list">
          <h3>{t.unseatedTitle}</h3>
          {waiting.length === 0 ? <p className="empty">{t.nobodyUnseated}</p> : (
            <ul>
              {waiting.slice(0, LISTED).map((person) => (
                <li
                  key={person.id} data-person={person.name} draggable title={person.unit}
                  onDragStart={(event) => event.dataTransfer.setData(PERSON_DRAG_TYPE, personDragData([person.id]))}
                  onClick={() => requestRosterFocus(person.id, person.name)}
                >
                  {person.name}{person.unit && <small>{person.unit}</small>}
                </li>
              ))}
            </ul>
          )}
          {waiting.length > LISTED && <p className="empty">{t.more(waiting.length - LISTED)}</p>}
        </div>
      )}
      <div className="seating-status" data-testid="seating-status">
        <span data-count="unseated" className={counts.unseated ? 'is-warning' : undefined}>{t.unseated(counts.unseated)}</span>
        <span data-count="empty-seats">{t.emptySeats(counts.emptySeats)}</span>
        <button type="button" data-action="showSeatingGaps" aria-pressed={showGaps} className={showGaps ? 'is-on' : undefined} onClick={() => void runAction(showSeatingGapsAction)}>
          {showGaps ? t.hideGaps : t.showGaps}
        </button>
        <label title={t.lockOnDropHint}>
          <input type="checkbox" data-control="lockOnDrop" checked={lockOnDrop} onChange={(e) => useHandSeating.getState().setLockOnDrop(e.target.checked)} />
          {t.lockOnDrop}
        </label>
      </div>
    </>
  );
}
