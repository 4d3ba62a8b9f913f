// Issue 10 item 3 as a new user does it in 大礼堂 with the plenary roster, nobody seated yet:
// drag people from the roster onto seats (one row, then three rows at once), move a seated person,
// swap two, take one off by dragging to the floor and one with Delete, lock one, arrange everything
// around the locks; the counts follow every step, and undo/redo walks back and forth step by step.
// Checked on the canvas (names drawn, the lock's red corner in the seat layer's pixels) and in the store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppHarness, browserAvailable, chooseFile, frameSeats, namesOnCanvas, seatPoint, startApp, zoneId, planView } from './harness';

let app: AppHarness;
let rostrum = '';
let hall = '';
const r = (rowCol: string) => `${rostrum}:${rowCol}`;
const h = (rowCol: string) => `${hall}:${rowCol}`;


/**
 * The open session's plan, read from the app's own store module (the dev server serves the same
 * instance the app runs). A string, so the test runner does not rewrite the page's import().
 */
const plan = () => planView(app.page);

const seatOfName = async (name: string) => Object.entries((await plan()).seats).find(([, n]) => n === name)?.[0];
const counts = async () => ({
  unseated: await app.page.textContent('[data-count="unseated"]'),
  empty: await app.page.textContent('[data-count="empty-seats"]'),
});
const canvas = () => app.page.locator('[data-testid="venue-canvas"]');
const canvasBox = async () => (await canvas().boundingBox())!;

/** Press on one seat, move in steps, release at `to` (canvas px). */
async function dragOnCanvas(fromSeat: string, to: { x: number; y: number }, { escape = false } = {}) {
  const box = await canvasBox();
  const from = await seatPoint(app.page, fromSeat);
  await app.page.mouse.move(box.x + from.x, box.y + from.y);
  await app.page.mouse.down();
  await app.page.mouse.move(box.x + to.x, box.y + to.y, { steps: 8 });
  if (escape) await app.page.keyboard.press('Escape');
  await app.page.mouse.up();
}

/** Several roster rows dragged at once: the roster's agreed payload, a JSON array of ids, dropped on a seat. */
async function dropPeople(ids: string[], seat: string) {
  const point = await seatPoint(app.page, seat);
  const box = await canvasBox();
  await app.page.evaluate(({ ids, x, y }) => {
    const data = new DataTransfer();
    data.setData('application/x-zuoci-person', JSON.stringify(ids));
    const target = document.querySelector('[data-testid="venue-canvas"] .canvas-host')!;
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, clientX: x, clientY: y, bubbles: true, cancelable: true }));
  }, { ids, x: box.x + point.x, y: box.y + point.y });
}

/**
 * The names drawn in the hall's first row, left to right. Its 30 seats framed at once are too small
 * for full names, so zoom in with the wheel at seat 1-4 as a user would, and wait for `count` names.
 */
async function hallRowNames(count: number): Promise<string[]> {
  await frameSeats(app.page, { zone: 'hall', row: 1 });
  const box = await canvasBox();
  const at = await seatPoint(app.page, h('1-4'));
  await app.page.mouse.move(box.x + at.x, box.y + at.y);
  for (let i = 0; i < 3; i++) await app.page.mouse.wheel(0, -300);
  const names = await app.page.waitForFunction((n) => {
    type Text = { text: () => string; getAttr: (name: string) => unknown; getAbsolutePosition: () => { x: number } };
    const nodes = (window as unknown as { Konva: { stages: { find: (s: string) => Text[] }[] } }).Konva.stages[0]!.find('.seat-name')
      .filter((node) => node.getAttr('zone') === 'hall' && node.getAttr('row') === 1);
    return nodes.length === n && nodes.sort((a, b) => a.getAbsolutePosition().x - b.getAbsolutePosition().x).map((node) => node.text());
  }, count);
  return (await names.jsonValue()) as string[];
}

