// 姓氏笔画 (protocol 3.3): stroke counts and stroke order from cnchar + cnchar-order, the closest
// open data to GF 0023-2020 on the npm registry. Characters it lacks are reported, never guessed.
import cnchar from 'cnchar';
import order from 'cnchar-order';

cnchar.use(order);

/**
 * 横 ‹ 竖 ‹ 撇 ‹ 点 ‹ 折, as digits so that stroke sequences compare as strings. GF 0023-2020 and
 * 汉字折笔规范 put 提 with 横, 竖钩 with 竖 and 捺 with 点; every other hook or bend is 折. A Map,
 * not an object literal, so a name such as "constructor" can never hit a prototype key.
 */
const STROKE_CLASS = new Map([['横', '1'], ['提', '1'], ['竖', '2'], ['竖钩', '2'], ['撇', '3'], ['点', '4'], ['捺', '4']]);
const FOLD = '5';

export interface CharacterStrokes {
  count: number;
  /** One digit per stroke: 1 横, 2 竖, 3 撇, 4 点, 5 折. */
  sequence: string;
}

const HAN = /\p{Script=Han}/u;
const cache = new Map<string, CharacterStrokes | null>();

/** cnchar names strokes like 横, 点2, 竖钩, 横折钩, 横撇|横钩; the other hooks and bends are 折. */
function strokeClass(name: string): string {
  const first = name.split('|')[0]!.replace(/\d+$/, '');
  return STROKE_CLASS.get(first) ?? FOLD;
}

/** Strokes of one Han character, or null when the data lacks it. */
export function characterStrokes(character: string): CharacterStrokes | null {
  if (cache.has(character)) return cache.get(character)!;
  let result: CharacterStrokes | null = null;
  if (HAN.test(character)) {
    const count = cnchar.stroke(character) as number;
    const names = (cnchar.stroke(character, 'order', 'name') as (string[] | null)[])[0];
    if (count > 0 && names && names.length === count) result = { count, sequence: names.map(strokeClass).join('') };
  }
  cache.set(character, result);
  return result;
}

/** Han characters of these names that the stroke data does not know, each once. */
export function charactersWithoutStrokeData(names: readonly string[]): string[] {
  const missing = new Set<string>();
  for (const name of names) for (const ch of name) if (HAN.test(ch) && !characterStrokes(ch)) missing.add(ch);
  return [...missing];
}
