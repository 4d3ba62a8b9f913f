// 会见 (9.2) at a sofa arrangement: the host and the chief guest on the two head sofas facing the
// door, the guest on the host's right; the other guests along the side on the chief guest's side
// (the head's right arm), the other hosts along the other, nearest the chiefs first.
import type { Seat } from '../layout/seats';
import { dot, rightOf } from '../layout/tables';

export interface ReceptionOrder {
  host: Seat[];
  guest: Seat[];
}

const part = (seats: readonly Seat[], name: string) => seats.filter((s) => s.table!.part === name).sort((a, b) => a.table!.index - b.table!.index);

export function receptionSeatOrder(seats: readonly Seat[]): ReceptionOrder {
  const head = part(seats, 'head');
  const right = head[0] ? rightOf(head[0].table!.facing) : { x: 1, y: 0 };
  // Along the head, from the host's right hand to his left: the chief guest's sofa first.
  const byRight = [...head].sort((a, b) => dot(b, right) - dot(a, right));
  const guestHead = byRight.length > 1 ? byRight.slice(0, Math.floor(byRight.length / 2)) : [];
  const hostHead = byRight.slice(guestHead.length);
  // Nearest the chiefs first: the chief guest's neighbour, then outwards.
  return { host: [...hostHead, ...part(seats, 'left-arm')], guest: [...guestHead.reverse(), ...part(seats, 'right-arm')] };
}
