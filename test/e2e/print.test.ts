// Issue 4 in the app: the print dialog previews the real PDF, its options are saved with the
// document, a missing glyph is named before printing, and "only what changed" reprints one card.
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppHarness, browserAvailable, chooseFile, startApp } from './harness';
import { fillForm } from './forms';
import { pdfInfo, pdfText } from '../unit/pdf-tools';

let app: AppHarness;

async function importRoster(file: string, count: number): Promise<void> {
  await chooseFile(app.page, 'importRoster', file);
  await app.page.getByText(`导入 ${count} 人`).first().waitFor();
}

async function savePdf(): Promise<string> {
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.click('[data-action="savePdf"]')]);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-print-')), download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

const previewPages = (kind = 'cards') => app.page.locator(`[data-testid="pdf-preview"][data-kind="${kind}"] canvas`).count();
/** The dialog says when its preview shows the current options (or why it cannot): wait for that, not a clock. */
const previewSettled = () => app.page.locator('.print-dialog[data-preview-state="ready"], .print-dialog[data-preview-state="failed"]').waitFor();

describe.skipIf(!browserAvailable)('printing in Chromium', () => {
  beforeAll(async () => {
    app = await startApp();
    await importRoster('test/fixtures/plenary-roster.xlsx', 170);
    await app.page.click('[data-action="arrangeAll"]');
    await app.page.keyboard.press('Control+p');
    await app.page.locator('[role="dialog"]').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('previews the cards and switches format live', async () => {
    await previewSettled();
    await app.page.getByText('共 7 页，7 张座签').waitFor();
    expect(await previewPages()).toBe(2);
    await app.page.selectOption('[data-print="cardFormat"]', 'a4-fold3');
    await app.page.getByText('共 7 页，7 张座签').waitFor();
    const file = await savePdf();
    expect(pdfInfo(file).pages).toBe(7);
    await app.page.screenshot({ path: 'test-output/print-cards.png' });
  });

  it('prints only the card that changed since the last print', async () => {
    await app.page.selectOption('[data-print="scope"]', 'changed');
    await app.page.getByText('没有可打印的座签').waitFor(); // all 7 were just printed
    await app.page.click('.print-dialog .close');
    await app.page.locator('tr[data-person="毛军"] [data-control="substitute"]').click();
    await fillForm(app.page, { name: '王代表' });
    await app.page.keyboard.press('Control+p');
    await app.page.selectOption('[data-print="scope"]', 'changed');
    await app.page.getByText('共 1 页，1 张座签').waitFor();
    expect(pdfText(await savePdf()).replace(/\s/g, '')).toContain('王代表');
    await app.page.selectOption('[data-print="scope"]', 'rostrum');
  });

  it('the seat map: A4, approved, with the meeting’s title', async () => {
    await app.page.click('[data-kind="map"]');
    await app.page.fill('[data-print="title"]', '区委全体会议');
    await app.page.selectOption('[data-print="paper"]', 'A4-l');
    await app.page.check('[data-print="approved"]');
    await app.page.fill('[data-print="approvedBy"]', '张主任');
    await previewSettled();
    expect(await previewPages('map')).toBeGreaterThan(0);
    const file = await savePdf();
    const text = pdfText(file).replace(/\s/g, '');
    expect(text).toContain('区委全体会议座次图');
    expect(text).toContain('审定人：张主任');
    expect(text).not.toContain('稿');
    await app.page.screenshot({ path: 'test-output/print-map.png' });
  });

  it('the seat index sorted by strokes', async () => {
    await app.page.click('[data-kind="index"]');
    await app.page.getByText(/共 \d+ 页/).waitFor();
    expect(pdfText(await savePdf())).toContain('按姓氏笔画排序');
  });

  it('says it is working until the first page is there, then shows pages as they render', async () => {
    // A format not previewed before: the dialog cannot show pages it already has (PdfPreview keeps some).
    await app.page.click('[data-kind="cards"]');
    await app.page.selectOption('[data-print="cardFormat"]', 'insert-200x100');
    await app.page.keyboard.press('Escape');
    await app.page.locator('[role="dialog"]').waitFor({ state: 'detached' });
    // Record, inside the page, what the dialog showed at each change until its preview was ready.
    await app.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { previewSteps: string[] }).previewSteps = seen;
      const observer = new MutationObserver(() => {
        const dialog = document.querySelector('.print-dialog');
        if (!dialog) return;
        const step = `${dialog.getAttribute('data-preview-state')}:${document.querySelectorAll('[data-testid="print-progress"]').length ? 'progress' : '-'}:${dialog.querySelectorAll('.pdf-preview canvas').length}`;
        if (seen.at(-1) !== step) seen.push(step);
        if (step.startsWith('ready')) observer.disconnect();
      });
      observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    });
    await app.page.keyboard.press('Control+p');
    await previewSettled();
    const steps = await app.page.evaluate(() => (window as unknown as { previewSteps: string[] }).previewSteps);
    expect(steps[0]).toBe('working:progress:0'); // a visible progress line before any page
    expect(steps.at(-1)).toBe('ready:-:2');
    expect(steps).toContain('working:progress:1'); // the first page shows while the second renders
  });

  it('names a character no font has before printing', async () => {
    await app.page.click('.print-dialog .close');
    await importRoster('test/fixtures/rare-names.csv', 20);
    await app.page.click('[data-action="arrangeRostrum"]');
    await app.page.keyboard.press('Control+p');
    await app.page.click('[data-kind="cards"]');
    await app.page.selectOption('[data-print="fallbackFont"]', 'none');
    await app.page.selectOption('[data-print="scope"]', 'all');
    await app.page.locator('[data-testid="missing-glyphs"]').getByText('张𠈌（缺 𠈌）').waitFor();
    await app.page.selectOption('[data-print="fallbackFont"]', 'bundled-fallback');
    await previewSettled();
    expect(await app.page.locator('[data-testid="missing-glyphs"]').count()).toBe(0);
  });
});
