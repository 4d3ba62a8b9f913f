// Cards for a whole document: choose the font, check glyphs (6.4), render.
import type { Project } from '../../../shared/model/schema';
import type { Zone } from '../../../shared/layout/seats';
import { cardList } from '../../../shared/print/card-list';
import { bundledFontPath } from '../fonts/bundled';
import { findMissingGlyphs, type MissingGlyphs } from '../fonts/glyph-coverage';
import { renderCardsPdf } from './cards';

export interface PrintedCards {
  pdf: Buffer;
  cardCount: number;
  missingGlyphs: MissingGlyphs[];
}

export function fontPathFor(project: Project): string {
  return project.print.font === 'bundled' ? bundledFontPath() : project.print.font;
}

export async function printCards(project: Project, zones: readonly Zone[] = ['rostrum', 'table']): Promise<PrintedCards> {
  const cards = cardList(project, zones);
  const fontPath = fontPathFor(project);
  const missingGlyphs = findMissingGlyphs(fontPath, cards.map((card) => card.name));
  const pdf = await renderCardsPdf(cards, { fontPath, widenTwoChar: project.print.widenTwoChar, foldMarks: true });
  return { pdf, cardCount: cards.length, missingGlyphs };
}
