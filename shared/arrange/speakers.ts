// 1.7: speakers (发言人) wait in the hall's front row at the end nearest the speaker's desk, in
// speaking order (agenda item, then roster order), so each can walk up in turn.
import type { Person } from '../model/schema';
import type { Seat } from '../layout/seats';
import { agendaNumber } from './categories';
import { byRoster } from './order';

export interface SpeakerSeats {
  placed: { seat: Seat; person: Person }[];
  overflow: Person[];
  others: Person[];
  otherSeats: Seat[];
}

export function takeSpeakerSeats(seats: readonly Seat[], people: readonly Person[], side: 'left' | 'right'): SpeakerSeats {
  const speakers = people.filter((p) => p.role === '发言人' && !p.absent).sort((a, b) => agendaNumber(a) - agendaNumber(b) || byRoster(a, b));
  const frontRow = seats.filter((seat) => seat.row === 1).sort((a, b) => (side === 'left' ? a.col - b.col : b.col - a.col));
  const waiting = frontRow.slice(0, speakers.length);
  const placed = waiting.map((seat, i) => ({ seat, person: speakers[i]! }));
  const taken = new Set(waiting.map((seat) => seat.id));
  const speaking = new Set(speakers.map((p) => p.id));
  return {
    placed,
    overflow: speakers.slice(waiting.length),
    others: people.filter((p) => !speaking.has(p.id)),
    otherSeats: seats.filter((seat) => !taken.has(seat.id)),
  };
}
