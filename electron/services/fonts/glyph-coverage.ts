// Protocol 6.4: every character of every name is checked against the chosen fonts before printing;
// text is split into runs by the first font that has each character (pdfkit has no fallback).
import * as fontkit from 'fontkit';
import type { FontFile } from './font-choice';

export interface MissingGlyphs {
  name: string;
  characters: string[];
}

const fontCache = new Map<string, fontkit.Font>();

export function openFont(file: FontFile): fontkit.Font {
  const key = `${file.path}#${file.postscriptName ?? ''}`;
  let font = fontCache.get(key);
  if (!font) {
    const opened = fontkit.openSync(file.path, file.postscriptName);
    // A collection (.ttc) without a chosen face: its first face.
    font = 'fonts' in opened ? (opened.fonts[0] as fontkit.Font) : opened;
    fontCache.set(key, font);
  }
  return font;
}

const isBlank = (ch: string) => ch.trim() === '';

/** Characters of `text` that none of the fonts has, each once. */
export function missingCharacters(text: string, fonts: readonly fontkit.Font[]): string[] {
  // [...text] keeps surrogate pairs (𠈌) together as one code point.
  return [...new Set([...text])].filter((ch) => !isBlank(ch) && !fonts.some((font) => font.hasGlyphForCodePoint(ch.codePointAt(0)!)));
}

export function findMissingGlyphs(fonts: readonly fontkit.Font[], names: readonly string[]): MissingGlyphs[] {
  return [...new Set(names)].flatMap((name) => {
    const characters = missingCharacters(name, fonts);
    return characters.length ? [{ name, characters }] : [];
  });
}

export interface TextRun {
  text: string;
  /** Index into the font list. */
  font: number;
}

/** Consecutive characters drawn with the same font. Spaces go with their neighbours. */
export function splitRuns(text: string, fonts: readonly fontkit.Font[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const ch of text) {
    const found = fonts.findIndex((font) => font.hasGlyphForCodePoint(ch.codePointAt(0)!));
    const previous = runs.at(-1);
    const font = isBlank(ch) && previous ? previous.font : Math.max(0, found);
    if (previous && previous.font === font) previous.text += ch;
    else runs.push({ text: ch, font });
  }
  return runs;
}
