// Only the fonts a PDF needs: the fallback font (Source Han Sans, 18 MB) is opened, embedded and
// parsed only when the chosen font lacks a character of the text. Most rosters never need it, and
// reading it was most of the time 1,000 cards took (issue 11).
import type { FontFile } from '../fonts/font-choice';
import { openFont } from '../fonts/glyph-coverage';

/** The first font, then each further one only while some character is still missing. */
export function fontsNeeded(files: readonly FontFile[], texts: readonly string[]): FontFile[] {
  const [first, ...rest] = files;
  if (!first) return [];
  const characters = [...new Set(texts.flatMap((text) => [...text]))].filter((ch) => ch.trim() !== '');
  const kept = [first];
  let missing = characters.filter((ch) => !openFont(first).hasGlyphForCodePoint(ch.codePointAt(0)!));
  for (const file of rest) {
    if (missing.length === 0) break;
    const font = openFont(file);
    if (!missing.some((ch) => font.hasGlyphForCodePoint(ch.codePointAt(0)!))) continue;
    kept.push(file);
    missing = missing.filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
  }
  return kept;
}
