// bench/canvas: the canvas with a 10,000-seat plan (100 × 100 hall + 3-row rostrum, everyone named)
// in Debian Chromium, headless, software rendering. Frame time = the input handler's work plus
// the drawing in the next animation frame (measured between a frame callback registered before
// the input and one after Konva's). In the same run, the same pan on a bare Konva page that draws
// 10,000 rects and 10,000 labels, so the figures can be compared on a loaded machine.
// Usage: npx tsx bench/canvas.ts   (needs /usr/bin/chromium)
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { arrangeZones } from '../shared/arrange/arrange';
import { serializeProject } from '../shared/model/load';
import { quickVenue } from '../shared/model/quick-venue';
import { emptyProject } from '../shared/model/sample';
import { CHROMIUM_PATH } from '../test/e2e/harness';
import { generateRoster } from './roster';
import { measureBareDrag, measureBlockDrag } from './canvas-drag';

const STEPS = 60;
const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-bench-')), '万人会议.zuoci');
const plan = arrangeZones({ ...emptyProject(quickVenue({ rostrumRows: [14, 14, 14], hall: { rows: 100, seatsPerRow: 100, aisles: [25, 75] } })), people: generateRoster(10_000) }).project;
writeFileSync(file, serializeProject(plan));

// In the page: run `fire(i)` STEPS times, each followed by one frame; return each step's work in ms.
const MEASURE = `window.__measure = async (steps, fire) => {
  const times = [];
  for (let i = 0; i < steps; i++) {
    let frameStart = 0;
    requestAnimationFrame(() => { frameStart = performance.now(); });
    const h0 = performance.now();
    await fire(i);
    const handler = performance.now() - h0;
    const drawn = await new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now() - frameStart)));
    times.push(handler + drawn);
  }
  return times;
};`;

const stats = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
};
const line = (label: string, times: number[]) => {
  const { median, p95 } = stats(times);
  console.log(`${label.padEnd(44)} median ${median.toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms`);
  return median;
};

async function measure(page: Page, fire: string, steps = STEPS): Promise<number[]> {
  return page.evaluate(`window.__measure(${steps}, ${fire})`) as Promise<number[]>;
}

