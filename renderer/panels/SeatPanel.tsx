// The seats picked on the canvas: who sits there and why, and the hand controls a leader's
// instruction needs (锁定 so auto-arrange leaves it, 解锁, 清空).
import { explainPlacementIn } from '../../shared/arrange/explain';
import { runAction } from '../actions/run';
import { clearSeatsAction, lockSeatsAction, unlockSeatsAction } from '../actions/seat-actions';
import { centreOnSeat } from '../canvas/view-commands';
import { drawingFor } from '../canvas/room-cache';
import { seatCode } from '../../shared/i18n/place-names';
import { useMessages } from '../i18n/useMessages';
import { pickText, useLanguage } from '../i18n/shared-text';
import { useZuoci } from '../store/store';

export function SeatPanel() {
  const messages = useMessages();
  const language = useLanguage();
  const project = useZuoci((state) => state.project);
  const selectedIds = useZuoci((state) => state.selectedSeatIds);
  if (selectedIds.length === 0) return null;
  const chosen = new Set(selectedIds);
  // The canvas's cached seats: a click on a seat does not derive all 10,000 again.
  const seats = drawingFor(project.venue).seats.filter((s) => chosen.has(s.seat.id)).map((s) => s.seat);
  const people = new Map(project.people.map((p) => [p.id, p]));
  const allLocked = seats.every((seat) => project.locks.includes(seat.id));
  return (
    <section className="seat-panel" aria-label={messages.selectedSeats}>
      <h2>{messages.selectedSeats} <small>{seats.length}</small></h2>
      <ul>
        {seats.slice(0, 8).map((seat) => {
          const person = people.get(project.assignment[seat.id] ?? '');
          return (
            <li key={seat.id} data-seat={seat.id} onClick={() => centreOnSeat(seat.id)}>
              <strong>{seatCode(seat, language)}</strong>{messages.colon}{person ? person.name : messages.emptySeat}
              {project.locks.includes(seat.id) && <span className="lock-mark">{messages.lockedMark}</span>}
              {person && seats.length === 1 && <p className="explanation">{pickText(explainPlacementIn(project, seat, person), language)}</p>}
            </li>
          );
        })}
      </ul>
      <div className="seat-actions">
        <button type="button" data-action="lockSeats" onClick={() => void runAction(allLocked ? unlockSeatsAction : lockSeatsAction)}>
          {allLocked ? messages.unlock : messages.lock}
        </button>
        <button type="button" data-action="clearSeats" onClick={() => void runAction(clearSeatsAction)}>{messages.clearSeat}</button>
      </div>
      <p className="hint">{messages.dragHint}</p>
    </section>
  );
}
