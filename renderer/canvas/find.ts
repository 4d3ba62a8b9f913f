// Find a person by name, by pinyin initials (wjg → 王建国) or by unit; seated people first, so the
// first match is one the canvas can centre on.
import { pinyin } from 'pinyin-pro';
import type { Person } from '../../shared/model/schema';

const initialsCache = new Map<string, string>();

/** 王建国 → wjg; 单 read as the surname shàn (s), 曾 as zēng. */
export function pinyinInitials(name: string): string {
  let initials = initialsCache.get(name);
  if (initials === undefined) {
    initials = (pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' }) as string[]).join('').toLowerCase();
    initialsCache.set(name, initials);
  }
  return initials;
}

export function findPeople(people: readonly Person[], query: string, seatOf: (personId: string) => string | undefined): Person[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const latin = /^[a-z]+$/.test(q);
  const matches = people.filter((p) => p.name.includes(q) || (latin && pinyinInitials(p.name).startsWith(q)) || (p.unit && p.unit.toLowerCase().includes(q)));
  // Exact name or initials first, then seated before unseated; otherwise roster order.
  const score = (p: Person) => (p.name === q || (latin && pinyinInitials(p.name) === q) ? 0 : 2) + (seatOf(p.id) ? 0 : 1);
  return matches.map((p, i) => ({ p, i, s: score(p) })).sort((a, b) => a.s - b.s || a.i - b.i).map(({ p }) => p);
}
