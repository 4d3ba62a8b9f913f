// Issue 9 "Editing" on the canvas, as a new user meets it: switch the canvas to 布置 (layout
// mode), drag the hall block, turn a round table 90° by the Transformer's handle, pull the hall
// block to more rows, nudge with the arrow keys, copy a block into a second session's room, align
// two elements, undo and redo each, and cancel a drag with Escape — checked on the rendered canvas
// (window.zuociCanvas, the Konva nodes) and in the saved file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, type AppHarness, browserAvailable, frameSeats, seatPoint, startApp } from './harness';

let app: AppHarness;
let saves = 0;

type Rect = { x: number; y: number; width: number; height: number };
type Probe = { seatCount: () => number; seatOnScreen: (id: string) => Rect | null };
type SavedElement = { id: string; kind: string; name?: string; x: number; y: number; rotation?: number; rows?: number; seatsPerRow?: number; shape?: string };

const page = () => app.page;
const seatCount = () => page().evaluate(() => (window as unknown as { zuociCanvas: Probe }).zuociCanvas.seatCount());
const canvasBox = async () => (await page().locator('.canvas-host canvas').first().boundingBox())!;
/** A point on the canvas (canvas px) in page coordinates. */
const onPage = async (p: { x: number; y: number }) => {
  const box = await canvasBox();
  return { x: box.x + p.x, y: box.y + p.y };
};
const scale = () => page().evaluate(() => (window as unknown as { Konva: { stages: { scaleX: () => number }[] } }).Konva.stages[0]!.scaleX());

/** Save (Ctrl+S) and read the open session's elements back from the file on disk. */
async function savedElements(session = 0): Promise<SavedElement[]> {
  await page().keyboard.press('Control+s');
  if (saves++ === 0) await answerQuestion(page(), '布置.zuoci');
  // Saved when the title names the file and no longer says 未保存 (an earlier 已保存 notice may still show).
  await page().locator('[data-testid="file-name"]', { hasText: '布置.zuoci' }).waitFor();
  await page().locator('[data-testid="file-name"] em').waitFor({ state: 'detached' });
  const saved = JSON.parse(readFileSync(path.join(app.workDir, '布置.zuoci'), 'utf8'));
  return saved.sessions[session].venue.elements;
}
const byKind = (elements: SavedElement[], kind: string) => elements.find((e) => e.kind === kind)!;

/** Drag with the mouse in small steps, as a hand does. */
async function drag(from: { x: number; y: number }, dx: number, dy: number, options: { release?: boolean } = {}): Promise<void> {
  const start = await onPage(from);
  await page().mouse.move(start.x, start.y);
  await page().mouse.down();
  for (let i = 1; i <= 8; i++) await page().mouse.move(start.x + (dx * i) / 8, start.y + (dy * i) / 8);
  if (options.release !== false) await page().mouse.up();
}
const click = async (p: { x: number; y: number }, modifiers: ('Shift')[] = []) => {
  const at = await onPage(p);
  for (const m of modifiers) await page().keyboard.down(m);
  await page().mouse.click(at.x, at.y);
  for (const m of modifiers) await page().keyboard.up(m);
};
/** A Transformer handle's centre on the canvas (Konva names them 'rotater', 'bottom-center'…). */
const handle = (name: string) => page().evaluate((n) => {
  const stage = (window as unknown as { Konva: { stages: { findOne: (s: string) => { getAbsolutePosition: () => { x: number; y: number }; width: () => number; height: () => number } }[] } }).Konva.stages[0]!;
  const anchor = stage.findOne(`.${n}`);
  const p = anchor.getAbsolutePosition();
  return { x: p.x + anchor.width() / 2, y: p.y + anchor.height() / 2 };
}, name);
/** The selected elements' frames as drawn on the canvas. */
const frames = () => page().evaluate(() => {
  const stage = (window as unknown as { Konva: { stages: { find: (s: string) => { getAttr: (a: string) => unknown; x: () => number; y: () => number; width: () => number; height: () => number; rotation: () => number }[] }[] } }).Konva.stages[0]!;
  return stage.find('.element-frame').map((n) => ({ id: n.getAttr('elementId') as string, cx: n.x(), cy: n.y(), width: n.width(), height: n.height(), rotation: n.rotation() }));
});
const viewOffset = () => page().evaluate(() => {
  const stage = (window as unknown as { Konva: { stages: { x: () => number; y: () => number }[] } }).Konva.stages[0]!;
  return { x: stage.x(), y: stage.y() };
});
let firstElements: SavedElement[] = [];
const savedElementsBefore = async () => firstElements;
const undo = () => page().keyboard.press('Control+z');
const redo = () => page().keyboard.press('Control+y');