/** Whether the seat layer shows the lock's red corner square inside this seat (its lower-left part, clear of the padlock). */
const lockCornerShown = (seat: string) =>
  app.page.evaluate((id) => {
    type Layer = { getCanvas: () => { _canvas: HTMLCanvasElement; getPixelRatio: () => number } };
    const w = window as unknown as { Konva: { stages: { getLayers: () => Layer[] }[] }; zuociCanvas: { seatOnScreen: (id: string) => { x: number; y: number; width: number; height: number } } };
    const s = w.zuociCanvas.seatOnScreen(id);
    const layer = w.Konva.stages[0]!.getLayers()[1]!.getCanvas();
    const ratio = layer.getPixelRatio();
    const size = Math.min(14, 0.4 * Math.min(s.width, s.height));
    const [red, green, blue] = layer._canvas.getContext('2d')!.getImageData(Math.round((s.x + s.width - size * 0.12) * ratio), Math.round((s.y + size * 0.9) * ratio), 1, 1).data;
    return red! > 150 && green! < 80 && blue! < 80;
  }, seat);

// Three people from the middle of the roster (nobody the rostrum rules would want) and one leader.
let x = '';
let y = '';
let z = '';

describe.skipIf(!browserAvailable)('hand seating in Chromium', () => {
  beforeAll(async () => {
    app = await startApp();
    await app.page.selectOption('[data-control="room"]', '大礼堂');
    await chooseFile(app.page, 'importRoster', 'test/fixtures/plenary-roster.xlsx');
    await app.page.getByText('导入 170 人').waitFor();
    rostrum = await zoneId(app.page, '主席台');
    hall = await zoneId(app.page, '台下');
    [x, y, z] = (await plan()).names.slice(100, 103) as [string, string, string];
  });
  afterAll(async () => {
    await app?.close();
  });

  it('counts everyone as unseated at first; a row dragged from the roster takes the seat and locks it (the setting is on by default)', async () => {
    const start = await counts();
    expect(start.unseated).toBe('未排 170 人');
    const seatsAtStart = Number(start.empty!.match(/\d+/)![0]);
    expect(await app.page.isChecked('[data-control="lockOnDrop"]')).toBe(true);
    await frameSeats(app.page, { zone: 'rostrum', row: 1 });
    await app.page.locator('tr[data-person="金霞"]').dragTo(canvas(), { targetPosition: await seatPoint(app.page, r('1-4')) });
    expect(await namesOnCanvas(app.page, 'rostrum', 1)).toEqual(['金霞']);
    expect((await plan()).locks).toEqual([r('1-4')]);
    expect(await lockCornerShown(r('1-4'))).toBe(true);
    expect(await lockCornerShown(r('1-3'))).toBe(false);
    expect(await counts()).toEqual({ unseated: '未排 169 人', empty: `空座 ${seatsAtStart - 1} 个` });
  });

  it('three rows dropped at once fill the seats from the drop seat on, unlocked when the setting is off', async () => {
    await app.page.uncheck('[data-control="lockOnDrop"]');
    await frameSeats(app.page, { zone: 'hall', row: 1 });
    const { ids } = await plan();
    await dropPeople([ids[x]!, ids[y]!, ids[z]!], h('1-1'));
    expect(await hallRowNames(3)).toEqual([x, y, z]);
    const after = await plan();
    expect([after.seats[h('1-1')], after.seats[h('1-2')], after.seats[h('1-3')]]).toEqual([x, y, z]);
    expect(after.locks).toEqual([r('1-4')]);
    expect(await counts()).toMatchObject({ unseated: '未排 166 人' });
  });

  it('a seated person dragged to an empty seat moves there; Escape during the drag changes nothing', async () => {
    await frameSeats(app.page, { zone: 'hall', row: 1 });
    await dragOnCanvas(h('1-1'), await seatPoint(app.page, h('1-6')), { escape: true });
    expect(await seatOfName(x)).toBe(h('1-1'));
    await dragOnCanvas(h('1-1'), await seatPoint(app.page, h('1-6')));
    expect(await seatOfName(x)).toBe(h('1-6'));
    expect(await hallRowNames(3)).toEqual([y, z, x]);
  });

  it('dropped on a taken seat, two people swap', async () => {
    await frameSeats(app.page, { zone: 'hall', row: 1 });
    await dragOnCanvas(h('1-6'), await seatPoint(app.page, h('1-2')));
    expect([await seatOfName(x), await seatOfName(y)]).toEqual([h('1-2'), h('1-6')]);
    expect(await hallRowNames(3)).toEqual([x, z, y]);
  });

  it('a locked occupant is not displaced: the drop is refused with the reason', async () => {
    await app.page.click('[data-action="zoomFit"]');
    await dragOnCanvas(h('1-2'), await seatPoint(app.page, r('1-4')));
    await app.page.getByText(/已锁定（金霞）/).waitFor();
    expect([await seatOfName(x), await seatOfName('金霞')]).toEqual([h('1-2'), r('1-4')]);
  });

  it('dragged off the seats onto clear floor, a person is unseated; Delete unseats the selected seat', async () => {
    await frameSeats(app.page, { zone: 'hall', row: 1 });
    const box = await canvasBox();
    // Above the hall's first row at the canvas's right edge: floor, far from any seat.
    await dragOnCanvas(h('1-6'), { x: box.width - 40, y: 40 });
    expect(await seatOfName(y)).toBeUndefined();
    await canvas().click({ position: await seatPoint(app.page, h('1-3')) });
    await app.page.keyboard.press('Delete');
    expect(await seatOfName(z)).toBeUndefined();
    expect(await hallRowNames(1)).toEqual([x]);
    expect(await counts()).toMatchObject({ unseated: '未排 168 人' });
  });

  it('标出空座 tints the empty seats and lists the unseated people, who can be dragged onto a seat from there', async () => {
    await app.page.click('[data-action="showSeatingGaps"]');
    const list = app.page.locator('[data-testid="unseated-list"]');
    const { names, seats } = await plan();
    const seated = new Set(Object.values(seats));
    const waiting = names.filter((name) => !seated.has(name));
    expect(waiting).toHaveLength(168);
    // The first 60 in roster order, then how many more.
    expect(await list.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-person')))).toEqual(waiting.slice(0, 60));
    await list.getByText('还有 108 人…').waitFor();
    // The wheel over the list scrolls it; it does not zoom the canvas beneath.
    const zoom = await app.page.textContent('[data-testid="zoom-level"]');
    await list.hover();
    await app.page.mouse.wheel(0, 400);
    await expect.poll(() => list.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
    expect(await app.page.textContent('[data-testid="zoom-level"]')).toBe(zoom);
    await frameSeats(app.page, { zone: 'hall', row: 1 });
    await app.page.screenshot({ path: 'test-output/hand-seating-gaps.png' });
    // Dragged from the list onto an empty seat: seated there (and undone again, to keep the story short).
    await list.locator('li').first().dragTo(canvas(), { targetPosition: await seatPoint(app.page, h('1-10')) });
    expect((await plan()).seats[h('1-10')]).toBe(waiting[0]);
    await expect.poll(() => list.locator('li').first().getAttribute('data-person')).toBe(waiting[1]);
    await app.page.keyboard.press('Control+z');
    expect((await plan()).seats[h('1-10')]).toBeUndefined();
    // A click on a name picks that person's row in the roster table and scrolls it into view (the
    // table is windowed: the row is drawn once scrolled to).
    await list.locator(`li[data-person="${waiting[5]}"]`).click();
    await app.page.locator(`tr[aria-selected="true"][data-person="${waiting[5]}"]`).waitFor();
    expect(await app.page.locator(`tr[data-person="${waiting[5]}"]`).isVisible()).toBe(true);
    await app.page.click('[data-action="showSeatingGaps"]');
    await list.waitFor({ state: 'detached' });
  });

  it('a locked person stays where they are through 全部自动排座, and the counts follow', async () => {
    await frameSeats(app.page, { zone: 'hall', row: 1 });
    await canvas().click({ position: await seatPoint(app.page, h('1-2')) });
    await app.page.click('.seat-panel [data-action="lockSeats"]');
    expect((await plan()).locks.sort()).toEqual([h('1-2'), r('1-4')].sort());
    await app.page.click('[data-action="arrangeAll"]');
    await app.page.getByText('已排好').first().waitFor();
    const arranged = await plan();
    expect([arranged.seats[h('1-2')], arranged.seats[r('1-4')]]).toEqual([x, '金霞']);
    expect(Object.keys(arranged.seats)).toHaveLength(170);
    expect(await counts()).toMatchObject({ unseated: '未排 0 人' });
    await frameSeats(app.page, { zone: 'hall', row: 1 });
    expect(await lockCornerShown(h('1-2'))).toBe(true);
    await app.page.screenshot({ path: 'test-output/hand-seating-locks.png' });
  });

  it('undo walks back one hand step at a time, and redo forward again', async () => {
    const seatOf = async (name: string) => (await seatOfName(name)) ?? null;
    const where = async () => ({ 金霞: await seatOf('金霞'), x: await seatOf(x), y: await seatOf(y), z: await seatOf(z), locks: (await plan()).locks.length });
    const states = [
      { 金霞: null, x: null, y: null, z: null, locks: 0 }, // nothing seated
      { 金霞: r('1-4'), x: null, y: null, z: null, locks: 1 }, // one row dropped
      { 金霞: r('1-4'), x: h('1-1'), y: h('1-2'), z: h('1-3'), locks: 1 }, // three rows dropped
      { 金霞: r('1-4'), x: h('1-6'), y: h('1-2'), z: h('1-3'), locks: 1 }, // moved
      { 金霞: r('1-4'), x: h('1-2'), y: h('1-6'), z: h('1-3'), locks: 1 }, // swapped
      { 金霞: r('1-4'), x: h('1-2'), y: null, z: h('1-3'), locks: 1 }, // dragged off
      { 金霞: r('1-4'), x: h('1-2'), y: null, z: null, locks: 1 }, // Delete
      { 金霞: r('1-4'), x: h('1-2'), y: null, z: null, locks: 2 }, // locked
    ];
    const arranged = await where();
    for (let i = states.length - 1; i >= 0; i--) {
      await app.page.click('[data-action="undo"]');
      expect(await where(), `undo to step ${i}`).toEqual(states[i]);
    }
    expect(await counts()).toMatchObject({ unseated: '未排 170 人' });
    for (let i = 1; i < states.length; i++) {
      await app.page.click('[data-action="redo"]');
      expect(await where(), `redo to step ${i}`).toEqual(states[i]);
    }
    await app.page.click('[data-action="redo"]');
    expect(await where()).toEqual(arranged);
    expect(await counts()).toMatchObject({ unseated: '未排 0 人' });
  });

  it('a seat reserved for 媒体 takes a person of another category dragged there by hand, and a notice says so', async () => {
    await frameSeats(app.page, { zone: 'hall', row: 1 });
    // Free seat 1-5 (Delete), reserve it for 媒体 in 座位设置, then drag x there from 1-2.
    await canvas().click({ position: await seatPoint(app.page, h('1-5')) });
    await app.page.keyboard.press('Delete');
    await app.page.locator('[data-testid="seat-overrides"] [data-field="seat-reserved"]').selectOption('媒体');
    await dragOnCanvas(h('1-2'), await seatPoint(app.page, h('1-5')));
    expect(await seatOfName(x)).toBe(h('1-5'));
    await app.page.getByText(new RegExp(`是为“媒体”预留的座位，已按您的安排放入${x}`)).waitFor();
    await app.page.screenshot({ path: 'test-output/hand-seating-reserved.png' });
  });

  it('after a swap under a still pointer, the seat’s tooltip explains its new occupant, placed by hand', async () => {
    await app.page.check('[data-control="lockOnDrop"]');
    await frameSeats(app.page, { zone: 'rostrum', row: 1 });
    const before = await plan();
    const [mover, other] = [before.seats[r('1-8')]!, before.seats[r('1-9')]!];
    await dragOnCanvas(r('1-8'), await seatPoint(app.page, r('1-9')));
    expect((await plan()).seats[r('1-9')]).toBe(mover);
    const tooltip = app.page.locator('[data-testid="seat-tooltip"]');
    await expect.poll(() => tooltip.textContent()).toMatch(new RegExp(`^${mover}：手动安排（已锁定）`));
    expect(await tooltip.textContent()).not.toContain(other);
    expect(await tooltip.textContent()).not.toContain('1号');
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => tooltip.textContent()).toMatch(new RegExp(`^${other}：`));
  });
});
