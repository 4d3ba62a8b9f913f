// Find a person by name, by pinyin (initials wjg or the spelling wangjianguo, from their start) or
// by unit; seated people first, so the first match is one the canvas can centre on.
import { equalsPinyin, matchesPinyin, namePinyin, pinyinQuery } from '../../shared/names/name-pinyin';
import type { Person } from '../../shared/model/schema';

/** 王建国 → wjg; 单 read as the surname shàn (s), 曾 as zēng. */
export const pinyinInitials = (name: string): string => namePinyin(name).initials;

export function findPeople(people: readonly Person[], query: string, seatOf: (personId: string) => string | undefined): Person[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const latin = pinyinQuery(q);
  const matches = people.filter((p) => p.name.includes(q) || (latin !== null && matchesPinyin(p.name, latin)) || (p.unit && p.unit.toLowerCase().includes(q)));
  // Exact name, initials or spelling first, then seated before unseated; otherwise roster order.
  const score = (p: Person) => (p.name === q || (latin !== null && equalsPinyin(p.name, latin)) ? 0 : 2) + (seatOf(p.id) ? 0 : 1);
  return matches.map((p, i) => ({ p, i, s: score(p) })).sort((a, b) => a.s - b.s || a.i - b.i).map(({ p }) => p);
}
