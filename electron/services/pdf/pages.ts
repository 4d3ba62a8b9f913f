// Draws PrintPages (shared/print/shapes) with pdfkit: maps, lists and tickets all go through here.
import PDFDocument from 'pdfkit';
import type { PrintPage, Shape } from '../../../shared/print/shapes';
import type { FontFile } from '../fonts/font-choice';
import { mm } from './mm';
import { collectPdf, registerChain } from './pdf-document';
import { fontsNeeded } from './font-chain';
import { drawCentred, fitSize, runsOf, widthOf, type FontChain } from './text-runs';

type Doc = PDFKit.PDFDocument;

function drawText(doc: Doc, shape: Extract<Shape, { kind: 'text' }>, chain: FontChain): void {
  const runs = runsOf(shape.text, chain);
  const size = shape.maxWidth ? fitSize(doc, runs, chain, mm(shape.maxWidth), mm(shape.size)) : mm(shape.size);
  const width = widthOf(doc, runs, chain, size);
  const align = shape.align ?? 'center';
  const centreX = align === 'center' ? mm(shape.x) : align === 'left' ? mm(shape.x) + width / 2 : mm(shape.x) - width / 2;
  doc.fillColor(shape.color ?? '#111827');
  drawCentred(doc, runs, chain, size, centreX, mm(shape.y));
}

function drawShape(doc: Doc, shape: Shape, chain: FontChain): void {
  switch (shape.kind) {
    case 'rect':
      doc.save().rect(mm(shape.x), mm(shape.y), mm(shape.width), mm(shape.height)).lineWidth(mm(shape.lineWidth ?? 0.2));
      if (shape.dash) doc.dash(mm(shape.dash[0]), { space: mm(shape.dash[1]) });
      if (shape.fill && shape.stroke) doc.fillAndStroke(shape.fill, shape.stroke);
      else if (shape.fill) doc.fill(shape.fill);
      else doc.stroke(shape.stroke ?? '#000');
      doc.undash().restore();
      return;
    case 'circle':
      doc.save().circle(mm(shape.x), mm(shape.y), mm(shape.radius)).lineWidth(0.6);
      if (shape.fill) doc.fillAndStroke(shape.fill, shape.stroke ?? shape.fill);
      else doc.stroke(shape.stroke ?? '#000');
      doc.restore();
      return;
    case 'line':
      doc.save().moveTo(mm(shape.x1), mm(shape.y1)).lineTo(mm(shape.x2), mm(shape.y2)).lineWidth(mm(shape.lineWidth)).strokeColor(shape.stroke);
      if (shape.dash) doc.dash(mm(shape.dash[0]), { space: mm(shape.dash[1]) });
      doc.stroke().undash().restore();
      return;
    case 'polygon': {
      const [first, ...rest] = shape.points;
      if (!first) return;
      doc.save().moveTo(mm(first.x), mm(first.y));
      for (const point of rest) doc.lineTo(mm(point.x), mm(point.y));
      if (shape.closed) doc.closePath();
      doc.lineWidth(mm(shape.lineWidth ?? 0.2)).lineJoin('miter');
      if (shape.dash) doc.dash(mm(shape.dash[0]), { space: mm(shape.dash[1]) });
      if (shape.fill && shape.closed) doc.fillAndStroke(shape.fill, shape.stroke ?? shape.fill);
      else doc.stroke(shape.stroke ?? '#000');
      doc.undash().restore();
      return;
    }
    case 'text':
      drawText(doc, shape, chain);
  }
}

/** 送审稿 across the page, light enough not to hide the names. */
function drawWatermark(doc: Doc, page: PrintPage, text: string, chain: FontChain): void {
  const size = mm(Math.min(page.width, page.height) / 4);
  doc.save().rotate(-30, { origin: [mm(page.width) / 2, mm(page.height) / 2] }).fillColor('#dc2626').fillOpacity(0.12);
  drawCentred(doc, runsOf(text, chain), chain, size, mm(page.width) / 2, mm(page.height) / 2);
  doc.restore();
}

export function renderPagesPdf(pages: readonly PrintPage[], fonts: FontFile[], title: string): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, margin: 0, info: { Title: title, Creator: 'Zuoci 座次' } });
  const done = collectPdf(doc);
  const texts = pages.flatMap((page) => [...page.shapes.flatMap((shape) => (shape.kind === 'text' ? [shape.text] : [])), page.watermark ?? '']);
  const chain = registerChain(doc, fontsNeeded(fonts, texts));
  for (const page of pages) {
    doc.addPage({ size: [mm(page.width), mm(page.height)], margin: 0 });
    for (const shape of page.shapes) drawShape(doc, shape, chain);
    if (page.watermark) drawWatermark(doc, page, page.watermark, chain);
  }
  doc.end();
  return done;
}
