// Protocol 6.4: every character of every name is checked against the chosen font before printing.
import * as fontkit from 'fontkit';

export interface MissingGlyphs {
  name: string;
  characters: string[];
}

const fontCache = new Map<string, fontkit.Font>();

export function openFont(fontPath: string): fontkit.Font {
  let font = fontCache.get(fontPath);
  if (!font) {
    const opened = fontkit.openSync(fontPath);
    // A collection (.ttc) holds several faces; the first is the regular choice.
    font = 'fonts' in opened ? (opened.fonts[0] as fontkit.Font) : opened;
    fontCache.set(fontPath, font);
  }
  return font;
}

export function findMissingGlyphs(fontPath: string, names: readonly string[]): MissingGlyphs[] {
  const font = openFont(fontPath);
  const missing: MissingGlyphs[] = [];
  for (const name of new Set(names)) {
    // [...name] keeps surrogate pairs (𠈌) together as one code point.
    const characters = [...new Set([...name])].filter((ch) => ch.trim() !== '' && !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
    if (characters.length) missing.push({ name, characters });
  }
  return missing;
}
