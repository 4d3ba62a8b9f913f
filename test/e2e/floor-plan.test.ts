// 底图 (issue 9 item 4) as a new user traces a floor plan: import a PNG under the room, set its
// scale by clicking two marks on it and typing the real distance, fade it, undo and redo; a PDF's
// first page; a picture over 8 MB refused with the reason; remove it. Checked on the rendered
// canvas (the probe's picture rectangle) and in the saved file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillForm } from './forms';
import { answerQuestion, type AppHarness, browserAvailable } from './harness';
import { startApp } from './harness';

let app: AppHarness;
const panel = () => app.page.locator('[data-testid="floor-plan-panel"]');
const canvas = () => app.page.locator('[data-testid="venue-canvas"]');

type Shown = { x: number; y: number; width: number; height: number; opacity: number; pixels: { width: number; height: number }; onScreen: { x: number; y: number; width: number; height: number } } | null;
const floorPlan = () => app.page.evaluate(() => (window as unknown as { zuociCanvas: { floorPlan: () => Shown } }).zuociCanvas.floorPlan());
/** Wait until the canvas draws a picture matching `test` (pictures decode asynchronously), frame by frame. */
async function drawnPlan(test: (shown: Shown) => boolean): Promise<Shown> {
  for (let frame = 0; frame < 300; frame++) {
    const shown = await floorPlan();
    if (test(shown)) return shown;
    await app.page.evaluate('new Promise(requestAnimationFrame)');
  }
  throw new Error(`the canvas never drew the expected floor plan; it shows ${JSON.stringify(await floorPlan())}`);
}

async function importFile(file: string): Promise<void> {
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), panel().locator('[data-action="importFloorPlan"]').click()]);
  await chooser.setFiles(file);
}

/** The fixture's two red marks are 300 px apart on a 400 × 300 px picture, at (50, 150) and (350, 150). */
const mark = (shown: NonNullable<Shown>, px: number, py: number) => ({
  x: shown.onScreen.x + (px * shown.onScreen.width) / 400,
  y: shown.onScreen.y + (py * shown.onScreen.height) / 300,
});

