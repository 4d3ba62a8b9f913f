// Issue 9 as a new user meets it: from the 大礼堂, clear the floor, add a two-row rostrum (7 and 9)
// and a hall block of 10 × 20 with two aisles from the palette, set them in the property panel,
// grow the hall to 12 rows, undo and redo; save the room as a template; start a new meeting from
// it and find the same room — on the rendered canvas and in the saved template file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, type AppHarness, browserAvailable, seatPoint } from './harness';
import { elementField, elementPanel, setElementField, startInAuditorium } from './element-panel';

let app: AppHarness;
const panel = () => elementPanel(app.page);
const field = (name: string) => elementField(app.page, name);

const setField = (name: string, value: string) => setElementField(app.page, name, value);

/** The elements listed in the panel: [id, name]. */
const elements = () => panel().locator('[data-control="element"] option').evaluateAll((nodes) => nodes.map((n) => [(n as HTMLOptionElement).value, n.textContent ?? '']));
const idOf = async (name: string) => (await elements()).find(([, n]) => n === name)?.[0] ?? '';

type Probe = { seatCount: () => number; seatOnScreen: (id: string) => unknown };
const seatCount = () => app.page.evaluate(() => (window as unknown as { zuociCanvas: Probe }).zuociCanvas.seatCount());
const drawn = (seatId: string) => app.page.evaluate((id) => (window as unknown as { zuociCanvas: Probe }).zuociCanvas.seatOnScreen(id) !== null, seatId);
/** Zone names drawn on the canvas's room layer. */
const zoneLabels = () => app.page.evaluate(() => {
  const stage = (window as unknown as { Konva: { stages: { find: (s: string) => { text: () => string }[] }[] } }).Konva.stages[0]!;
  return stage.find('.zone-label').map((n) => n.text()).sort();
});

/** What the canvas shows of a rostrum of 7 | 9 and a hall of `rows` × 20. */
async function roomOnCanvas(rostrumId: string, hallId: string, rows: number) {
  return {
    rostrumRow1: (await drawn(`${rostrumId}:1-7`)) && !(await drawn(`${rostrumId}:1-8`)),
    rostrumRow2: (await drawn(`${rostrumId}:2-9`)) && !(await drawn(`${rostrumId}:2-10`)),
    hallRows: (await drawn(`${hallId}:${rows}-20`)) && !(await drawn(`${hallId}:${rows + 1}-1`)) && !(await drawn(`${hallId}:1-21`)),
  };
}

