// Issue 9's check, as a new user does it: from a blank room (picked in the template gallery) draw a
// two-row rostrum (7 and 9), a hall block of 10 × 20 with two aisles, a speaker's desk and a
// screen from the palette; change the hall to 12 rows in the property panel; turn a round table
// 90°; undo and redo each step; save the room as a template; start a new meeting from it in the
// gallery and find the same room — on the rendered canvas, in the saved template and in the saved
// meeting file, not only in the store.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, type AppHarness, browserAvailable, startApp } from './harness';
import { elementField, elementPanel, setElementField } from './element-panel';

let app: AppHarness;
const panel = () => elementPanel(app.page);
const field = (name: string) => elementField(app.page, name);

const setField = (name: string, value: string) => setElementField(app.page, name, value);

async function add(item: string): Promise<string> {
  await panel().locator('[data-control="palette"]').selectOption(item);
  return panel().locator('[data-control="element"]').inputValue();
}

const undo = () => app.page.keyboard.press('Control+z');
const redo = () => app.page.keyboard.press('Control+y');

type Rect = { x: number; y: number; width: number; height: number };
type Probe = { seatCount: () => number; seatOnScreen: (id: string) => Rect | null };
const seatCount = () => app.page.evaluate(() => (window as unknown as { zuociCanvas: Probe }).zuociCanvas.seatCount());
const seatRect = (seatId: string) => app.page.evaluate((id) => (window as unknown as { zuociCanvas: Probe }).zuociCanvas.seatOnScreen(id), seatId);
const drawn = async (seatId: string) => (await seatRect(seatId)) !== null;
/** Texts the canvas's room layer draws in a role (zone names, object labels). */
const labels = (role: 'zone-label' | 'object-label') => app.page.evaluate((r) => {
  const stage = (window as unknown as { Konva: { stages: { find: (s: string) => { text: () => string }[] }[] } }).Konva.stages[0]!;
  return stage.find(`.${r}`).map((n) => n.text()).sort();
}, role);

/** The gallery's card for a room, by its picker value. */
async function startFromGallery(value: string): Promise<void> {
  await app.page.selectOption('[data-control="room"]', 'gallery:');
  await app.page.locator(`[data-testid="room-gallery"] [data-room="${value}"]`).click();
  if (await app.page.locator('[data-testid="question-dialog"]').count()) await answerQuestion(app.page);
  await app.page.locator('[data-testid="room-gallery"]').waitFor({ state: 'detached' });
}

/** What the canvas shows of the designed room, by its elements' ids. */
async function roomOnCanvas(ids: { rostrum: string; hall: string; table: string }, hallRows: number) {
  const one = await seatRect(`${ids.table}:1-1`);
  const six = await seatRect(`${ids.table}:1-6`);
  return {
    rostrum: (await drawn(`${ids.rostrum}:1-7`)) && !(await drawn(`${ids.rostrum}:1-8`)) && (await drawn(`${ids.rostrum}:2-9`)) && !(await drawn(`${ids.rostrum}:2-10`)),
    hall: (await drawn(`${ids.hall}:${hallRows}-20`)) && !(await drawn(`${ids.hall}:${hallRows + 1}-1`)) && !(await drawn(`${ids.hall}:1-21`)),
    // Turned 90° clockwise: the round table's first seat is on its right, seat 6 opposite it.
    tableTurned: one !== null && six !== null && one.x > six.x && Math.abs(one.y - six.y) < 1,
    objects: await labels('object-label'),
  };
}

const ids = { rostrum: '', hall: '', desk: '', screen: '', table: '' };

