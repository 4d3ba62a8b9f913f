// bench/floor-plan: what a traced floor plan costs the canvas. In the 大礼堂 (628 seats), the
// median time to draw the whole stage with no plan (the baseline, same run) and with a PDF's first
// page (2,400 px wide) under the room; and the time from a change of opacity to its redraw, which
// must not rebuild the room. Needs /usr/bin/chromium.
import path from 'node:path';
import { startApp } from '../test/e2e/harness';

const DRAWS = 200;
const app = await startApp();
const { page } = app;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
// A canvas records drawing commands and rasterises them later: reading a pixel back from every
// layer makes each measured draw include the real painting of the picture.
const drawTimes = () => page.evaluate((n) => {
  type Layer = { getContext: () => { _context: CanvasRenderingContext2D } };
  const stage = (window as unknown as { Konva: { stages: { draw: () => void; getLayers: () => Layer[] }[] } }).Konva.stages[0]!;
  // (No inner functions: the bench runner would name them with a helper the page lacks.)
  const times: number[] = [];
  for (let i = -20; i < n; i++) {
    const start = performance.now();
    stage.draw();
    for (const layer of stage.getLayers()) layer.getContext()._context.getImageData(0, 0, 1, 1);
    if (i >= 0) times.push(performance.now() - start); // the first 20 warm up
  }
  return times;
}, DRAWS);

await page.selectOption('[data-control="room"]', '大礼堂');
const baseline = median(await drawTimes());

const panel = page.locator('[data-testid="floor-plan-panel"]');
await panel.locator('summary').click();
const [chooser] = await Promise.all([page.waitForEvent('filechooser'), panel.locator('[data-action="importFloorPlan"]').click()]);
await chooser.setFiles(path.resolve('test/fixtures/floor-plan.pdf'));
await page.getByText('已导入底图').waitFor();
await page.waitForFunction(() => (window as unknown as { zuociCanvas: { floorPlan: () => unknown } }).zuociCanvas.floorPlan() !== null);
const traced = median(await drawTimes());

const opacityStart = performance.now();
await panel.locator('[data-field="floor-plan-opacity"]').fill('0.7');
await page.waitForFunction(() => (window as unknown as { zuociCanvas: { floorPlan: () => { opacity: number } | null } }).zuociCanvas.floorPlan()?.opacity === 0.7);
await page.evaluate('new Promise(requestAnimationFrame)');
const opacity = performance.now() - opacityStart;

await panel.locator('[data-action="removeFloorPlan"]').click();
await page.waitForFunction(() => (window as unknown as { zuociCanvas: { floorPlan: () => unknown } }).zuociCanvas.floorPlan() === null);
const after = median(await drawTimes());

console.log(`whole stage draw, no floor plan (baseline)   ${baseline.toFixed(2).padStart(7)} ms, again after removing it ${after.toFixed(2)} ms`);
console.log(`whole stage draw, 2,400 px floor plan        ${traced.toFixed(2).padStart(7)} ms (median of ${DRAWS})`);
console.log(`opacity change to redrawn frame              ${opacity.toFixed(0).padStart(7)} ms`);
await app.close();
