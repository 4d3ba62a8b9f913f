// The first search by pinyin (wjg, wangjianguo) reads every name's pinyin: about 350 ms for 10,000
// names here. Reading them in small slices while the app is idle makes that first search as quick
// as the next ones.
import { namePinyin } from '../../../shared/names/name-pinyin';
import { searchName } from './rows';

const SLICE = 250;
let pending: readonly { name: string }[] = [];
let scheduled = false;

const later = (work: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 2000 }) : setTimeout(work, 50));

function step(): void {
  scheduled = false;
  const slice = pending.slice(0, SLICE);
  pending = pending.slice(SLICE);
  for (const person of slice) namePinyin(searchName(person.name));
  if (pending.length) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  later(step);
}

/** Read these people's pinyin initials in the background (a newer roster replaces an older one's turn). */
export function warmPinyin(people: readonly { name: string }[]): void {
  pending = people;
  schedule();
}