/** PROFILE=1: where the time of an edit goes (self time by function, top 15). */
async function profile(page: Page, fire: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  await measure(page, fire, 6);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] } };
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${key}`);
}

// The production build (React without its development checks), served by Vite's preview server
// with the same host API as the e2e tests.
mkdirSync('test-output', { recursive: true });
const outDir = mkdtempSync(path.join(os.tmpdir(), 'zuoci-bench-build-'));
await build({ configFile: path.resolve('vite.config.ts'), build: { outDir, emptyOutDir: true, ...(process.env.PROFILE ? { minify: false } : {}) }, logLevel: 'error' });
const server = await preview({ configFile: path.resolve('vite.config.ts'), build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
await page.goto(server.resolvedUrls!.local[0]!);
await page.waitForSelector('[data-action="open"]');
const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-action="open"]')]);
await chooser.setFiles(file);
await page.getByText('已打开').waitFor();
await page.evaluate(MEASURE);
await page.evaluate(`window.__canvas = document.querySelector('.canvas-host canvas');
  window.__fire = (type, init) => window.__canvas.dispatchEvent(new (type === 'wheel' ? WheelEvent : PointerEvent)(type, { bubbles: true, cancelable: true, ...init }));
  window.__box = window.__canvas.getBoundingClientRect();`);
const centre = `window.__box.left + window.__box.width / 2`;
const middle = `window.__box.top + window.__box.height / 2`;
console.log(`Plan: ${plan.venue.elements.length} elements, ${Object.keys(plan.assignment).length} people seated; canvas ${await page.evaluate('window.__box.width')} × ${await page.evaluate('window.__box.height')} px`);

// Pan with the middle button, the whole room in view (seats as cells, block counts).
const pan = (label: string) => `async (i) => {
  if (i === 0) window.__fire('pointerdown', { button: 1, buttons: 4, clientX: ${centre}, clientY: ${middle} });
  const dx = 200 * Math.sin(i / 6);
  window.__fire('pointermove', { button: -1, buttons: 4, clientX: ${centre} + dx, clientY: ${middle} + dx / 2 });
  if (i === ${STEPS - 1}) window.__fire('pointerup', { button: 1, clientX: ${centre}, clientY: ${middle} }); /* ${label} */
}`;
await page.screenshot({ path: 'test-output/bench-canvas-fit.png' });
const appPanFit = line('app: pan, whole room (cells)', await measure(page, pan('fit')));
// Six times closer: seats with surnames, a thousand or more on screen.
await page.evaluate(`(async () => { for (let i = 0; i < 10; i++) { window.__fire('wheel', { deltaY: -120, clientX: ${centre}, clientY: ${middle} }); await new Promise(requestAnimationFrame); } })()`);
await page.screenshot({ path: 'test-output/bench-canvas-mid.png' });
line(`app: pan, mid zoom (${await page.textContent('[data-testid="zoom-level"]')})`, await measure(page, pan('mid')));
// Zoom in until names are legible (as the e2e test does), then pan there.
await page.evaluate(`(async () => {
  for (let i = 0; i < 40 && Konva.stages[0].find('.seat-name').length === 0; i++) {
    window.__fire('wheel', { deltaY: -60, clientX: ${centre}, clientY: ${middle} });
    await new Promise(requestAnimationFrame);
  }
})()`);
const names = await page.evaluate(`Konva.stages[0].find('.seat-name').length`);
await page.screenshot({ path: 'test-output/bench-canvas-names.png' });
const appPanNames = line(`app: pan, names legible (${names} name nodes)`, await measure(page, pan('names')));
line('app: wheel zoom at the pointer (in and out)', await measure(page, `(i) => window.__fire('wheel', { deltaY: (i % 20 < 10 ? -1 : 1) * 120, clientX: ${centre} + 50, clientY: ${middle} })`));
await page.click('[data-action="zoomFit"]');
line('app: wheel zoom from the whole room', await measure(page, `(i) => window.__fire('wheel', { deltaY: (i % 30 < 15 ? -1 : 1) * 200, clientX: ${centre}, clientY: ${middle} })`));

// Click a seat → the selection painted.
await page.evaluate(`(async () => { for (let i = 0; i < 10; i++) { window.__fire('wheel', { deltaY: -200, clientX: ${centre}, clientY: ${middle} }); await new Promise(requestAnimationFrame); } })()`);
const seat = `(id) => { const r = window.zuociCanvas.seatOnScreen(id); return { x: window.__box.left + r.x + r.width / 2, y: window.__box.top + r.y + r.height / 2 }; }`;
await page.evaluate(`window.__seat = ${seat}`);
line('click a seat → selection painted', await measure(page, `(i) => {
  const ids = ['hall-1:1-50', 'hall-1:2-51', 'hall-1:3-49', 'hall-1:2-50'];
  const p = window.__seat(ids[i % ids.length]);
  window.__fire('pointerdown', { button: 0, buttons: 1, clientX: p.x, clientY: p.y });
  window.__fire('pointerup', { button: 0, clientX: p.x, clientY: p.y });
}`, 20));
if (process.env.PROFILE) await profile(page, `() => document.querySelector('[data-action="lockSeats"]').click()`);
line('edit: lock / unlock the seat → next frame', await measure(page, `() => document.querySelector('[data-action="lockSeats"]').click()`, 10));
line('edit: arrange all 10,000 → next frame', await measure(page, `() => document.querySelector('[data-action="arrangeAll"]').click()`, 3));
// Layout mode: drag the 10,000-seat hall block (issue 9; goals: frame < 16 ms, drop < 100 ms).
const drag = await measureBlockDrag(page, 'hall-1:50-50');
if (process.env.PROFILE) await profile(page, `(i) => {
  const r = window.zuociCanvas.seatOnScreen('hall-1:50-50');
  const x = window.__box.left + r.x + r.width / 2, y = window.__box.top + r.y + r.height / 2, s = i % 2 ? -1 : 1;
  window.__fire('pointerdown', { button: 0, buttons: 1, clientX: x, clientY: y });
  for (let k = 1; k < 4; k++) window.__fire('pointermove', { button: -1, buttons: 1, clientX: x + s * k * 10, clientY: y });
  window.__fire('pointerup', { button: 0, clientX: x + s * 30, clientY: y });
}`);
await page.screenshot({ path: 'test-output/bench-canvas-drag.png' });
line('layout: lift the hall block (first move)', drag.lift);
const appDragMove = line('layout: drag the 10,000-seat hall block', drag.moves);
const appDrop = line('layout: drop → written, room rebuilt, drawn', drag.drops);
const cdp = await page.context().newCDPSession(page);
await cdp.send('HeapProfiler.collectGarbage');
const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
console.log(`JS heap after GC                             ${(heap.usedSize / 1024 / 1024).toFixed(1)} MB`);

// The bare baseline: 10,000 rects + 10,000 labels, one layer, nothing culled, the stage moved.
const bare = await browser.newPage();
await bare.setViewportSize({ width: 1400, height: 900 });
await bare.setContent('<div id="c"></div>');
await bare.addScriptTag({ path: path.resolve('node_modules/konva/konva.min.js') });
const size = await page.evaluate('({ width: window.__box.width, height: window.__box.height })') as { width: number; height: number };
await bare.evaluate(`(() => {
  const stage = new Konva.Stage({ container: 'c', width: ${size.width}, height: ${size.height} });
  const layer = new Konva.Layer({ listening: false });
  for (let r = 0; r < 100; r++) for (let c = 0; c < 100; c++) {
    layer.add(new Konva.Rect({ x: c * 12, y: r * 10, width: 10, height: 8, fill: '#dbe7fb', stroke: '#8a8a8a', strokeWidth: 0.3, listening: false, perfectDrawEnabled: false }));
    layer.add(new Konva.Text({ x: c * 12, y: r * 10 + 2, text: '王建国', fontSize: 3, listening: false, perfectDrawEnabled: false }));
  }
  stage.add(layer);
  window.__stage = stage;
})()`);
await bare.evaluate(MEASURE);
const barePan = line('bare Konva: pan 10,000 rects + 10,000 labels', await measure(bare, `(i) => { const dx = 200 * Math.sin(i / 6); window.__stage.position({ x: dx, y: dx / 2 }); window.__stage.batchDraw(); }`));
const bareDrag = await measureBareDrag(bare);
const bareMove = line('bare Konva: move a layer of 10,000 rects + labels', bareDrag.moves);
const bareRebuild = line('bare Konva: rebuild 10,000 rects + labels', bareDrag.rebuilds);
console.log(`ratio app / bare (drag move)                 ${(appDragMove / bareMove).toFixed(2)}×`);
console.log(`ratio app / bare (drop / rebuild)            ${(appDrop / bareRebuild).toFixed(2)}×`);
console.log(`ratio app / bare (pan, whole room)           ${(appPanFit / barePan).toFixed(2)}×`);
console.log(`ratio app / bare (pan, names legible)        ${(appPanNames / barePan).toFixed(2)}×`);
await browser.close();
await new Promise((resolve) => server.httpServer.close(resolve));
