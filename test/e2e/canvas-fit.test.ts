// The canvas as a new user first meets it: the auditorium is shown whole; the zoom % changes only when
// the drawing's scale does (not when the roster table opens below); a new element from the palette
// lands on free floor and is selected on the canvas; a click on a table standing over a hall picks
// the table; a duplicated hall is 台下 2.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppHarness, browserAvailable, chooseFile, startApp } from './harness';

let app: AppHarness;
const panel = () => app.page.locator('[data-testid="element-panel"]');
type Box = { id: string; x: number; y: number; width: number; height: number };
type Probe = { elementsOnScreen: () => Box[] };
const onScreen = () => app.page.evaluate(() => (window as unknown as { zuociCanvas: Probe }).zuociCanvas.elementsOnScreen());
const canvasSize = async () => (await app.page.locator('[data-testid="venue-canvas"]').boundingBox())!;
const zoom = async () => Number((await app.page.textContent('[data-testid="zoom-level"]'))!.replace('%', ''));
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const elementNames = () => panel().locator('[data-control="element"] option').allTextContents();

async function allInView(): Promise<string[]> {
  const { width, height } = await canvasSize();
  return (await onScreen()).filter((b) => b.x < -0.5 || b.y < -0.5 || b.x + b.width > width + 0.5 || b.y + b.height > height + 0.5)
    .map((b) => `${b.id} at ${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}×${Math.round(b.height)} in ${Math.round(width)}×${Math.round(height)}`);
}

describe.skipIf(!browserAvailable)('the canvas at first sight, in Chromium', () => {
  beforeAll(async () => {
    app = await startApp();
    await app.page.selectOption('[data-control="room"]', '大礼堂');
    await chooseFile(app.page, 'importRoster', 'test/fixtures/plenary-roster.xlsx');
    await panel().locator('summary').click();
  });
  afterAll(async () => app?.close());

  it('shows the whole auditorium, last rows and door included, at both window sizes', async () => {
    await app.page.evaluate('new Promise(requestAnimationFrame)');
    await app.page.screenshot({ path: 'test-output/canvas-fit-auditorium.png' });
    expect(await allInView()).toEqual([]);
    await app.page.setViewportSize({ width: 1280, height: 720 });
    await app.page.evaluate('new Promise(requestAnimationFrame)');
    expect(await allInView()).toEqual([]);
    await app.page.setViewportSize({ width: 1400, height: 900 });
  });

  it('keeps the zoom % when the roster table opens below the canvas; fitted is about 100%', async () => {
    const box = await canvasSize();
    await app.page.mouse.click(box.x + 5, box.y + box.height / 2); // the floor: focus off the fields
    await app.page.keyboard.press('Control+0');
    const fitted = await zoom();
    expect(fitted).toBeGreaterThan(80);
    expect(fitted).toBeLessThan(125);
    await app.page.keyboard.press('Control+=');
    const zoomed = await zoom();
    expect(zoomed).toBeGreaterThan(fitted);
    await app.page.click('[data-action="toggleRosterTable"]');
    await app.page.locator('[data-testid="roster-dock"]').waitFor();
    await app.page.evaluate('new Promise(requestAnimationFrame)');
    expect((await canvasSize()).height).toBeLessThan(box.height - 100);
    expect(await zoom()).toBe(zoomed);
    await app.page.click('[data-action="toggleRosterTable"]');
    await app.page.keyboard.press('Control+0');
  });

  it('puts a long table from the palette on free floor and selects it on the canvas', async () => {
    await app.page.click('[data-action="layoutMode"]');
    const before = await onScreen();
    await panel().locator('[data-control="palette"]').selectOption('table-long');
    const id = await panel().locator('[data-control="element"]').inputValue();
    const all = await onScreen();
    const mine = all.find((b) => b.id === id)!;
    expect(all.length).toBe(before.length + 1);
    for (const other of before) expect(overlap(mine, other), `over ${other.id}`).toBe(false);
    await app.page.screenshot({ path: 'test-output/canvas-fit-added-table.png' });
    // Selected on the canvas too: the layout bar's delete removes it and nothing else.
    await app.page.click('[data-action="deleteElements"]');
    expect((await onScreen()).map((b) => b.id)).toEqual(before.map((b) => b.id));
  });

  it('a click on a table standing over a hall picks the table; the duplicated hall is 台下 2', async () => {
    await panel().locator('[data-control="palette"]').selectOption('table-long');
    const table = await panel().locator('[data-control="element"]').inputValue();
    for (const [name, value] of [['x', '10'], ['y', '10']] as const) {
      await panel().locator(`[data-field="${name}"]`).fill(value);
      await panel().locator(`[data-field="${name}"]`).press('Enter');
    }
    // A copy of the hall, drawn after the table (on top of it).
    const hall = await panel().locator('[data-control="element"] option').filter({ hasText: /^台下$/ }).getAttribute('value');
    await panel().locator('[data-control="element"]').selectOption(hall!);
    await panel().locator('[data-action="duplicateElement"]').click();
    expect((await elementNames()).filter((n) => n.startsWith('台下'))).toEqual(['台下', '台下 2']);
    const box = (await onScreen()).find((b) => b.id === table)!;
    const canvas = await canvasSize();
    await app.page.mouse.click(canvas.x + box.x + box.width / 2, canvas.y + box.y + box.height / 2);
    await app.page.screenshot({ path: 'test-output/canvas-fit-table-over-hall.png' });
    expect(await panel().locator('[data-control="element"]').inputValue()).toBe(table);
  });
});