describe.skipIf(!browserAvailable)('layout mode: editing the room on the canvas in Chromium', () => {
  let hallId = '';
  let hallX = 0;
  let hallY = 0;

  const konvaWarnings: string[] = [];
  beforeAll(async () => {
    app = await startApp();
    app.page.on('console', (message) => {
      if (message.type() === 'warning' && message.text().includes('Konva')) konvaWarnings.push(message.text());
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('switches the canvas to 布置 and drags the hall block by the cm the pointer moved', async () => {
    const before = await savedElements();
    firstElements = before;
    const hall = byKind(before, 'hall');
    hallId = hall.id;
    await page().click('[data-action="layoutMode"]');
    await page().locator('[data-action="alignLeft"]').waitFor();
    expect(await page().getAttribute('[data-action="layoutMode"]', 'aria-pressed')).toBe('true');
    // Layout mode's layer makes five, Konva's recommended most, and Konva has nothing to warn of.
    expect(await page().evaluate(() => (window as unknown as { Konva: { stages: { getLayers: () => unknown[] }[] } }).Konva.stages[0]!.getLayers().length)).toBeLessThanOrEqual(5);
    expect(konvaWarnings).toEqual([]);
    // Without snapping, the block moves by exactly the pointer's travel.
    await page().click('[data-action="toggleSnap"]');
    const k = await scale();
    const seatBefore = await seatPoint(page(), `${hallId}:1-1`);
    await drag(seatBefore, 100, 60);
    const seatAfter = await seatPoint(page(), `${hallId}:1-1`);
    expect(seatAfter.x - seatBefore.x).toBeCloseTo(100, 0);
    expect(seatAfter.y - seatBefore.y).toBeCloseTo(60, 0);
    const moved = byKind(await savedElements(), 'hall');
    expect(moved.x - hall.x).toBeCloseTo(100 / k, 0);
    expect(moved.y - hall.y).toBeCloseTo(60 / k, 0);
    // Everyone seated in the block moved with it.
    expect(await frames()).toEqual([expect.objectContaining({ id: hallId })]);
    await page().screenshot({ path: 'test-output/canvas-design-moved.png' });

    await undo();
    expect(await seatPoint(page(), `${hallId}:1-1`)).toEqual(seatBefore);
    await redo();
    expect(await seatPoint(page(), `${hallId}:1-1`)).toEqual(seatAfter);
    hallX = moved.x;
    hallY = moved.y;
  });

  it('snaps a drag to the 10 cm grid, with snapping back on', async () => {
    await page().click('[data-action="toggleSnap"]');
    await drag(await seatPoint(page(), `${hallId}:1-1`), 37, 23);
    const hall = byKind(await savedElements(), 'hall');
    expect(hall.x % 10).toBe(0);
    expect(hall.y % 10).toBe(0);
    await undo();
    expect(byKind(await savedElements(), 'hall')).toMatchObject({ x: hallX, y: hallY });
  });

  it('Escape in the middle of a drag leaves the plan as it was', async () => {
    const seat = await seatPoint(page(), `${hallId}:1-1`);
    await drag(seat, 150, 80, { release: false });
    // Mid-drag: the block's picture (seats, row labels, name) follows the pointer.
    await page().screenshot({ path: 'test-output/canvas-design-dragging.png' });
    await page().keyboard.press('Escape');
    await page().mouse.up();
    expect(await seatPoint(page(), `${hallId}:1-1`)).toEqual(seat);
    expect(byKind(await savedElements(), 'hall')).toMatchObject({ x: hallX, y: hallY });
  });

  it('pulls the hall block’s bottom handle down two rows: 2 more rows of seats, one undo step; Escape cancels a pull', async () => {
    const before = await seatCount();
    const hall = byKind(await savedElements(), 'hall');
    await click(await seatPoint(page(), `${hallId}:1-1`));
    expect(await frames()).toEqual([expect.objectContaining({ id: hallId })]);
    const k = await scale();
    // Two row pitches (90 cm each) further down.
    // Escape while pulling the handle: the Transformer stops, nothing changes.
    await drag(await handle('bottom-center'), 0, 3 * 90 * k, { release: false });
    await page().keyboard.press('Escape');
    await page().mouse.up();
    expect(await seatCount()).toBe(before);
    expect(byKind(await savedElements(), 'hall')).toMatchObject({ rows: hall.rows });
    expect(await frames()).toEqual([expect.objectContaining({ id: hallId })]);
    await drag(await handle('bottom-center'), 0, 2 * 90 * k, { release: false });
    // While pulling, the seats it will have are drawn, with rows × seats.
    expect(await page().evaluate(() => (window as unknown as { Konva: { stages: { findOne: (s: string) => { visible: () => boolean } }[] } }).Konva.stages[0]!.findOne('.resize-preview').visible())).toBe(true);
    await page().screenshot({ path: 'test-output/canvas-design-resizing.png' });
    await page().mouse.up();
    expect(await seatCount()).toBe(before + 2 * hall.seatsPerRow!);
    const grown = byKind(await savedElements(), 'hall');
    expect(grown).toMatchObject({ rows: hall.rows! + 2, seatsPerRow: hall.seatsPerRow, x: hall.x, y: hall.y });
    // Parameters, never a scale: the frame on the canvas has none either.
    expect(await page().evaluate(() => (window as unknown as { Konva: { stages: { findOne: (s: string) => { scaleY: () => number } }[] } }).Konva.stages[0]!.findOne('.element-frame').scaleY())).toBe(1);
    await page().screenshot({ path: 'test-output/canvas-design-resized.png' });
    await undo();
    expect(await seatCount()).toBe(before);
    await redo();
    expect(await seatCount()).toBe(before + 2 * hall.seatsPerRow!);
    await undo();
  });

  it('turns a round table 90° with the Transformer’s rotation handle', async () => {
    await page().locator('[data-testid="element-panel"] summary').click();
    await page().locator('[data-testid="element-panel"] [data-control="palette"]').selectOption('table-round');
    const table = byKind(await savedElements(), 'table');
    expect(table.rotation ?? 0).toBe(0);
    await frameSeats(page(), { elementId: table.id });
    await page().click('[data-action="zoomOut"]');
    await click(await seatPoint(page(), `${table.id}:1-1`));
    await page().waitForFunction(() => (window as unknown as { zuociLayout: { frames: () => number } }).zuociLayout.frames() === 1);
    const [frame] = await frames();
    const k = await scale();
    const centre = { x: frame!.cx * k + (await viewOffset()).x, y: frame!.cy * k + (await viewOffset()).y };
    const rotater = await handle('rotater');
    const radius = centre.y - rotater.y;
    // From above the centre round to its right: a quarter turn clockwise, in steps.
    const start = await onPage(rotater);
    await page().mouse.move(start.x, start.y);
    await page().mouse.down();
    for (let i = 1; i <= 10; i++) {
      const a = (i / 10) * (Math.PI / 2);
      const p = await onPage({ x: centre.x + radius * Math.sin(a), y: centre.y - radius * Math.cos(a) });
      await page().mouse.move(p.x, p.y);
    }
    await page().mouse.up();
    await page().screenshot({ path: 'test-output/canvas-design-turned.png' });
    const turned = byKind(await savedElements(), 'table');
    expect(turned).toMatchObject({ rotation: 90, x: table.x, y: table.y });
    expect((await frames())[0]!.rotation).toBe(90);
    // Seat 1 sat at the top of the table; turned clockwise it sits on its right.
    const seat = await seatPoint(page(), `${table.id}:1-1`);
    expect(seat.x).toBeGreaterThan(centre.x + 20);
    expect(Math.abs(seat.y - centre.y)).toBeLessThan(5);
    await undo();
    expect(byKind(await savedElements(), 'table').rotation ?? 0).toBe(0);
    await redo();
    expect(byKind(await savedElements(), 'table').rotation).toBe(90);
    // Done with it: the Delete key removes the selected table (one step).
    await page().keyboard.press('Delete');
    expect((await savedElements()).some((e) => e.kind === 'table')).toBe(false);
    await undo();
    expect(byKind(await savedElements(), 'table').rotation).toBe(90);
    await redo();
    expect((await savedElements()).some((e) => e.kind === 'table')).toBe(false);
  });

  it('nudges the selection with the arrow keys, 10 cm, or 1 m with Shift', async () => {
    await page().click('[data-action="zoomFit"]');
    await click(await seatPoint(page(), `${hallId}:1-1`));
    await page().keyboard.press('ArrowRight');
    await page().keyboard.press('Shift+ArrowDown');
    expect(byKind(await savedElements(), 'hall')).toMatchObject({ x: hallX + 10, y: hallY + 100 });
    await undo();
    expect(byKind(await savedElements(), 'hall')).toMatchObject({ x: hallX + 10, y: hallY });
    await undo();
    expect(byKind(await savedElements(), 'hall')).toMatchObject({ x: hallX, y: hallY });
    await redo();
    expect(byKind(await savedElements(), 'hall')).toMatchObject({ x: hallX + 10, y: hallY });
    await undo();
  });

  it('aligns the rostrum and the hall block on their left edges (click, Shift+click, the bar)', async () => {
    const rostrumId = byKind(await savedElements(), 'rostrum').id;
    await click(await seatPoint(page(), `${hallId}:1-1`));
    await click(await seatPoint(page(), `${rostrumId}:1-1`), ['Shift']);
    expect(await page().evaluate(() => (window as unknown as { zuociLayout: { selected: () => string[] } }).zuociLayout.selected())).toHaveLength(2);
    await page().click('[data-action="alignLeft"]');
    await page().screenshot({ path: 'test-output/canvas-design-aligned.png' });
    const left = (id: string) => page().evaluate((i) => (window as unknown as { zuociCanvas: Probe }).zuociCanvas.seatOnScreen(`${i}:1-1`)!.x, id);
    const elements = await savedElements();
    // The rostrum's longest row starts at its x; the hall's first seat at its x.
    expect(byKind(elements, 'rostrum').x).toBeCloseTo(Math.min(hallX, byKind(await savedElementsBefore(), 'rostrum').x), 0);
    expect(Math.abs((await left(rostrumId)) - (await left(hallId)))).toBeLessThan(15);
    await undo();
    expect(byKind(await savedElements(), 'rostrum').x).toBe(byKind(await savedElementsBefore(), 'rostrum').x);
    await redo();
    expect(byKind(await savedElements(), 'rostrum').x).toBe(byKind(elements, 'rostrum').x);
    await undo();
  });

  it('selects every element with Ctrl+A and spaces them evenly top to bottom from the right-click menu', async () => {
    // A marquee from the empty floor selects what it touches: here the rostrum and the speaker's desk.
    const rostrum = await seatPoint(page(), `${byKind(firstElements, 'rostrum').id}:1-7`);
    await page().keyboard.press('Escape');
    await drag({ x: 5, y: 5 }, rostrum.x - 5, rostrum.y - 5);
    const marqueed = await page().evaluate(() => (window as unknown as { zuociLayout: { selected: () => string[] } }).zuociLayout.selected());
    expect(marqueed).toHaveLength(2);
    expect(marqueed).toContain(byKind(firstElements, 'rostrum').id);
    await page().keyboard.press('Control+a');
    const before = await frames();
    expect(before.length).toBeGreaterThanOrEqual(3);
    const box = await canvasBox();
    await page().mouse.click(box.x + 40, box.y + 200, { button: 'right' });
    await page().locator('[data-testid="context-menu"] [data-action="distributeVertical"]').click();
    const after = (await frames()).sort((a, b) => a.cy - b.cy);
    const gaps = after.slice(1).map((f, i) => (f.cy - f.height / 2) - (after[i]!.cy + after[i]!.height / 2));
    for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0]!, 0);
    // The outermost stay where they were.
    const sorted = [...before].sort((a, b) => a.cy - b.cy);
    expect(after[0]!.cy).toBeCloseTo(sorted[0]!.cy, 0);
    expect(after[after.length - 1]!.cy).toBeCloseTo(sorted[sorted.length - 1]!.cy, 0);
    const saved = await savedElements();
    await undo();
    expect((await frames()).map((f) => f.cy).sort()).toEqual(before.map((f) => f.cy).sort());
    await redo();
    expect(await savedElements()).toEqual(saved);
    await undo();
  });

  it('copies the hall block and pastes it into a second session’s room on fresh ids', async () => {
    await click(await seatPoint(page(), `${hallId}:1-1`));
    await page().keyboard.press('Control+c');
    await page().selectOption('[data-control="add-session"]', { index: 1 });
    await page().waitForFunction(() => document.querySelectorAll('.session-tabs [role="tab"]').length === 2);
    const before = await seatCount();
    const second = (await savedElements(1)).length;
    // Pasted from the canvas's right-click menu, which in layout mode lists the element commands.
    const box = await canvasBox();
    await page().mouse.click(box.x + 40, box.y + box.height - 120, { button: 'right' });
    await page().locator('[data-testid="context-menu"] [data-action="pasteElements"]').click();
    const pasted = await savedElements(1);
    expect(pasted).toHaveLength(second + 1);
    const copy = pasted[pasted.length - 1]!;
    expect(copy).toMatchObject({ kind: 'hall', rows: 5, seatsPerRow: 10 });
    expect(copy.id).not.toBe(hallId);
    expect(await seatCount()).toBe(before + 50);
    await page().screenshot({ path: 'test-output/canvas-design-pasted.png' });
    await undo();
    expect(await savedElements(1)).toHaveLength(second);
    await redo();
    expect(await savedElements(1)).toHaveLength(second + 1);
    // The first session's room is as it was.
    expect((await savedElements(0)).filter((e) => e.kind === 'hall')).toHaveLength(1);
  });
});
