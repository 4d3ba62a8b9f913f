// A fan hall's rows are centred on its widest row, and their seats take that row's columns. When
// the block itself widens or narrows (a listed row wider than the block, or seatsPerRow typed),
// every row moves to the new centre: its seats change columns, so their people, locks and
// overrides move with them — each keeps its place counted from the centre line.
import { elementOfSeat } from './ids';
import type { HallElement, Project } from './schema';

const seatKey = /^(.*):(\d+)-(\d+)$/;

/** old seat id → new seat id for a hall going from `before` to `after`; null when no seat moves. */
export function hallSeatMoves(before: HallElement, after: HallElement): ((seatId: string) => string) | null {
  const centred = before.rowSeats !== undefined || after.rowSeats !== undefined;
  if (!centred || before.seatsPerRow === after.seatsPerRow) return null;
  const shift = (row: number) => {
    const count = Math.min(before.seatsPerRow, before.rowSeats?.[row - 1] ?? before.seatsPerRow);
    return Math.floor((after.seatsPerRow - count) / 2) - Math.floor((before.seatsPerRow - count) / 2);
  };
  return (seatId) => {
    const match = seatKey.exec(seatId);
    if (!match || match[1] !== before.id) return seatId;
    const row = Number(match[2]);
    return `${before.id}:${row}-${Number(match[3]) + shift(row)}`;
  };
}

/** The plan with one hall's seat references (assignment, locks, overrides) moved by `move`. */
export function withMovedSeats(project: Project, hallId: string, move: (seatId: string) => string): Project {
  const moved = (seatId: string) => (elementOfSeat(seatId) === hallId ? move(seatId) : seatId);
  return {
    ...project,
    assignment: Object.fromEntries(Object.entries(project.assignment).map(([seat, person]) => [moved(seat), person])),
    locks: project.locks.map(moved),
    venue: { ...project.venue, seatOverrides: Object.fromEntries(Object.entries(project.venue.seatOverrides).map(([seat, o]) => [moved(seat), o])) },
  };
}