describe.skipIf(!browserAvailable)('the room designer and template library in Chromium', () => {
  beforeAll(async () => {
    app = await startInAuditorium();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('clears the floor, then draws a 7 | 9 rostrum and a 10 × 20 hall with two aisles from the palette', async () => {
    for (const name of ['主席台', '台下']) {
      await panel().locator('[data-control="element"]').selectOption(await idOf(name));
      await panel().locator('[data-action="deleteElement"]').click();
    }
    expect(await seatCount()).toBe(0);

    await panel().locator('[data-control="palette"]').selectOption('rostrum');
    await setField('name', '主席台');
    await setField('rostrum-rows', '7, 9');
    await setField('x', '11.4');
    await setField('y', '1.5');

    await panel().locator('[data-control="palette"]').selectOption('hall');
    await setField('name', '台下');
    expect(await field('rows').inputValue()).toBe('10');
    expect(await field('seatsPerRow').inputValue()).toBe('20');
    await setField('aisles', '5，15');
    await setField('x', '8.3');
    await setField('y', '6');
    expect(await field('aisles').inputValue()).toBe('5, 15');

    expect(await seatCount()).toBe(7 + 9 + 10 * 20);
    expect(await roomOnCanvas(await idOf('主席台'), await idOf('台下'), 10)).toEqual({ rostrumRow1: true, rostrumRow2: true, hallRows: true });
    await app.page.screenshot({ path: 'test-output/designer-drawn.png' });
  });

  it('grows the hall to 12 rows in the property panel; undo and redo take and give back that one step', async () => {
    const hall = await idOf('台下');
    // Picked on the canvas: a click on one of the hall's seats shows the hall in the panel.
    await panel().locator('[data-control="element"]').selectOption(await idOf('主席台'));
    await app.page.locator('[data-testid="venue-canvas"]').click({ position: await seatPoint(app.page, `${hall}:3-8`) });
    expect(await panel().locator('[data-control="element"]').inputValue()).toBe(hall);
    await setField('rows', '12');
    expect(await seatCount()).toBe(16 + 12 * 20);
    await app.page.keyboard.press('Control+z');
    expect(await seatCount()).toBe(16 + 10 * 20);
    expect(await field('rows').inputValue()).toBe('10');
    await app.page.keyboard.press('Control+y');
    expect(await seatCount()).toBe(16 + 12 * 20);
    expect(await roomOnCanvas(await idOf('主席台'), hall, 12)).toEqual({ rostrumRow1: true, rostrumRow2: true, hallRows: true });
    // Positions in metres, kept as centimetres in the document.
    expect(await field('x').inputValue()).toBe('8.3');
  });

  it('saves the room as a template in the web files folder', async () => {
    await panel().locator('[data-action="saveRoomAsTemplate"]').click();
    await answerQuestion(app.page, '我的礼堂');
    await app.page.getByText('已存为模板“我的礼堂”').waitFor();
    const file = JSON.parse(readFileSync(path.join(app.workDir, 'templates', '我的礼堂.zuoci-room'), 'utf8'));
    expect(file).toMatchObject({ format: 'zuoci-room', schemaVersion: 1, name: '我的礼堂' });
    const byName = Object.fromEntries(file.venue.elements.map((e: { name?: string; label?: string }) => [e.name ?? e.label, e]));
    expect(byName['主席台']).toMatchObject({ kind: 'rostrum', rows: [7, 9], x: 1140, y: 150 });
    expect(byName['台下']).toMatchObject({ kind: 'hall', rows: 12, seatsPerRow: 20, aisles: [5, 15], x: 830, y: 600 });
    expect(JSON.stringify(file)).not.toMatch(/assignment|people/);
  });

  it('starts a new meeting from the template: the same room, clean', async () => {
    await app.page.selectOption('[data-control="room"]', { label: '我的礼堂' });
    await answerQuestion(app.page); // the unsaved meeting is closed
    expect(await app.page.locator('[data-testid="file-name"]').textContent()).toBe('未命名会议.zuoci');
    expect(await seatCount()).toBe(7 + 9 + 12 * 20);
    const rostrum = await idOf('主席台');
    const hall = await idOf('台下');
    expect(await roomOnCanvas(rostrum, hall, 12)).toEqual({ rostrumRow1: true, rostrumRow2: true, hallRows: true });
    expect(await zoneLabels()).toEqual(['主席台', '台下']);
    // New ids: the template's room can sit beside its origin in one meeting.
    const file = readFileSync(path.join(app.workDir, 'templates', '我的礼堂.zuoci-room'), 'utf8');
    expect(file).not.toContain(rostrum);
    // Nothing to undo in a new meeting.
    expect(await app.page.locator('[data-action="undo"]').isDisabled()).toBe(true);
    await app.page.screenshot({ path: 'test-output/designer-from-template.png' });
  });

  it('exports the room as a .zuoci-room file and imports a colleague’s, which the pickers then list', async () => {
    const [download] = await Promise.all([app.page.waitForEvent('download'), panel().locator('[data-action="exportTemplate"]').click()]);
    expect(download.suggestedFilename()).toMatch(/\.zuoci-room$/);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(exported).toMatchObject({ format: 'zuoci-room', schemaVersion: 1 });
    expect(exported.venue.elements.filter((e: { kind: string }) => e.kind === 'hall')[0]).toMatchObject({ rows: 12, seatsPerRow: 20, aisles: [5, 15] });

    const shared = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-colleague-')), '同事.zuoci-room');
    writeFileSync(shared, JSON.stringify({ ...exported, name: '同事的会场' }));
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), panel().locator('[data-action="importTemplate"]').click()]);
    await chooser.setFiles(shared);
    await app.page.getByText('已导入模板“同事的会场”').waitFor();
    const mine = await app.page.locator('[data-control="room"] optgroup[label="我的模板"] option').allTextContents();
    expect(mine.sort()).toEqual(['同事的会场', '我的礼堂']);
    expect(await app.page.locator('[data-control="add-session"] optgroup[label="我的模板"] option').count()).toBe(2);
  });

  it('turns a round table 90° in the property panel: its first seat goes from the top to the right; undo and redo', async () => {
    await panel().locator('[data-control="palette"]').selectOption('table-round');
    await setField('x', '25');
    await setField('y', '4');
    const table = await panel().locator('[data-control="element"]').inputValue();
    type Rect = { x: number; y: number; width: number; height: number };
    const seat1 = () => app.page.evaluate((id) => (window as unknown as { zuociCanvas: { seatOnScreen: (id: string) => Rect } }).zuociCanvas.seatOnScreen(id), `${table}:1-1`);
    const seat6 = () => app.page.evaluate((id) => (window as unknown as { zuociCanvas: { seatOnScreen: (id: string) => Rect } }).zuociCanvas.seatOnScreen(id), `${table}:1-6`);
    const before = { one: await seat1(), six: await seat6() };
    expect(before.one.y).toBeLessThan(before.six.y); // seat 1 at the top, seat 6 opposite
    await field('rotation').selectOption('90');
    const turned = { one: await seat1(), six: await seat6() };
    expect(turned.one.x).toBeGreaterThan(turned.six.x); // now on the right
    expect(Math.abs(turned.one.y - turned.six.y)).toBeLessThan(1);
    await app.page.keyboard.press('Control+z');
    expect(await seat1()).toEqual(before.one);
    await app.page.keyboard.press('Control+y');
    expect(await seat1()).toEqual(turned.one);
    await app.page.screenshot({ path: 'test-output/designer-turned-table.png' });
  });

  it('the 报告厅 draws its rows on arcs', async () => {
    await app.page.selectOption('[data-control="add-session"]', '报告厅');
    const hall = await idOf('台下');
    const y = async (seat: string) => (await app.page.evaluate((id) => (window as unknown as { zuociCanvas: { seatOnScreen: (id: string) => { y: number } } }).zuociCanvas.seatOnScreen(id), `${hall}:${seat}`)).y;
    // The row's ends curve forward, towards the 讲台.
    expect(await y('1-1')).toBeLessThan(await y('1-16'));
    expect(await y('12-1')).toBeLessThan(await y('12-16'));
    await app.page.screenshot({ path: 'test-output/designer-lecture-hall.png' });
  });

  it('each built-in room opens from its template file as a new meeting (screenshots to look at)', async () => {
    const expected: Record<string, number> = { 大礼堂: 628, 常务会议室: 42, U形会议室: 19, 宴会厅: 60, 报告厅: 384 };
    for (const [name, seats] of Object.entries(expected)) {
      await app.page.selectOption('[data-control="room"]', name);
      if (await app.page.locator('[data-testid="question-dialog"]').count()) await answerQuestion(app.page);
      expect(await seatCount(), name).toBe(seats);
      await app.page.screenshot({ path: `test-output/designer-template-${name}.png` });
    }
  });
});
