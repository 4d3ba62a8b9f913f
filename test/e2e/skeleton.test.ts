// A new user's first session in browser mode: open the app, import the plenary roster, arrange
// the rostrum, check the names on the canvas against the protocol, export and check the cards,
// save, undo, and see that a damaged file does not replace the plan.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, type AppHarness, browserAvailable, chooseFile, namesOnCanvas, startApp } from './harness';
import { pdfInfo, pdfText } from '../unit/pdf-tools';

let app: AppHarness;


describe.skipIf(!browserAvailable)('walking skeleton in Chromium', () => {
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens with the sample meeting: a labelled rostrum of 7 seats and a 5 × 10 hall', async () => {
    const counts = await app.page.evaluate(() => {
      const stage = (window as unknown as { Konva: { stages: { find: (s: string) => { getAttr: (n: string) => unknown; text?: () => string }[] }[] } }).Konva.stages[0]!;
      return { seats: stage.find('.seat-block').reduce((sum, block) => sum + (block.getAttr('seatCount') as number), 0), labels: stage.find('.zone-label').map((n) => n.text!()) };
    });
    expect(counts.seats).toBe(7 + 50);
    expect(counts.labels).toContain('主席台');
    expect(await app.page.textContent('body')).toContain('还没有名单');
  });

  it('imports the plenary roster and arranges the rostrum by the protocol pattern', async () => {
    await chooseFile(app.page, 'importRoster', 'test/fixtures/plenary-roster.xlsx');
    await app.page.getByText('已从 plenary-roster.xlsx 导入 170 人').waitFor();
    await app.page.click('[data-action="arrangeRostrum"]');
    await app.page.getByText('已排好 7 人').waitFor();
    // 7 seats, 左为上: A-view 7 5 3 1 2 4 6. The fixture's ranks 1..7 are these people:
    expect(await namesOnCanvas(app.page, 'rostrum', 1)).toEqual(['邱红萍', '金波', '汤慧福', '黄萍峰', '毛军', '薛强', '闫柏勇']);
    await app.page.screenshot({ path: 'test-output/app-arranged.png' });
  });

  it('exports one card per rostrum seat with every name on it', async () => {
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.click('[data-action="exportCards"]')]);
    // Read the result notice now: it fades by itself a few seconds later.
    await app.page.getByText('已导出 7 张座签').waitFor();
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-e2e-cards-')), download.suggestedFilename());
    await download.saveAs(file);
    expect(pdfInfo(file).pages).toBe(7);
    const text = pdfText(file).replace(/\s/g, '');
    for (const name of await namesOnCanvas(app.page, 'rostrum', 1)) expect(text).toContain(name);
  });

  it('Ctrl+Z undoes the arrangement and Ctrl+Y redoes it', async () => {
    await app.page.locator('body').click({ position: { x: 5, y: 5 } });
    await app.page.keyboard.press('Control+z');
    expect(await namesOnCanvas(app.page, 'rostrum', 1)).toEqual([]);
    await app.page.keyboard.press('Control+y');
    expect(await namesOnCanvas(app.page, 'rostrum', 1)).toHaveLength(7);
  });

  it('Ctrl+S saves a document that opens again', async () => {
    await app.page.keyboard.press('Control+s');
    await answerQuestion(app.page, '示例会议.zuoci'); // a meeting without a file yet: the app asks its name
    await app.page.getByText('已保存').waitFor();
    const saved = JSON.parse(readFileSync(path.join(app.workDir, '示例会议.zuoci'), 'utf8'));
    expect(saved.people).toHaveLength(170);
    expect(saved.schemaVersion).toBe(3);
    expect(Object.keys(saved.sessions[0].assignment)).toHaveLength(7);
    expect(await app.page.textContent('[data-testid="file-name"]')).not.toContain('未保存');
  });

  it('a damaged file is refused with a Chinese message and the plan stays on screen', async () => {
    const bad = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-bad-')), '坏文件.zuoci');
    writeFileSync(bad, '{"format":"zuoci","schemaVersion":1,"meta":');
    await chooseFile(app.page, 'open', bad);
    await app.page.getByText('坏文件.zuoci：无法打开：文件已损坏').waitFor();
    expect(await namesOnCanvas(app.page, 'rostrum', 1)).toHaveLength(7);
  });

  it('reopens the saved document', async () => {
    await chooseFile(app.page, 'open', path.join(app.workDir, '示例会议.zuoci'));
    await app.page.getByText('已打开：示例会议.zuoci').waitFor();
    expect(await namesOnCanvas(app.page, 'rostrum', 1)).toEqual(['邱红萍', '金波', '汤慧福', '黄萍峰', '毛军', '薛强', '闫柏勇']);
  });

  it('switches to English', async () => {
    await app.page.click('button.language');
    await app.page.getByRole('button', { name: 'Arrange rostrum' }).waitFor();
    await app.page.keyboard.press('Control+p');
    await app.page.getByRole('button', { name: 'Seat map' }).waitFor();
    await app.page.getByText('7 pages, 7 cards').waitFor();
  });
});