describe.skipIf(!browserAvailable)('tracing a floor plan in Chromium', () => {
  beforeAll(async () => {
    app = await startApp();
    await panel().locator('summary').click();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('imports a PNG as a faded picture fitted across the room, under the seats', async () => {
    expect(await floorPlan()).toBeNull();
    expect(await panel().locator('[data-action="setFloorPlanScale"]').isDisabled()).toBe(true);
    await importFile('test/fixtures/floor-plan.png');
    const shown = (await drawnPlan((s) => s !== null))!;
    expect(shown.opacity).toBe(0.4);
    expect(shown.x).toBe(0);
    expect(shown.width / shown.height).toBeCloseTo(400 / 300);
    await app.page.getByText('已导入底图“floor-plan.png”').waitFor();
    // On the room layer just above its floor: the room's shapes, seats and names are drawn over it.
    const place = await app.page.evaluate(() => {
      type Node = { name: () => string; zIndex: () => number; getLayer: () => unknown };
      const stage = (window as unknown as { Konva: { stages: { getLayers: () => unknown[]; findOne: (s: string) => Node }[] } }).Konva.stages[0]!;
      const picture = stage.findOne('.floor-plan');
      return { layer: stage.getLayers().indexOf(picture.getLayer()), zIndex: picture.zIndex() };
    });
    expect(place).toEqual({ layer: 0, zIndex: 1 });
  });

  it('sets the scale from two clicked marks and a distance of 15 m: 5 cm a pixel; undo and redo', async () => {
    const fitted = (await floorPlan())!;
    await panel().locator('[data-action="setFloorPlanScale"]').click();
    await app.page.locator('[data-testid="scale-picker"]').waitFor();
    await canvas().click({ position: mark(fitted, 50, 150) });
    expect(await app.page.locator('[data-testid="scale-picker"]').getAttribute('data-points')).toBe('1');
    await canvas().click({ position: mark(fitted, 350, 150) });
    // The distance box has the focus: what the user types goes into it.
    await app.page.locator('[data-testid="form-dialog"] [data-field="distance"]').waitFor();
    await app.page.keyboard.type('15');
    expect(await app.page.locator('[data-field="distance"]').inputValue()).toBe('15');
    await fillForm(app.page, { distance: '15' });
    const scaled = (await drawnPlan((s) => s !== null && Math.abs(s.width - 2000) < 1))!;
    expect(scaled.width).toBeCloseTo(400 * 5, 0);
    expect(scaled.height).toBeCloseTo(300 * 5, 0);
    // The first mark stays where it was clicked in the room.
    expect(fitted.x + (50 * fitted.width) / 400).toBeCloseTo(scaled.x + 50 * 5, 0);
    expect(await panel().locator('[data-testid="floor-plan-scale"]').textContent()).toBe('比例：1 像素 = 5 厘米');

    await app.page.keyboard.press('Control+z');
    expect((await drawnPlan((s) => s !== null && Math.abs(s.width - 2000) > 1))!.width).toBeCloseTo(fitted.width, 3);
    await app.page.keyboard.press('Control+y');
    expect((await drawnPlan((s) => s !== null && Math.abs(s.width - 2000) < 1))!.width).toBeCloseTo(2000, 0);
    await app.page.screenshot({ path: 'test-output/floor-plan-scaled.png' });
  });

  it('Escape while picking the points leaves the scale as it was', async () => {
    await panel().locator('[data-action="setFloorPlanScale"]').click();
    await app.page.locator('[data-testid="scale-picker"]').waitFor();
    await app.page.keyboard.press('Escape');
    await app.page.locator('[data-testid="scale-picker"]').waitFor({ state: 'detached' });
    expect((await floorPlan())!.width).toBeCloseTo(2000, 0);
  });

  it('fades the picture with the slider and moves it in metres, each one undo step', async () => {
    await panel().locator('[data-field="floor-plan-opacity"]').fill('0.7');
    expect((await drawnPlan((s) => s?.opacity === 0.7))!.opacity).toBe(0.7);
    await panel().locator('[data-field="floor-plan-x"]').fill('-1.5');
    await panel().locator('[data-field="floor-plan-x"]').press('Enter');
    expect((await drawnPlan((s) => s?.x === -150))!.x).toBe(-150);
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await app.page.keyboard.press('Control+z');
    expect((await drawnPlan((s) => s?.x !== -150))!.opacity).toBe(0.7);
    await app.page.keyboard.press('Control+z');
    expect((await drawnPlan((s) => s?.opacity === 0.4))!.width).toBeCloseTo(2000, 0);
  });

  it('dragging the opacity slider is one undo step, however far it goes', async () => {
    const slider = panel().locator('[data-field="floor-plan-opacity"]');
    const box = (await slider.boundingBox())!;
    await app.page.mouse.move(box.x + box.width * 0.37, box.y + box.height / 2);
    await app.page.mouse.down();
    for (const f of [0.5, 0.7, 0.9, 1.2]) await app.page.mouse.move(box.x + box.width * f, box.y + box.height / 2);
    await app.page.mouse.up();
    expect((await drawnPlan((s) => s?.opacity === 1))!.opacity).toBe(1);
    await app.page.keyboard.press('Control+z');
    expect((await drawnPlan((s) => s?.opacity !== 1))!.opacity).toBe(0.4);
  });

  it('the saved file keeps the picture and its scale in the session’s venue', async () => {
    await app.page.keyboard.press('Control+s');
    await answerQuestion(app.page, '描图.zuoci');
    await app.page.getByText('已保存').waitFor();
    const saved = JSON.parse(readFileSync(path.join(app.workDir, '描图.zuoci'), 'utf8'));
    const background = saved.sessions[0].venue.background;
    expect(background.cmPerPixel).toBeCloseTo(5, 2);
    expect(background.opacity).toBe(0.4);
    expect(background.image).toBe(`data:image/png;base64,${readFileSync('test/fixtures/floor-plan.png').toString('base64')}`);
  });

  it('refuses a picture over 8 MB with its size, keeping the one there', async () => {
    const big = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-big-')), 'scan.png');
    writeFileSync(big, Buffer.alloc(9 * 1024 * 1024));
    await importFile(big);
    await app.page.getByText('底图文件 9.0 MB，超过 8 MB 上限').waitFor();
    expect((await floorPlan())!.width).toBeCloseTo(2000, 0);
  });

  it('scales a 6,000 px scan down to 4,096 px on import, keeping its shape', async () => {
    await importFile('test/fixtures/floor-plan-large.png');
    const shown = (await drawnPlan((s) => s !== null && s.pixels.width !== 400))!;
    expect(shown.pixels).toEqual({ width: 4096, height: 1024 });
    expect(shown.width / shown.height).toBeCloseTo(4);
    await app.page.keyboard.press('Control+z');
    expect((await drawnPlan((s) => s?.pixels.width === 400))!.width).toBeCloseTo(2000, 0);
  });

  it('imports the first page of a PDF, saying how many pages it has', async () => {
    await importFile('test/fixtures/floor-plan.pdf');
    await app.page.getByText('PDF 共 2 页，已使用第 1 页。').waitFor();
    const shown = (await drawnPlan((s) => s !== null && Math.abs(s.width / s.height - 1.5) < 0.01))!;
    expect(shown.x).toBe(0);
    await app.page.screenshot({ path: 'test-output/floor-plan-pdf.png' });
  });

  it('removes the picture (one undo step)', async () => {
    await panel().locator('[data-action="removeFloorPlan"]').click();
    await drawnPlan((s) => s === null);
    await app.page.keyboard.press('Control+z');
    expect((await drawnPlan((s) => s !== null))!.width / (await floorPlan())!.height).toBeCloseTo(1.5);
  });

  it('keeps its floor plan in the template file, shows it in the gallery card and under the new meeting’s room', async () => {
    const elements = app.page.locator('[data-testid="element-panel"]');
    await elements.locator('summary').click();
    await elements.locator('[data-action="saveRoomAsTemplate"]').click();
    await answerQuestion(app.page, '描图会场');
    await app.page.getByText('已存为模板“描图会场”').waitFor();
    const file = JSON.parse(readFileSync(path.join(app.workDir, 'templates', '描图会场.zuoci-room'), 'utf8'));
    expect(file.venue.background.image).toMatch(/^data:image\/png;base64,/);

    await app.page.selectOption('[data-control="room"]', 'gallery:');
    const card = app.page.locator('[data-testid="room-gallery"] [data-room="user:描图会场.zuoci-room"]');
    // The plan's red marks, faded, show in the thumbnail once the picture has decoded.
    const reddish = () => card.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! > 200 && data[i + 1]! < 175 && data[i + 2]! < 175) n++;
      return n;
    });
    for (let frame = 0; frame < 300 && (await reddish()) === 0; frame++) await app.page.evaluate('new Promise(requestAnimationFrame)');
    expect(await reddish()).toBeGreaterThan(0);
    await app.page.locator('[data-testid="room-gallery"]').screenshot({ path: 'test-output/floor-plan-gallery.png' });
    await card.click();
    if (await app.page.locator('[data-testid="question-dialog"]').count()) await answerQuestion(app.page);
    expect((await drawnPlan((s) => s !== null && Math.abs(s.width / s.height - 1.5) < 0.01))!.x).toBe(0);
  });
});
