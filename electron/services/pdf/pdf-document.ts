// What every PDF the app makes needs: its bytes collected, its fonts registered as a chain.
import type { FontFile } from '../fonts/font-choice';
import { openFont } from '../fonts/glyph-coverage';
import type { FontChain } from './text-runs';

export function collectPdf(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** Register the fonts with pdfkit (embedded as subsets) and open them for glyph checks. */
export function registerChain(doc: PDFKit.PDFDocument, files: readonly FontFile[]): FontChain {
  const names = files.map((file, i) => {
    const name = `font${i}`;
    doc.registerFont(name, file.path, file.postscriptName);
    return name;
  });
  return { names, fonts: files.map(openFont) };
}
