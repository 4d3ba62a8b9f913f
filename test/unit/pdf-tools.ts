// Helpers that inspect PDFs with poppler-utils, as a person checking a print would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function writeTempPdf(pdf: Uint8Array, name = 'out.pdf'): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-pdf-')), name);
  writeFileSync(file, pdf);
  return file;
}

export const pdfText = (file: string, ...args: string[]): string => execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
export const pdfFonts = (file: string): string => execFileSync('pdffonts', [file], { encoding: 'utf8' });

export function pdfInfo(file: string): { pages: number; widthPt: number; heightPt: number } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), widthPt: Number(size[1]), heightPt: Number(size[2]) };
}

/** One page as a greyscale bitmap (PGM from pdftoppm): width, height and one byte a pixel. */
export function renderPageGrey(file: string, page: number, dpi = 30): { width: number; height: number; pixels: Uint8Array } {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), file]);
  // Header: "P5\n<width> <height>\n255\n"
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 50).toString('latin1'))!;
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: pgm.subarray(header[0].length) };
}

export const ptToMm = (pt: number): number => (pt * 25.4) / 72;
