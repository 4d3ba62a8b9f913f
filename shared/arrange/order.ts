// Ordering keys (protocol 3): rank with its tie-breakers, 姓氏笔画, pinyin, unit order, roster.
import { pinyin } from 'pinyin-pro';
import { DEFAULT_ORDERING, type Ordering, type Person } from '../model/schema';
import { characterStrokes } from '../names/strokes';

export type PersonComparator = (a: Person, b: Person) => number;
export type OrderKey = 'rank' | 'strokes' | 'pinyin' | 'unit' | 'roster';
export type SingleGivenName = Ordering['singleGivenName'];
type OrderingContext = Ordering;

const HAN = /\p{Script=Han}/u;
const BLANK = '\u0000';
const compareNumbers = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);
const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const byRoster: PersonComparator = (a, b) => a.rosterIndex - b.rosterIndex;

const byRankOnly: PersonComparator = (a, b) => compareNumbers(a.rank ?? Number.POSITIVE_INFINITY, b.rank ?? Number.POSITIVE_INFINITY);

/** The characters compared for 姓氏笔画: a two-character name gets a blank given-name slot first. */
function strokeCharacters(name: string, rule: SingleGivenName): string[] {
  const characters = [...name].filter((ch) => ch !== '·' && ch !== ' ');
  if (rule === 'blank-first' && characters.length === 2 && characters.every((ch) => HAN.test(ch))) {
    return [characters[0]!, BLANK, characters[1]!];
  }
  return characters;
}

/**
 * A string that sorts like the character: the blank first, then Han characters by stroke count and
 * 横竖撇点折 order, then characters without stroke data, then anything else (Latin) by code point.
 * Keys of equal stroke counts have equal lengths, so whole names compare as concatenated keys.
 */
function characterKey(ch: string): string {
  if (ch === BLANK) return '0';
  const codePoint = ch.codePointAt(0)!.toString(16).padStart(6, '0');
  if (!HAN.test(ch)) return `3${codePoint}`;
  const strokes = characterStrokes(ch);
  return strokes ? `1${String(strokes.count).padStart(2, '0')}${strokes.sequence}` : `2${codePoint}`;
}

const strokeKeyCache = new Map<string, string>();

/** The 姓氏笔画 sort key of a name (3.3); cached, since sorting compares each name many times. */
export function strokeSortKey(name: string, rule: SingleGivenName = 'blank-first'): string {
  const cacheKey = `${rule}\u0000${name}`;
  let key = strokeKeyCache.get(cacheKey);
  if (key === undefined) {
    key = strokeCharacters(name, rule).map(characterKey).join('');
    strokeKeyCache.set(cacheKey, key);
  }
  return key;
}

export function compareNamesByStrokes(a: string, b: string, rule: SingleGivenName = 'blank-first'): number {
  return compareStrings(strokeSortKey(a, rule), strokeSortKey(b, rule));
}

const pinyinCache = new Map<string, string>();
function pinyinKey(name: string): string {
  let key = pinyinCache.get(name);
  if (key === undefined) {
    // Surname readings (单 shàn, 曾 zēng, 仇 qiú); tones as digits so 妈 ‹ 麻 ‹ 马 ‹ 骂.
    key = (pinyin(name, { surname: 'head', toneType: 'num', type: 'array' }) as string[]).join(' ');
    pinyinCache.set(name, key);
  }
  return key;
}

/** Two names in pinyin order, the first character read as a surname (曾 zēng, 单 shàn). */
export const comparePinyinNames = (a: string, b: string): number => compareStrings(pinyinKey(a), pinyinKey(b)) || compareStrings(a, b);

function unitIndex(context: OrderingContext): (unit: string) => number {
  const index = new Map(context.unitOrder.map((unit, i) => [unit, i]));
  return (unit) => index.get(unit) ?? Number.POSITIVE_INFINITY;
}

/**
 * Units from most to least senior (2.3): the user's list first, then the other units in the order
 * of each unit's highest-ranked member.
 */
export function unitSequence(people: readonly Person[], context: OrderingContext = DEFAULT_ORDERING): string[] {
  const listed = context.unitOrder.filter((unit) => people.some((person) => person.unit === unit));
  const seen = new Set(listed);
  const rest: string[] = [];
  for (const person of sortPeople(people, comparatorFor('rank', context))) {
    if (!seen.has(person.unit)) rest.push(person.unit);
    seen.add(person.unit);
  }
  return [...listed, ...rest];
}

/**
 * The comparator for an order key; every one ends in roster order, so it is total. `people` is the
 * group being ordered: the 'unit' key ranks units off the user's list by their best member.
 */
export function comparatorFor(key: OrderKey, context: OrderingContext = DEFAULT_ORDERING, people: readonly Person[] = []): PersonComparator {
  const unitRank = unitIndex(context);
  const byUnitList: PersonComparator = (a, b) => compareNumbers(unitRank(a.unit), unitRank(b.unit));
  // Keys looked up by person object: far cheaper than by name inside a 10,000-person sort.
  const strokeKeys = new Map<Person, string>();
  const strokeKeyOf = (person: Person) => {
    let key = strokeKeys.get(person);
    if (key === undefined) strokeKeys.set(person, (key = strokeSortKey(person.name, context.singleGivenName)));
    return key;
  };
  const byStrokes: PersonComparator = (a, b) => compareStrings(strokeKeyOf(a), strokeKeyOf(b));
  switch (key) {
    case 'rank': // 3.1: rank, then the unit list, then 姓氏笔画, then the roster
      return (a, b) => byRankOnly(a, b) || byUnitList(a, b) || byStrokes(a, b) || byRoster(a, b);
    case 'strokes':
      return (a, b) => byStrokes(a, b) || byRoster(a, b);
    case 'pinyin':
      return (a, b) => compareStrings(pinyinKey(a.name), pinyinKey(b.name)) || byRoster(a, b);
    case 'unit': {
      const units = new Map(unitSequence(people, context).map((unit, i) => [unit, i]));
      const byUnitSequence: PersonComparator = (a, b) =>
        compareNumbers(units.get(a.unit) ?? unitRank(a.unit), units.get(b.unit) ?? unitRank(b.unit));
      return (a, b) => byUnitSequence(a, b) || comparatorFor('rank', context)(a, b);
    }
    case 'roster':
      return byRoster;
  }
}

/** Rank order with the default tie-breakers. */
export const byRank: PersonComparator = comparatorFor('rank');

export function sortPeople(people: readonly Person[], comparator: PersonComparator = byRank): Person[] {
  return [...people].sort(comparator);
}
