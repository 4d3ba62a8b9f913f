// Protocol 8.2: after any change, exactly which seats and which cards changed, so only those are
// reprinted.
import type { Project } from '../model/schema';
import { deriveSeats, type Zone } from '../layout/seats';
import { placementCode } from '../print/card-list';
import { seatCode } from '../i18n/place-names';

export interface SeatChange {
  seatId: string;
  zone: Zone;
  /** e.g. 主席台 1排 3座 */
  place: string;
  /** The same in English: Rostrum row 1 seat 3. */
  placeEn: string;
  before: string | null;
  after: string | null;
}

export interface SeatingDiff {
  seats: SeatChange[];
  /** Seats with a card (rostrum and tables, 6.1) whose printed name changes. */
  cards: SeatChange[];
}

function seatedNames(project: Project): (seatId: string) => string | null {
  const names = new Map(project.people.map((p) => [p.id, p.name]));
  return (seatId) => names.get(project.assignment[seatId] ?? '') ?? null;
}

export function diffSeating(before: Project, after: Project): SeatingDiff {
  const nameBefore = seatedNames(before);
  const nameAfter = seatedNames(after);
  const seats: SeatChange[] = deriveSeats(after.venue)
    .filter((seat) => before.assignment[seat.id] !== after.assignment[seat.id] || nameBefore(seat.id) !== nameAfter(seat.id))
    .map((seat) => ({ seatId: seat.id, zone: seat.zone, place: placementCode(seat), placeEn: seatCode(seat, 'en'), before: nameBefore(seat.id), after: nameAfter(seat.id) }));
  const cards = seats.filter((change) => change.zone !== 'hall' && change.before !== change.after);
  return { seats, cards };
}
