// Protocol 8.2 for the staff who handle the cards: after a change, which cards must be printed anew
// (a new name on a seat) and which cards only move to another seat, with where from and where to,
// so they reprint only the new ones and carry the others ("张三 的座签 主席台 1排5座 → 1排4座").
import type { Project } from '../model/schema';
import { deriveSeats, type Seat, type Zone } from '../layout/seats';
import { seatCode } from '../i18n/place-names';
import { both, type Bilingual } from '../i18n/text';

export interface CardPlace {
  seatId: string;
  place: Bilingual;
}

export interface NewCard extends CardPlace {
  name: string;
}

export interface MovedCard {
  name: string;
  from: CardPlace;
  to: CardPlace;
}

export interface CardChanges {
  /** Print these: the person had no card in these zones, or their name changed. */
  anew: NewCard[];
  /** Carry these: the same card, another seat. */
  moved: MovedCard[];
  /** Take these away: the person no longer has a seat with a card. */
  removed: NewCard[];
}

const placeOf = (seat: Seat): CardPlace => ({ seatId: seat.id, place: both(seatCode(seat, 'zh-CN'), seatCode(seat, 'en')) });

/** personId → the card seat they hold, and the name on that card. */
function cardHolders(project: Project, zones: readonly Zone[]): Map<string, { seat: Seat; name: string }> {
  const seats = new Map(deriveSeats(project.venue).filter((s) => zones.includes(s.zone)).map((s) => [s.id, s]));
  const names = new Map(project.people.map((p) => [p.id, p.name]));
  const holders = new Map<string, { seat: Seat; name: string }>();
  for (const [seatId, personId] of Object.entries(project.assignment)) {
    const seat = seats.get(seatId);
    const name = names.get(personId);
    if (seat && name !== undefined) holders.set(personId, { seat, name });
  }
  return holders;
}

/** Cards go to the rostrum and the tables by default (6.1); seat order: as cards are laid out. */
export function cardChanges(before: Project, after: Project, zones: readonly Zone[] = ['rostrum', 'table']): CardChanges {
  const was = cardHolders(before, zones);
  const now = cardHolders(after, zones);
  const order = new Map(deriveSeats(after.venue).map((s, i) => [s.id, i]));
  const changes: CardChanges = { anew: [], moved: [], removed: [] };
  for (const [personId, { seat, name }] of now) {
    const old = was.get(personId);
    if (!old || old.name !== name) changes.anew.push({ name, ...placeOf(seat) });
    else if (old.seat.id !== seat.id) changes.moved.push({ name, from: placeOf(old.seat), to: placeOf(seat) });
  }
  for (const [personId, { seat, name }] of was) {
    const still = now.get(personId);
    if (!still || still.name !== name) changes.removed.push({ name, ...placeOf(seat) });
  }
  const at = (seatId: string) => order.get(seatId) ?? Infinity;
  changes.anew.sort((a, b) => at(a.seatId) - at(b.seatId));
  changes.moved.sort((a, b) => at(a.to.seatId) - at(b.to.seatId));
  changes.removed.sort((a, b) => at(a.seatId) - at(b.seatId));
  return changes;
}

/** One line per card for the notice and the checklist, in both languages. */
export function cardChangeLines(changes: CardChanges): { anew: Bilingual[]; moved: Bilingual[]; removed: Bilingual[] } {
  return {
    anew: changes.anew.map((c) => both(`${c.name}：新印，放 ${c.place.zh}`, `${c.name}: print a new card for ${c.place.en}`)),
    moved: changes.moved.map((c) => both(`${c.name} 的座签 ${c.from.place.zh} → ${c.to.place.zh}`, `${c.name}’s card ${c.from.place.en} → ${c.to.place.en}`)),
    removed: changes.removed.map((c) => both(`${c.name} 的座签从 ${c.place.zh} 撤下`, `${c.name}’s card: take it away from ${c.place.en}`)),
  };
}
