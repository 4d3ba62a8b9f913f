// Issue 3 in the app: per-zone rules with a live preview, arranging every zone as one undo step,
// explanations on hover, and an absentee and a substitute an hour before the start.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppHarness, browserAvailable, chooseFile, namesOnCanvas, startApp } from './harness';
import { fillForm } from './forms';
import { printCards } from './print-cards';

let app: AppHarness;

const previewRow = (row: number) => app.page.locator(`[data-testid="pattern-preview"] [data-row="${row}"] .preview-seat`).allTextContents();

describe.skipIf(!browserAvailable)('seating rules in Chromium', () => {
  beforeAll(async () => {
    app = await startApp();
    await chooseFile(app.page, 'importRoster', 'test/fixtures/plenary-roster.xlsx');
    await app.page.getByText('导入 170 人').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('previews the rostrum pattern and mirrors it for 右为上 before anything is arranged', async () => {
    expect(await previewRow(1)).toEqual(['7', '5', '3', '1', '2', '4', '6']);
    await app.page.selectOption('[data-rule="convention"]', 'right');
    expect(await previewRow(1)).toEqual(['6', '4', '2', '1', '3', '5', '7']);
    await app.page.keyboard.press('Control+z'); // a rule change is one undo step
    expect(await previewRow(1)).toEqual(['7', '5', '3', '1', '2', '4', '6']);
  });

  it('sets the hall to 左右排列法 and arranges every zone in one step', async () => {
    await app.page.selectOption('[data-rule="zone"]', { label: '台下' });
    await app.page.selectOption('[data-rule="method"]', 'centre');
    expect(await previewRow(1)).toEqual(['9', '7', '5', '3', '1', '2', '4', '6', '8', '10']);
    await app.page.click('[data-action="arrangeAll"]');
    await app.page.getByText('已排好 57 人').waitFor();
    // Nothing was printed yet: the cards are still to print, none to reprint.
    const result = (await app.page.locator('.notice', { hasText: '已排好 57 人' }).textContent())!;
    expect(result).toMatch(/变动 \d+ 个座位。 7 张座签待打印。/);
    expect(result).not.toContain('重印');
    expect(await app.page.locator('.notice', { hasText: '座签：新印' }).count()).toBe(0);
    // Ranks 8..17 fill the hall's front row from its centre line: 16 14 12 10 8 9 11 13 15 17.
    expect(await namesOnCanvas(app.page, 'hall', 1)).toEqual(['方超', '余国伟', '邹玉', '江东永', '金霞', '曹健杰', '宋玉云', '侯庆', '田建', '任宏英']);
    expect(await namesOnCanvas(app.page, 'rostrum', 1)).toEqual(['邱红萍', '金波', '汤慧福', '黄萍峰', '毛军', '薛强', '闫柏勇']);
    await app.page.getByText('台下座位不足，113 人未能安排').waitFor(); // 163 hall people, 50 seats: named, not dropped
    await app.page.screenshot({ path: 'test-output/app-rules.png' });
    await app.page.keyboard.press('Control+z');
    expect(await namesOnCanvas(app.page, 'hall', 1)).toEqual([]);
    expect(await namesOnCanvas(app.page, 'rostrum', 1)).toEqual([]);
    await app.page.keyboard.press('Control+y');
  });

  it('explains a placement when the pointer rests on a seat', async () => {
    const point = await app.page.evaluate(() => {
      const stage = (window as unknown as { Konva: { stages: { find: (s: string) => { text: () => string; getClientRect: () => { x: number; y: number; width: number; height: number } }[]; container: () => HTMLElement }[] } }).Konva.stages[0]!;
      const node = stage.find('.seat-name').find((n) => n.text() === '汤慧福')!;
      const rect = node.getClientRect();
      const box = stage.container().getBoundingClientRect();
      return { x: box.x + rect.x + rect.width / 2, y: box.y + rect.y + rect.height / 2 };
    });
    await app.page.mouse.move(point.x, point.y);
    expect(await app.page.textContent('[data-testid="seat-tooltip"]')).toBe('汤慧福：排序第3，主席台第1排，1号右手第一位（左为上）');
  });

  it('an absentee leaves their seat empty on re-arranging: no card to reprint, only theirs to take away', async () => {
    // 递补 (closing up) is the default now (8.1): this meeting keeps the absentee's seat empty.
    await app.page.selectOption('[data-rule="zone"]', { label: '主席台' });
    await app.page.selectOption('[data-rule="absentees"]', 'leave-empty');
    await printCards(app.page);
    await app.page.locator('tr[data-person="毛军"] [data-control="absent"]').check();
    await app.page.click('[data-action="arrangeRostrum"]');
    await app.page.getByText('变动 1 个座位，需重印 0 张座签。').waitFor();
    await app.page.getByText('座签：新印 0 张，挪动 0 张，撤下 1 张。').waitFor();
    expect(await namesOnCanvas(app.page, 'rostrum', 1)).toEqual(['邱红萍', '金波', '汤慧福', '黄萍峰', '薛强', '闫柏勇']);
  });

  it('a substitute takes the absentee’s place', async () => {
    await app.page.locator('tr[data-person="毛军"] [data-control="absent"]').uncheck();
    await app.page.click('[data-action="arrangeRostrum"]');
    await app.page.locator('tr[data-person="毛军"] [data-control="substitute"]').click();
    await fillForm(app.page, { name: '王代表' });
    await app.page.locator('tr[data-person="王代表"]').waitFor();
    expect(await namesOnCanvas(app.page, 'rostrum', 1)).toEqual(['邱红萍', '金波', '汤慧福', '黄萍峰', '王代表', '薛强', '闫柏勇']);
  });

  it('keeps a unit list: with units seated together, the listed unit comes first', async () => {
    await app.page.selectOption('[data-rule="zone"]', { label: '台下' });
    await app.page.selectOption('[data-rule="method"]', 'rows');
    await app.page.check('[data-rule="groupByUnit"]');
    await app.page.click('.ordering-settings summary');
    await app.page.fill('[data-rule="unitOrder"]', '城关街道办事处\n城关街道党工委');
    await app.page.locator('[data-rule="unitOrder"]').blur();
    await app.page.selectOption('[data-rule="singleGivenName"]', 'compare');
    await app.page.click('[data-action="arrangeZone"]');
    // 王代表 stands in for a rostrum leader, so sits at the front of the hall (8.1); then the listed unit.
    expect((await namesOnCanvas(app.page, 'hall', 1)).slice(0, 3)).toEqual(['王代表', '彭敏杰', '闫雪立']);
  });

  it('numbers hall seats odd/even (7.2): the leftmost of ten is seat 10', async () => {
    await app.page.selectOption('[data-rule="numbering"]', 'centre-out');
    expect(await app.page.textContent('tr[data-person="王代表"] td.seat')).toBe('台下 1排 10座');
  });
});
