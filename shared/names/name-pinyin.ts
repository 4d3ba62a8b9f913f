// A name's pinyin for finding people: read once per name (pinyin is the costly part; 10,000 names
// take a few hundred ms the first time), then every keystroke is a plain string comparison.
// Surname readings for the first character: 曾 zēng (not céng), 单 shàn, 仇 qiú.
import { pinyin } from 'pinyin-pro';

export interface NamePinyin {
  /** 刘杰波 → ljb */
  readonly initials: string;
  /** 刘杰波 → liujiebo */
  readonly spelled: string;
}

const cache = new Map<string, NamePinyin>();

export function namePinyin(name: string): NamePinyin {
  const key = name.replace(/[\s\u3000·•]+/g, '');
  let reading = cache.get(key);
  if (!reading) {
    const syllables = (pinyin(key, { toneType: 'none', type: 'array', surname: 'head' }) as string[]).map((s) => s.toLowerCase().replace(/[^a-z]/g, '')).filter(Boolean);
    reading = { initials: syllables.map((s) => s[0]).join(''), spelled: syllables.join('') };
    cache.set(key, reading);
  }
  return reading;
}

/** Latin letters only (spaces ignored), lower case: the query is meant as pinyin. */
export const pinyinQuery = (query: string): string | null => {
  const q = query.trim().toLowerCase().replace(/\s+/g, '');
  return /^[a-z]+$/.test(q) ? q : null;
};

/** A pinyin query (from pinyinQuery) matches the start of the initials (ljb) or of the whole spelling (liu, liujie). */
export function matchesPinyin(name: string, q: string): boolean {
  const { initials, spelled } = namePinyin(name);
  return initials.startsWith(q) || spelled.startsWith(q);
}

/** The query is all of the name's initials or all of its spelling: the best kind of match. */
export function equalsPinyin(name: string, q: string): boolean {
  const { initials, spelled } = namePinyin(name);
  return initials === q || spelled === q;
}
