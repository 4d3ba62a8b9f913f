// Makes assets/icon.png (1024 × 1024, the size electron-builder turns into .ico, .icns and the
// Linux icon set) from the bundled font: a red rounded square with 座 in white. Run once after a
// design change: `node scripts/make-icon.mjs` (needs pdftocairo from poppler-utils).
import { execFileSync } from 'node:child_process';
import { Buffer } from 'node:buffer';
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
const font = require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');
const size = 1024 * 0.75; // points: 1024 px at 96 dpi
const doc = new PDFDocument({ size: [size, size], margin: 0 });
const chunks = [];
doc.on('data', (chunk) => chunks.push(chunk));
const done = new Promise((resolve) => doc.on('end', resolve));
const k = size / 1024;
doc.roundedRect(64 * k, 64 * k, 896 * k, 896 * k, 180 * k).fill('#b91c1c');
doc.font(font).fontSize(600 * k).fillColor('#ffffff');
const width = doc.widthOfString('座');
doc.text('座', (size - width) / 2, 120 * k, { lineBreak: false });
doc.end();
await done;
const work = mkdtempSync(path.join(os.tmpdir(), 'zuoci-icon-'));
writeFileSync(path.join(work, 'icon.pdf'), Buffer.concat(chunks));
execFileSync('pdftocairo', ['-png', '-transp', '-singlefile', '-scale-to', '1024', path.join(work, 'icon.pdf'), path.join(work, 'icon')]);
renameSync(path.join(work, 'icon.png'), 'assets/icon.png');
console.log('wrote assets/icon.png');
