// Reserving a seat (预留给 媒体) where someone already sits does not move them: the plan keeps its
// people until the zone is arranged again (then the reservation holds, unless the seat is locked).
// Who sits on the newly reserved seats is named to the user, so the reservation is no surprise.
import { deriveSeats, type Seat } from '../layout/seats';
import type { Person, Project } from './schema';

/** The people sitting on these seats whose category is not the seats' reservation, in seat order. */
export function occupantsAgainstReservation(project: Project, seatIds: readonly string[]): { seat: Seat; person: Person }[] {
  const wanted = new Set(seatIds);
  const people = new Map(project.people.map((p) => [p.id, p]));
  const found: { seat: Seat; person: Person }[] = [];
  for (const seat of deriveSeats(project.venue)) {
    if (!wanted.has(seat.id) || !seat.reserved) continue;
    const person = people.get(project.assignment[seat.id] ?? '');
    if (person && (person.category || '出席') !== seat.reserved) found.push({ seat, person });
  }
  return found;
}
