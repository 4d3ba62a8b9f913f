// Ordering keys (protocol 3). The skeleton knows rank and roster order; 姓氏笔画, pinyin and unit
// order join here as further comparators.
import type { Person } from '../model/schema';

export type PersonComparator = (a: Person, b: Person) => number;

/** Rank ascending (1 is the highest; people without a rank come last), then roster order. */
export const byRank: PersonComparator = (a, b) => {
  const rankA = a.rank ?? Number.POSITIVE_INFINITY;
  const rankB = b.rank ?? Number.POSITIVE_INFINITY;
  if (rankA !== rankB) return rankA < rankB ? -1 : 1;
  return a.rosterIndex - b.rosterIndex;
};

export function sortPeople(people: readonly Person[], comparator: PersonComparator = byRank): Person[] {
  return [...people].sort(comparator);
}
