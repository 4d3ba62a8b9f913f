// 座签 as vector PDF (protocol 6.2): A4 landscape folded in two along its long middle. The lower
// half faces one side upright; the upper half carries the same face rotated 180°, so once folded
// into a tent both sides read upright.
import PDFDocument from 'pdfkit';
import type { CardSpec } from '../../../shared/print/card-list';
import { displayName } from '../../../shared/names/normalize';
import { mm } from './mm';

export interface CardOptions {
  fontPath: string;
  widenTwoChar: boolean;
  /** Dashed line along the fold. */
  foldMarks: boolean;
}

const PAGE = { width: mm(297), height: mm(210) };
const FACE = { width: PAGE.width, height: PAGE.height / 2 };
const NAME_WIDTH_SHARE = 0.86;
const NAME_HEIGHT_SHARE = 0.6;

type Doc = InstanceType<typeof PDFDocument>;

/** The largest size at which `text` fits the box on one line. */
function fitFontSize(doc: Doc, text: string, maxWidth: number, maxHeight: number): number {
  const widthAt100 = doc.fontSize(100).widthOfString(text);
  return Math.min(maxHeight, widthAt100 > 0 ? (maxWidth / widthAt100) * 100 : maxHeight);
}

/** Draw one upright face whose top-left corner is (0, top). */
function drawFace(doc: Doc, card: CardSpec, top: number, options: CardOptions): void {
  const name = displayName(card.name, options.widenTwoChar);
  const hasSecondLine = card.secondLine !== '';
  const nameBoxHeight = FACE.height * (hasSecondLine ? NAME_HEIGHT_SHARE * 0.8 : NAME_HEIGHT_SHARE);
  const size = fitFontSize(doc, name, FACE.width * NAME_WIDTH_SHARE, nameBoxHeight);
  // CJK glyphs sit ~0.78 em below the top of pdfkit's line box: centre them on the face.
  const centreY = top + FACE.height * (hasSecondLine ? 0.42 : 0.5);
  doc.fillColor('black').fontSize(size).text(name, 0, centreY - size * 0.78, { width: FACE.width, align: 'center', lineBreak: false });
  if (hasSecondLine) {
    const small = fitFontSize(doc, card.secondLine, FACE.width * 0.8, FACE.height * 0.12);
    doc.fontSize(small).text(card.secondLine, 0, top + FACE.height * 0.8 - small * 0.78, { width: FACE.width, align: 'center', lineBreak: false });
  }
}

function drawCard(doc: Doc, card: CardSpec, options: CardOptions): void {
  doc.save().rotate(180, { origin: [PAGE.width / 2, FACE.height / 2] });
  drawFace(doc, card, 0, options);
  doc.restore();
  drawFace(doc, card, FACE.height, options);
  if (options.foldMarks) {
    doc.save().moveTo(0, FACE.height).lineTo(PAGE.width, FACE.height).dash(4, { space: 4 }).lineWidth(0.5).strokeColor('#999').stroke().restore();
  }
  // Placement code (6.5): small and grey in the lower face's corner, read by staff laying cards out.
  doc.fillColor('#888').fontSize(8).text(card.code, mm(6), PAGE.height - mm(8), { lineBreak: false });
}

export function renderCardsPdf(cards: readonly CardSpec[], options: CardOptions): Promise<Buffer> {
  const doc = new PDFDocument({ size: [PAGE.width, PAGE.height], margin: 0, autoFirstPage: false, info: { Title: '座签', Creator: 'Zuoci 座次' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('card', options.fontPath);
  for (const card of cards) {
    doc.addPage({ size: [PAGE.width, PAGE.height], margin: 0 });
    doc.font('card');
    drawCard(doc, card, options);
  }
  doc.end();
  return done;
}
