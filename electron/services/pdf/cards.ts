// 座签 as vector PDF (protocol 6): every card format from shared/print/card-formats, the name fitted
// to its face in one line (or one column, 竖排), optional second and English lines, the small
// placement code, fold and cut marks.
import PDFDocument from 'pdfkit';
import type { CardSpec } from '../../../shared/print/card-list';
import { cropMarks, type CardSheet, type Face } from '../../../shared/print/card-formats';
import { displayName } from '../../../shared/names/normalize';
import { mm } from './mm';
import { drawCentred, fitSize, runsOf, type FontChain } from './text-runs';
import { collectPdf, registerChain } from './pdf-document';
import type { FontFile } from '../fonts/font-choice';

export interface CardOptions {
  sheet: CardSheet;
  fonts: FontFile[];
  widenTwoChar: boolean;
  vertical: boolean;
  marks: boolean;
}

type Doc = PDFKit.PDFDocument;

const NAME_WIDTH_SHARE = 0.86;
const NAME_HEIGHT_SHARE = 0.62;

function drawHorizontalName(doc: Doc, name: string, chain: FontChain, face: Face, extraLines: string[]): void {
  const w = mm(face.width);
  const h = mm(face.height);
  const lineShare = extraLines.length ? 0.75 - 0.1 * extraLines.length : 1;
  const runs = runsOf(name, chain);
  const size = fitSize(doc, runs, chain, w * NAME_WIDTH_SHARE, h * NAME_HEIGHT_SHARE * lineShare);
  const nameCentre = h * (extraLines.length ? 0.4 : 0.5);
  drawCentred(doc, runs, chain, size, w / 2, nameCentre);
  extraLines.forEach((line, i) => {
    const lineRuns = runsOf(line, chain);
    const small = fitSize(doc, lineRuns, chain, w * 0.8, h * 0.11);
    drawCentred(doc, lineRuns, chain, small, w / 2, h * (0.78 + 0.13 * i));
  });
}

/** 竖排: one character under the other, centred, as large as the face allows. */
function drawVerticalName(doc: Doc, name: string, chain: FontChain, face: Face): void {
  const w = mm(face.width);
  const h = mm(face.height);
  const characters = [...name.replace(/\u3000/g, '')];
  const size = Math.min(w * NAME_WIDTH_SHARE, (h * 0.86) / characters.length);
  const top = (h - size * characters.length) / 2;
  characters.forEach((ch, i) => drawCentred(doc, runsOf(ch, chain), chain, size, w / 2, top + size * (i + 0.5)));
}

/** One upright face drawn in its own coordinates (0, 0)–(width, height). */
function drawFace(doc: Doc, card: CardSpec, chain: FontChain, face: Face, options: CardOptions): void {
  doc.fillColor('black');
  if (options.vertical) return drawVerticalName(doc, card.name, chain, face);
  const extra = [card.secondLine, card.english ?? ''].filter((line) => line !== '');
  drawHorizontalName(doc, displayName(card.name, options.widenTwoChar), chain, face, extra);
}

function drawMarks(doc: Doc, sheet: CardSheet): void {
  doc.save().lineWidth(0.4).strokeColor('#999');
  for (const y of sheet.folds) doc.moveTo(0, mm(y)).lineTo(mm(sheet.width), mm(y)).dash(4, { space: 4 }).stroke();
  doc.undash();
  for (const cut of sheet.cuts) {
    for (const [x1, y1, x2, y2] of cropMarks(cut)) doc.moveTo(mm(x1), mm(y1)).lineTo(mm(x2), mm(y2)).stroke();
  }
  doc.restore();
}

function drawCard(doc: Doc, card: CardSpec, chain: FontChain, options: CardOptions): void {
  for (const face of options.sheet.faces) {
    doc.save().translate(mm(face.x), mm(face.y));
    if (face.rotated) doc.rotate(180, { origin: [mm(face.width) / 2, mm(face.height) / 2] });
    drawFace(doc, card, chain, face, options);
    doc.restore();
  }
  if (options.marks) drawMarks(doc, options.sheet);
  // The placement code (6.5): small and grey, for the staff laying the cards out.
  const box = options.sheet.codeBox;
  const runs = runsOf(card.code, chain);
  doc.fillColor('#777');
  drawCentred(doc, runs, chain, Math.min(mm(box.height) * 0.9, 9), mm(box.x) + Math.min(mm(box.width), 300) / 2, mm(box.y) + mm(box.height) / 2);
}

export function renderCardsPdf(cards: readonly CardSpec[], options: CardOptions): Promise<Buffer> {
  const size: [number, number] = [mm(options.sheet.width), mm(options.sheet.height)];
  const doc = new PDFDocument({ size, margin: 0, autoFirstPage: false, info: { Title: '座签', Creator: 'Zuoci 座次' } });
  const done = collectPdf(doc);
  const chain = registerChain(doc, options.fonts);
  for (const card of cards) {
    doc.addPage({ size, margin: 0 });
    drawCard(doc, card, chain, options);
  }
  doc.end();
  return done;
}
