// People's names inside a notice must not break across lines (胡桂 / 洋 reads as two people): the
// names of the roster found in the text become unbreakable pieces. A name is found by looking up
// the text's pieces in a set of the roster's names, longest first: a few lookups per character.

export interface NameIndex {
  names: ReadonlySet<string>;
  longest: number;
}

const indexes = new WeakMap<readonly { name: string }[], NameIndex>();

/** The roster's names of two characters or more, built once per roster. */
export function nameIndexOf(people: readonly { name: string }[]): NameIndex {
  let index = indexes.get(people);
  if (!index) {
    const names = new Set(people.map((p) => p.name).filter((name) => name.length >= 2 && name.length <= 12));
    index = { names, longest: Math.max(0, ...[...names].map((name) => name.length)) };
    indexes.set(people, index);
  }
  return index;
}

export type TextPiece = string | { name: string };

/** The text cut into plain runs and names (longest match first), in order. */
export function splitNames(text: string, { names, longest }: NameIndex): TextPiece[] {
  const pieces: TextPiece[] = [];
  let plain = '';
  for (let i = 0; i < text.length;) {
    let found = '';
    for (let length = Math.min(longest, text.length - i); length >= 2 && !found; length--) {
      const candidate = text.slice(i, i + length);
      if (names.has(candidate)) found = candidate;
    }
    if (found) {
      if (plain) pieces.push(plain);
      plain = '';
      pieces.push({ name: found });
      i += found.length;
    } else {
      plain += text[i];
      i++;
    }
  }
  if (plain) pieces.push(plain);
  return pieces;
}
