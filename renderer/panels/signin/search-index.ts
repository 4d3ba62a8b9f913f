// The sign-in desk's search: built once per roster (pinyin is the costly part), then every
// keystroke is a scan of plain strings. Matches a name (王建国), its initials (wjg), its full pinyin
// (wangjianguo) or, for Chinese text, the unit.
import { namePinyin } from '../../../shared/names/name-pinyin';

export interface Searchable {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
}

export interface SearchIndex {
  ids: string[];
  names: string[];
  initials: string[];
  spelled: string[];
  units: string[];
}

/** 王建国 → ['wjg', 'wangjianguo']; 单 read as the surname shàn, 曾 as zēng (the roster's and the canvas's reading). */
function pinyinOf(name: string): [string, string] {
  const { initials, spelled } = namePinyin(name);
  return [initials, spelled];
}

const cache = new WeakMap<readonly Searchable[], SearchIndex>();

/** The index of a roster; the same array (rosters are immutable) gives the same index. */
export function searchIndexOf(people: readonly Searchable[]): SearchIndex {
  let index = cache.get(people);
  if (index) return index;
  index = { ids: [], names: [], initials: [], spelled: [], units: [] };
  for (const person of people) {
    const [initials, spelled] = pinyinOf(person.name);
    index.ids.push(person.id);
    index.names.push(person.name);
    index.initials.push(initials);
    index.spelled.push(spelled);
    index.units.push(person.unit);
  }
  cache.set(people, index);
  return index;
}

/**
 * Ids of the matches, best first: the exact name or initials, then names (or pinyin) that start
 * with the query, then names containing it, then people of a unit containing it; roster order
 * within each. At most `limit`.
 */
export function searchPeople(index: SearchIndex, query: string, limit = 50): string[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, '');
  if (!q) return [];
  const latin = /^[a-z]+$/.test(q);
  const tiers: string[][] = [[], [], [], []];
  const { ids, names, initials, spelled, units } = index;
  for (let i = 0; i < ids.length; i++) {
    let tier = -1;
    if (latin) {
      const ini = initials[i]!;
      if (ini === q || spelled[i] === q) tier = 0;
      else if (ini.startsWith(q) || spelled[i]!.startsWith(q)) tier = 1;
    } else {
      const name = names[i]!;
      if (name === q) tier = 0;
      else if (name.startsWith(q)) tier = 1;
      else if (name.includes(q)) tier = 2;
      else if (units[i]!.includes(q)) tier = 3;
    }
    if (tier >= 0) tiers[tier]!.push(ids[i]!);
  }
  return tiers.flat().slice(0, limit);
}
