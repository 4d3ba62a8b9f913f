// 会见 (9.2) and 签字仪式 (9.3): who stands or sits where, in order, each place explained. Places are
// described as the people there see them (facing the door) and numbered from the A-view left as
// staff see the room from the door.
import type { Ordering, Person } from '../model/schema';
import { both, type Bilingual } from '../i18n/text';
import { GUEST_SIDE, HOST_SIDE } from './banquet';
import { chineseNumber, ordinal } from './numbers';
import { comparatorFor, sortPeople } from './order';

export interface CeremonyPlace {
  side: 'host' | 'guest';
  person: Person;
  /** Where, in one sentence (8.3). */
  place: Bilingual;
}

function sides(people: readonly Person[], ordering: Ordering): { hosts: Person[]; guests: Person[] } {
  const present = people.filter((p) => !p.absent);
  const byRank = comparatorFor('rank', ordering);
  return {
    hosts: sortPeople(present.filter((p) => HOST_SIDE.includes(p.category)), byRank),
    guests: sortPeople(present.filter((p) => GUEST_SIDE.includes(p.category)), byRank),
  };
}

/**
 * 9.2 会见: the host and the chief guest side by side facing the door, the guest on the host's
 * right; the rest of each side along the walls in rank order, nearest the chiefs first — the
 * guests along the wall on the chief guest's side, the hosts along the other.
 */
export function receptionPlan(people: readonly Person[], ordering: Ordering): CeremonyPlace[] {
  const { hosts, guests } = sides(people, ordering);
  const along = (list: Person[], side: 'host' | 'guest'): CeremonyPlace[] => list.map((person, i) => {
    if (i === 0) {
      return side === 'guest'
        ? { side, person, place: both('主宾位：面向正门，在主人右侧', 'chief guest: facing the door, on the host’s right') }
        : { side, person, place: both('主人位：面向正门，主宾在其右侧', 'host: facing the door, the chief guest on his right') };
    }
    const wall = side === 'guest' ? both('主宾一侧（主人右侧）沿墙', 'along the wall on the chief guest’s side (the host’s right)') : both('主人一侧（主人左侧）沿墙', 'along the wall on the host’s side (his left)');
    return { side, person, place: both(`${wall.zh}第${chineseNumber(i)}位（离主位近者为先）`, `${ordinal(i)} ${wall.en} (nearest the chiefs first)`) };
  });
  return [...along(guests, 'guest'), ...along(hosts, 'host')];
}

/** Offsets from the centre of a line, centre-out: 0, right, left, right 2, left 2… (as they stand). */
const centreOut = (i: number) => (i === 0 ? 0 : i % 2 === 1 ? (i + 1) / 2 : -i / 2);

/**
 * 9.3 签字仪式: the signing table faces the door; the guest signatory on the right, the host on the
 * left (as they sit); the others stand behind their own signatory in rank order, centre-out.
 */
export function signingPlan(people: readonly Person[], ordering: Ordering): CeremonyPlace[] {
  const { hosts, guests } = sides(people, ordering);
  const side = (list: Person[], which: 'host' | 'guest'): CeremonyPlace[] => list.map((person, i) => {
    const signer = which === 'guest' ? both('客方签字人', 'guest signatory') : both('主方签字人', 'host signatory');
    if (i === 0) {
      return { side: which, person, place: which === 'guest' ? both('客方签字人：签字桌右侧（面向正门）', 'guest signatory: right at the signing table (facing the door)') : both('主方签字人：签字桌左侧（面向正门）', 'host signatory: left at the signing table (facing the door)') };
    }
    const offset = centreOut(i - 1);
    const where = offset === 0
      ? both(`${signer.zh}正后方`, `directly behind the ${signer.en}`)
      : both(`${signer.zh}身后${offset > 0 ? '右' : '左'}侧第${chineseNumber(Math.abs(offset))}位`, `behind the ${signer.en}, ${ordinal(Math.abs(offset))} to the ${offset > 0 ? 'right' : 'left'}`);
    return { side: which, person, place: both(`${where.zh}（站立，按排序从中间向两边）`, `${where.en} (standing, by rank from the centre outward)`) };
  });
  return [...side(guests, 'guest'), ...side(hosts, 'host')];
}
