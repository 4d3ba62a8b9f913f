// Drawing text in pdfkit with a chain of fonts: each run of characters in the first font that has
// them, measured and placed by hand (pdfkit itself has no font fallback).
import type * as fontkit from 'fontkit';
import { splitRuns, type TextRun } from '../fonts/glyph-coverage';

type Doc = PDFKit.PDFDocument;

export interface FontChain {
  /** pdfkit names the fonts were registered under, in order of preference. */
  names: string[];
  /** The same fonts opened with fontkit, to ask which characters each has. */
  fonts: fontkit.Font[];
}

export function runsOf(text: string, chain: FontChain): TextRun[] {
  return splitRuns(text, chain.fonts);
}

export function widthOf(doc: Doc, runs: readonly TextRun[], chain: FontChain, size: number): number {
  return runs.reduce((sum, run) => sum + doc.font(chain.names[run.font]!).fontSize(size).widthOfString(run.text), 0);
}

/** The largest size, at most `maxSize`, at which the text fits `maxWidth` on one line. */
export function fitSize(doc: Doc, runs: readonly TextRun[], chain: FontChain, maxWidth: number, maxSize: number): number {
  const widthAt100 = widthOf(doc, runs, chain, 100);
  return widthAt100 > 0 ? Math.min(maxSize, (maxWidth / widthAt100) * 100) : maxSize;
}

/**
 * One line centred on (centreX, centreY). CJK glyphs sit about 0.78 em below the top of pdfkit's
 * line box, so that is where the line is hung from.
 */
export function drawCentred(doc: Doc, runs: readonly TextRun[], chain: FontChain, size: number, centreX: number, centreY: number): void {
  let x = centreX - widthOf(doc, runs, chain, size) / 2;
  for (const run of runs) {
    doc.font(chain.names[run.font]!).fontSize(size).text(run.text, x, centreY - size * 0.78, { lineBreak: false });
    x += doc.widthOfString(run.text);
  }
}
