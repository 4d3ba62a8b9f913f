// 会见 (9.2) at a sofa arrangement: the host and the chief guest on the two head sofas facing the
// door, the guest on the host's right; the other guests along the side on the chief guest's side
// (the head's right arm), the other hosts along the other, nearest the chiefs first.
import type { Seat } from '../layout/seats';
import { dot, rightOf } from '../layout/tables';
import { both, type Bilingual } from '../i18n/text';
import { chineseNumber, ordinal } from './numbers';

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

/** 8.3: where a 会见 seat is, in the words of 9.2. */
export function receptionSeatText(seats: readonly Seat[], seat: Seat): Bilingual {
  const order = receptionSeatOrder(seats);
  if (order.guest[0]?.id === seat.id) return both('会见：主宾位，面向正门，在主人右侧', 'reception: chief guest, facing the door, on the host’s right');
  if (order.host[0]?.id === seat.id) return both('会见：主人位，面向正门，主宾在其右侧', 'reception: host, facing the door, the chief guest on his right');
  const guestSide = order.guest.findIndex((s) => s.id === seat.id);
  const i = guestSide >= 0 ? guestSide : order.host.findIndex((s) => s.id === seat.id);
  const wall = guestSide >= 0 ? both('主宾一侧（主人右侧）', 'on the chief guest’s side (the host’s right)') : both('主人一侧（主人左侧）', 'on the host’s side (his left)');
  return both(`会见：${wall.zh}第${chineseNumber(i)}位（离主位近者为先）`, `reception: ${ordinal(i)} ${wall.en} (nearest the chiefs first)`);
}
