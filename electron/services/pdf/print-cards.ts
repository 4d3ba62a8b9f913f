// Cards for a whole document: choose the fonts, check every glyph (6.4), render what can be
// printed without an empty box, and report the rest by name.
import type { Project } from '../../../shared/model/schema';
import { cardList, type CardSelection } from '../../../shared/print/card-list';
import { cardSheet } from '../../../shared/print/card-formats';
import { resolveFont, type FontFile } from '../fonts/font-choice';
import { findMissingGlyphs, openFont, type MissingGlyphs } from '../fonts/glyph-coverage';
import { renderCardsPdf } from './cards';
import { fontsNeeded } from './font-chain';

export interface PrintedCards {
  pdf: Buffer;
  cardCount: number;
  /** Names the chosen fonts cannot print: their cards are left out, never printed with boxes. */
  missingGlyphs: MissingGlyphs[];
  /** seatId → name of every card printed, for "reprint only what changed" (8.2). */
  printed: Record<string, string>;
}

export function fontChainFor(project: Project): FontFile[] {
  const { font, fallbackFont } = project.print;
  return [resolveFont(font), ...(fallbackFont !== 'none' && fallbackFont !== font ? [resolveFont(fallbackFont)] : [])];
}

export async function printCards(project: Project, selection: CardSelection = {}): Promise<PrintedCards> {
  const all = cardList(project, selection);
  const texts = all.flatMap((card) => [card.name, card.secondLine, card.code, card.english ?? '']);
  const fonts = fontsNeeded(fontChainFor(project), texts);
  const missingGlyphs = findMissingGlyphs(fonts.map(openFont), all.flatMap((card) => [card.name, card.secondLine]));
  const unprintable = new Set(missingGlyphs.map((m) => m.name));
  const cards = all.filter((card) => !unprintable.has(card.name) && !unprintable.has(card.secondLine));
  const { print } = project;
  const pdf = await renderCardsPdf(cards, {
    sheet: cardSheet(print.cardFormat, print), fonts, widenTwoChar: print.widenTwoChar, vertical: print.vertical, marks: print.marks,
  });
  return { pdf, cardCount: cards.length, missingGlyphs, printed: Object.fromEntries(cards.filter((card) => !card.turn).map((card) => [card.seatId, card.name])) };
}