describe.skipIf(!browserAvailable)('designing a room from a blank page and keeping it as a template, in Chromium', () => {
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('starts a new meeting in a blank room from the gallery', async () => {
    await startFromGallery('blank:');
    expect(await seatCount()).toBe(0);
    expect(await labels('zone-label')).toEqual([]);
    await panel().locator('summary').click();
  });

  it('draws a 7 | 9 rostrum; undo takes it away, redo brings it back', async () => {
    ids.rostrum = await add('rostrum');
    await setField('rostrum-rows', '7, 9');
    await setField('x', '11');
    await setField('y', '1.5');
    expect(await seatCount()).toBe(16);
    // Undo the last edit (the place), then all the way to the empty room, and redo every step.
    for (let i = 0; i < 4; i++) await undo();
    expect(await seatCount()).toBe(0);
    for (let i = 0; i < 4; i++) await redo();
    expect(await seatCount()).toBe(16);
    expect(await field('x').inputValue()).toBe('11');
  });

  it('draws a 10 × 20 hall block with aisles after seats 5 and 15; undo and redo', async () => {
    ids.hall = await add('hall');
    await setField('aisles', '5, 15');
    await setField('x', '8');
    await setField('y', '6');
    expect(await seatCount()).toBe(16 + 200);
    // The aisles split the hall into three blocks on the canvas: 5, 10 and 5 seats wide.
    const gap = async (a: number, b: number) => (await seatRect(`${ids.hall}:1-${b}`))!.x - (await seatRect(`${ids.hall}:1-${a}`))!.x;
    expect(await gap(5, 6)).toBeGreaterThan(1.5 * (await gap(4, 5)));
    expect(await gap(15, 16)).toBeGreaterThan(1.5 * (await gap(4, 5)));
    expect(await gap(10, 11)).toBeCloseTo(await gap(4, 5), 3);
    for (let i = 0; i < 4; i++) await undo();
    expect(await seatCount()).toBe(16);
    for (let i = 0; i < 4; i++) await redo();
    expect(await seatCount()).toBe(216);
    expect(await field('aisles').inputValue()).toBe('5, 15');
  });

  it('places a speaker’s desk and a screen; undo and redo each', async () => {
    ids.desk = await add('speaker-desk');
    await setField('x', '4');
    await setField('y', '2');
    ids.screen = await add('screen');
    await setField('x', '13.5');
    await setField('y', '0.2');
    expect(await labels('object-label')).toEqual(['发言席', '投影屏幕']);
    for (let i = 0; i < 3; i++) await undo();
    expect(await labels('object-label')).toEqual(['发言席']);
    for (let i = 0; i < 3; i++) await undo();
    expect(await labels('object-label')).toEqual([]);
    for (let i = 0; i < 6; i++) await redo();
    expect(await labels('object-label')).toEqual(['发言席', '投影屏幕']);
    expect(await seatCount()).toBe(216);
  });

  it('changes the hall to 12 rows in the property panel; undo and redo', async () => {
    await panel().locator('[data-control="element"]').selectOption(ids.hall);
    await setField('rows', '12');
    expect(await seatCount()).toBe(16 + 240);
    expect(await drawn(`${ids.hall}:12-20`)).toBe(true);
    await undo();
    expect(await seatCount()).toBe(216);
    expect(await drawn(`${ids.hall}:11-1`)).toBe(false);
    expect(await field('rows').inputValue()).toBe('10');
    await redo();
    expect(await seatCount()).toBe(256);
  });

  it('turns a round table 90°; undo and redo', async () => {
    ids.table = await add('table-round');
    await setField('x', '25');
    await setField('y', '10');
    const before = { one: (await seatRect(`${ids.table}:1-1`))!, six: (await seatRect(`${ids.table}:1-6`))! };
    expect(before.one.y).toBeLessThan(before.six.y); // seat 1 at the top
    await field('rotation').selectOption('90');
    expect((await roomOnCanvas(ids, 12)).tableTurned).toBe(true);
    await undo();
    expect(await seatRect(`${ids.table}:1-1`)).toEqual(before.one);
    await redo();
    expect(await roomOnCanvas(ids, 12)).toEqual({ rostrum: true, hall: true, tableTurned: true, objects: ['发言席', '投影屏幕'] });
    expect(await seatCount()).toBe(256 + 10);
    await app.page.screenshot({ path: 'test-output/designer-flow-drawn.png' });
  });

  it('saves the room as a template: the file holds the room as drawn, without people', async () => {
    await panel().locator('[data-action="saveRoomAsTemplate"]').click();
    await answerQuestion(app.page, '我画的会场');
    await app.page.getByText('已存为模板“我画的会场”').waitFor();
    const file = JSON.parse(readFileSync(path.join(app.workDir, 'templates', '我画的会场.zuoci-room'), 'utf8'));
    expect(file).toMatchObject({ format: 'zuoci-room', schemaVersion: 1, name: '我画的会场' });
    const byId = Object.fromEntries(file.venue.elements.map((e: { id: string }) => [e.id, e]));
    expect(byId[ids.rostrum]).toMatchObject({ kind: 'rostrum', rows: [7, 9], x: 1100, y: 150 });
    expect(byId[ids.hall]).toMatchObject({ kind: 'hall', rows: 12, seatsPerRow: 20, aisles: [5, 15], x: 800, y: 600 });
    expect(byId[ids.desk]).toMatchObject({ kind: 'object', objectType: 'speaker-desk', x: 400, y: 200 });
    expect(byId[ids.screen]).toMatchObject({ kind: 'object', objectType: 'screen', x: 1350, y: 20 });
    expect(byId[ids.table]).toMatchObject({ kind: 'table', shape: 'round', sideSeats: 10, rotation: 90, x: 2500, y: 1000 });
    expect(file.venue.elements).toHaveLength(5);
    expect(JSON.stringify(file)).not.toMatch(/assignment|people/);
  });

  it('the gallery shows the template with its thumbnail and seat count', async () => {
    await app.page.selectOption('[data-control="room"]', 'gallery:');
    const card = app.page.locator('[data-testid="room-gallery"] [data-room="user:我画的会场.zuoci-room"]');
    expect(await card.locator('.room-card-name').textContent()).toBe('我画的会场');
    expect(await card.locator('[data-testid="room-card-seats"]').textContent()).toBe('266 个座位');
    // The thumbnail is painted: it has dark seat pixels, not only the floor.
    const painted = await card.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && data[i]! < 120) dark++;
      return dark;
    });
    expect(painted).toBeGreaterThan(200);
    await app.page.locator('[data-testid="room-gallery"]').screenshot({ path: 'test-output/designer-flow-gallery.png' });
    await app.page.keyboard.press('Escape');
    await app.page.locator('[data-testid="room-gallery"]').waitFor({ state: 'detached' });
  });

  it('starts a new meeting from the template and finds the same room, which it saves', async () => {
    await startFromGallery('user:我画的会场.zuoci-room');
    expect(await app.page.locator('[data-testid="file-name"]').textContent()).toBe('未命名会议.zuoci');
    expect(await seatCount()).toBe(266);
    // New ids in the new meeting: find the elements by name in the panel.
    const options = await panel().locator('[data-control="element"] option').evaluateAll((nodes) => nodes.map((n) => [(n as HTMLOptionElement).value, n.textContent ?? '']));
    const idOf = (name: string) => options.find(([, n]) => n === name)?.[0] ?? '';
    const fresh = { rostrum: idOf('主席台'), hall: idOf('台下'), table: idOf('圆桌') };
    expect(fresh.rostrum).not.toBe(ids.rostrum);
    expect(await roomOnCanvas(fresh, 12)).toEqual({ rostrum: true, hall: true, tableTurned: true, objects: ['发言席', '投影屏幕'] });
    expect(await labels('zone-label')).toEqual(['主席台', '台下', '圆桌']);
    expect(await app.page.locator('[data-action="undo"]').isDisabled()).toBe(true);
    await app.page.screenshot({ path: 'test-output/designer-flow-from-template.png' });

    await app.page.keyboard.press('Control+s');
    await answerQuestion(app.page, '新会议.zuoci');
    await app.page.getByText('已保存').waitFor();
    const saved = JSON.parse(readFileSync(path.join(app.workDir, '新会议.zuoci'), 'utf8'));
    expect(saved.meta).toMatchObject({ title: '', date: '', status: 'draft' });
    expect(saved.people).toEqual([]);
    const venue = saved.sessions[0].venue;
    const kinds = venue.elements.map((e: { kind: string; objectType?: string; shape?: string }) => e.objectType ?? e.shape ?? e.kind).sort();
    expect(kinds).toEqual(['hall', 'rostrum', 'round', 'screen', 'speaker-desk']);
    expect(venue.elements.find((e: { kind: string }) => e.kind === 'hall')).toMatchObject({ rows: 12, seatsPerRow: 20, aisles: [5, 15] });
    expect(venue.elements.find((e: { kind: string }) => e.kind === 'table')).toMatchObject({ rotation: 90 });
  });
});
