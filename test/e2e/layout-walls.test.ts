// A wall in layout mode (布置), as a new user meets it after the kinds and layout branches met: add
// a wall from the palette, switch to 布置, click the wall — its frame lies on the wall as drawn —
// and pull its right handle: the wall gets longer by the pointer's travel, one undo step.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppHarness, browserAvailable, startApp } from './harness';

let app: AppHarness;
const page = () => app.page;
const panel = () => page().locator('[data-testid="element-panel"]');
type Box = { x: number; y: number; width: number; height: number };
type Konva = { stages: { scaleX: () => number; find: (s: string) => { getAttr: (a: string) => unknown; getClientRect: () => Box; x: () => number; y: () => number; width: () => number; height: () => number; getAbsolutePosition: () => { x: number; y: number } }[]; findOne: (s: string) => { getAbsolutePosition: () => { x: number; y: number }; width: () => number; height: () => number } }[] };
const konva = () => (window as unknown as { Konva: Konva }).Konva.stages[0]!;
/** The wall's drawn line on the canvas (canvas px). */
const wallOnScreen = () => page().evaluate(`(${konva.toString()})().find('.wall')[0].getClientRect()`) as Promise<Box>;
const frames = () => page().evaluate(`(${konva.toString()})().find('.element-frame').map((n) => ({ id: n.getAttr('elementId'), cx: n.x(), cy: n.y(), width: n.width(), height: n.height() }))`) as Promise<{ id: string; cx: number; cy: number; width: number; height: number }[]>;
/** A Transformer anchor's centre (canvas px): anchors are centred on their position by their offset. */
const handle = (name: string) => page().evaluate(`(() => { const a = (${konva.toString()})().findOne('.${name}'); return a.getAbsolutePosition(); })()`) as Promise<{ x: number; y: number }>;
const canvasBox = async () => (await page().locator('.canvas-host canvas').first().boundingBox())!;
const wallPoints = () => page().evaluate(`(async () => {
  const { useZuoci } = await import('/store/store.ts');
  return useZuoci.getState().project.venue.elements.find((e) => e.kind === 'wall').points;
})()`) as Promise<{ x: number; y: number }[]>;

describe.skipIf(!browserAvailable)('a wall in layout mode in Chromium', () => {
  beforeAll(async () => {
    app = await startApp();
    await panel().locator('summary').click();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a click on the wall selects it with a frame on the line; its right handle makes it longer', async () => {
    await panel().locator('[data-control="palette"]').selectOption('wall');
    const wallId = await panel().locator('[data-control="element"]').inputValue();
    await page().click('[data-action="layoutMode"]');
    await page().click('[data-action="toggleSnap"]'); // exact travel, no snapping
    const line = await wallOnScreen();
    const box = await canvasBox();
    await page().mouse.click(box.x + line.x + line.width / 2, box.y + line.y + line.height / 2);
    const [frame] = await frames();
    expect(frame?.id).toBe(wallId);
    // The frame is centred on the wall line (600 cm long, 24 cm thick), not below it.
    expect([frame!.width, frame!.height]).toEqual([600, 24]);
    const k = await page().evaluate(`(${konva.toString()})().scaleX()`) as number;
    const anchor = await handle('middle-right');
    expect(Math.abs(anchor.y - (line.y + line.height / 2))).toBeLessThan(2);
    await page().screenshot({ path: 'test-output/layout-wall-selected.png' });
    await page().mouse.move(box.x + anchor.x, box.y + anchor.y);
    await page().mouse.down();
    for (let i = 1; i <= 8; i++) await page().mouse.move(box.x + anchor.x + (200 * k * i) / 8, box.y + anchor.y);
    await page().mouse.up();
    await expect.poll(async () => (await wallPoints())[1]!.x).toBeGreaterThan(790);
    expect((await wallPoints())[1]!.x).toBeLessThan(810);
    expect((await wallPoints())[1]!.y).toBe(0);
    await page().keyboard.press('Control+z');
    expect((await wallPoints())[1]!.x).toBe(600);
  });
});
