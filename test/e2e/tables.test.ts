// Protocol 5 in the app: the 宴会厅 template, the banquet roster, one click, the cards.
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppHarness, browserAvailable, chooseFile, frameSeats, startApp, zoneId } from './harness';
import { pdfInfo, pdfText } from '../unit/pdf-tools';

let app: AppHarness;

/** The name drawn in one seat of the canvas. */
const nameInSeat = async (seat: string) => {
  const seatId = `${await zoneId(app.page, '主桌')}:${seat}`;
  await frameSeats(app.page, { elementId: seatId.split(':')[0] });
  return app.page.evaluate((id) => {
    const stage = (window as unknown as { Konva: { stages: { find: (s: string) => { getAttr: (n: string) => unknown; text: () => string }[] }[] } }).Konva.stages[0]!;
    return stage.find('.seat-name').find((node) => node.getAttr('seatId') === id)?.text() ?? null;
  }, seatId);
};

describe.skipIf(!browserAvailable)('a banquet in Chromium', () => {
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('seats the banquet roster in the 宴会厅 by protocol 5', async () => {
    await app.page.selectOption('[data-control="room"]', '宴会厅');
    await chooseFile(app.page, 'importRoster', 'test/fixtures/banquet-roster.xlsx');
    await app.page.getByText('导入 40 人').waitFor();
    await app.page.click('[data-action="arrangeAll"]');
    await app.page.getByText('变动 40 个座位').waitFor();
    // Main table: 主陪 faces the door (seat 1, north), 副主陪 opposite, guest 1 on the host's right.
    expect(await nameInSeat('1-1')).toBe('龙建军');
    expect(await nameInSeat('1-6')).toBe('蒋东娜');
    expect(await nameInSeat('1-10')).toBe('刘思光');
    expect(await nameInSeat('1-2')).toBe('薛鹏');
    await app.page.screenshot({ path: 'test-output/app-banquet.png' });
  });

  it('prints a card for every table seat', async () => {
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.click('[data-action="exportCards"]')]);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-banquet-')), 'cards.pdf');
    await download.saveAs(file);
    expect(pdfInfo(file).pages).toBe(40);
    expect(pdfText(file).replace(/\s/g, '')).toContain('刘思光');
  });
});
