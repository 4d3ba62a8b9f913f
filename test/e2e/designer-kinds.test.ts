// Issue 9's newer element kinds as a new user meets them: in the 大礼堂, replace the hall by a fan
// hall from the palette and give it a seat count per row; add a pillar, a 会标 and a wall drawn by
// its points; reserve two front-row seats for 媒体 in the seat settings; save, arrange all, save —
// checked on the rendered canvas and in the saved file: nobody but 媒体 sits in a reserved seat.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, type AppHarness, browserAvailable, chooseFile, seatPoint } from './harness';
import { elementField, elementPanel, setElementField, startInAuditorium } from './element-panel';

let app: AppHarness;
const panel = () => elementPanel(app.page);
const field = (name: string) => elementField(app.page, name);
const overrides = () => app.page.locator('[data-testid="seat-overrides"]');

const setField = (name: string, value: string) => setElementField(app.page, name, value);

const elements = () => panel().locator('[data-control="element"] option').evaluateAll((nodes) => nodes.map((n) => [(n as HTMLOptionElement).value, n.textContent ?? '']));
const idOf = async (name: string) => (await elements()).find(([, n]) => n === name)?.[0] ?? '';
const addFromPalette = async (item: string) => {
  await panel().locator('[data-control="palette"]').selectOption(item);
  return panel().locator('[data-control="element"]').inputValue();
};

type Probe = { seatCount: () => number; seatOnScreen: (id: string) => unknown };
const seatCount = () => app.page.evaluate(() => (window as unknown as { zuociCanvas: Probe }).zuociCanvas.seatCount());
const drawn = (seatId: string) => app.page.evaluate((id) => (window as unknown as { zuociCanvas: Probe }).zuociCanvas.seatOnScreen(id) !== null, seatId);
/** The texts (or, for lines, the count) of the room layer's nodes of one role. */
const roomNodes = (role: string) => app.page.evaluate((name) => {
  const stage = (window as unknown as { Konva: { stages: { find: (s: string) => { getClassName: () => string; text?: () => string }[] }[] } }).Konva.stages[0]!;
  return stage.find(`.${name}`).map((n) => (n.getClassName() === 'Text' ? n.text!() : n.getClassName()));
}, role);

interface SavedMeeting {
  people: { id: string; category: string }[];
  sessions: { venue: { elements: Record<string, unknown>[]; seatOverrides: Record<string, { reserved?: string }> }; assignment: Record<string, string> }[];
}
const saved = (): SavedMeeting => JSON.parse(readFileSync(path.join(app.workDir, '新元素.zuoci'), 'utf8'));

describe.skipIf(!browserAvailable)('the designer’s new kinds in Chromium', () => {
  let fan = '';

  beforeAll(async () => {
    app = await startInAuditorium();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('replaces the hall by a fan hall from the palette and sets a seat count per row', async () => {
    await panel().locator('[data-control="element"]').selectOption(await idOf('台下'));
    await panel().locator('[data-action="deleteElement"]').click();
    expect(await seatCount()).toBe(28);
    fan = await addFromPalette('hall-fan');
    expect(await field('rowSeats').inputValue()).toBe('10, 12, 14, 16, 18, 20, 22, 24');
    await setField('x', '8');
    await setField('y', '6');
    await setField('rowSeats', '8，10，12，14，16，18，20，22');
    expect(await seatCount()).toBe(28 + 8 + 10 + 12 + 14 + 16 + 18 + 20 + 22);
    // Each row is centred on the widest (24 columns): row 1's eight seats are columns 9–16.
    expect([await drawn(`${fan}:1-8`), await drawn(`${fan}:1-9`), await drawn(`${fan}:1-16`), await drawn(`${fan}:1-17`)]).toEqual([false, true, true, false]);
    expect([await drawn(`${fan}:8-1`), await drawn(`${fan}:8-2`), await drawn(`${fan}:8-23`)]).toEqual([false, true, true]);
    // Staggered: row 2 sits half a seat right of the columns of row 1.
    type Rect = { x: number; width: number };
    const rect = (id: string) => app.page.evaluate((seat) => (window as unknown as { zuociCanvas: { seatOnScreen: (id: string) => Rect } }).zuociCanvas.seatOnScreen(seat), id);
    const [a, b] = [await rect(`${fan}:1-9`), await rect(`${fan}:3-9`)];
    expect(Math.abs(a.x - b.x)).toBeLessThan(1);
    const c = await rect(`${fan}:2-9`);
    expect(c.x - a.x).toBeGreaterThan(c.width * 0.3);
    // Undo takes back the per-row count only.
    await app.page.keyboard.press('Control+z');
    expect(await seatCount()).toBe(28 + 10 + 12 + 14 + 16 + 18 + 20 + 22 + 24);
    await app.page.keyboard.press('Control+y');
    expect(await seatCount()).toBe(28 + 120);
  });

  it('adds a pillar, a 会标 and a wall from the palette; the canvas draws each', async () => {
    await addFromPalette('pillar');
    await setField('x', '3');
    await setField('y', '12');
    await addFromPalette('banner');
    await setField('label', '全区经济工作会议');
    await setField('width', '1200');
    await setField('x', '9');
    await setField('y', '0.2');
    await addFromPalette('wall');
    await setField('name', '北墙');
    await setField('points', '0 0, 30 0');
    await setField('x', '0');
    await setField('y', '0');
    await setField('thickness', '30');
    expect(await field('points').inputValue()).toBe('0 0, 30 0');
    expect(await roomNodes('banner')).toEqual(['全区经济工作会议']);
    expect(await roomNodes('wall')).toEqual(['Line']);
    expect(await roomNodes('object-label')).toEqual(expect.arrayContaining(['柱', '北墙']));
    // A wall typed wrong is refused with a message naming the field; the wall keeps its points.
    await setField('points', '0 0');
    await app.page.getByText('请按“x y, x y”填写至少两个点').waitFor();
    expect(await field('points').inputValue()).toBe('0 0, 30 0');
  });

  it('reserves two front-row seats for 媒体 in the seat settings, one undo step', async () => {
    const canvas = app.page.locator('[data-testid="venue-canvas"]');
    await canvas.click({ position: await seatPoint(app.page, `${fan}:1-12`) });
    await canvas.click({ position: await seatPoint(app.page, `${fan}:1-13`), modifiers: ['Shift'] });
    await overrides().locator('h2 small').getByText('已选 2 个座位').waitFor();
    await overrides().locator('[data-field="seat-reserved"]').selectOption('媒体');
    await app.page.keyboard.press('Control+z');
    expect(await overrides().locator('[data-field="seat-reserved"]').inputValue()).toBe('');
    await app.page.keyboard.press('Control+y');
    expect(await overrides().locator('[data-field="seat-reserved"]').inputValue()).toBe('媒体');
    // And one seat out of use: crossed on the canvas.
    await canvas.click({ position: await seatPoint(app.page, `${fan}:1-9`) });
    await overrides().locator('[data-field="seat-disabled"]').check();
    await app.page.screenshot({ path: 'test-output/designer-kinds.png' });

    await app.page.keyboard.press('Control+s');
    await answerQuestion(app.page, '新元素.zuoci');
    await app.page.getByText('已保存').first().waitFor();
    const session = saved().sessions[0]!;
    const byKind = (kind: string) => session.venue.elements.filter((e) => e.kind === kind);
    expect(byKind('hall')[0]).toMatchObject({ id: fan, rowSeats: [8, 10, 12, 14, 16, 18, 20, 22], seatsPerRow: 24, stagger: true, x: 800, y: 600 });
    expect(byKind('object').map((e) => [e.objectType, e.label])).toEqual(expect.arrayContaining([['pillar', '柱'], ['banner', '全区经济工作会议']]));
    expect(byKind('wall')[0]).toMatchObject({ name: '北墙', points: [{ x: 0, y: 0 }, { x: 3000, y: 0 }], closed: false, thickness: 30 });
    expect(session.venue.seatOverrides).toEqual({ [`${fan}:1-12`]: { reserved: '媒体' }, [`${fan}:1-13`]: { reserved: '媒体' }, [`${fan}:1-9`]: { disabled: true } });
  });

  it('arranges everyone: only 媒体 sit in the reserved seats, nobody in the disabled one', async () => {
    await chooseFile(app.page, 'importRoster', 'test/fixtures/plenary-roster-utf8bom.csv');
    await app.page.getByText('导入 170 人').waitFor();
    await app.page.click('[data-action="arrangeAll"]');
    await app.page.getByText(/变动 \d+ 个座位/).first().waitFor();
    // Saved when the file name loses its 未保存 mark (the first save's notice is still showing).
    const unsaved = app.page.locator('[data-testid="file-name"] em');
    await unsaved.waitFor();
    await app.page.keyboard.press('Control+s');
    await unsaved.waitFor({ state: 'detached' });
    const meeting = saved();
    const session = meeting.sessions[0]!;
    const category = new Map(meeting.people.map((p) => [p.id, p.category]));
    expect(category.get(session.assignment[`${fan}:1-12`]!)).toBe('媒体');
    expect(category.get(session.assignment[`${fan}:1-13`]!)).toBe('媒体');
    expect(session.assignment[`${fan}:1-9`]).toBeUndefined();
    // The rest of the front row is 出席, as the hall's rules have it.
    expect(category.get(session.assignment[`${fan}:1-10`]!)).toBe('出席');
    await app.page.screenshot({ path: 'test-output/designer-kinds-arranged.png' });
  });

  it('every other new kind comes from the palette and is drawn: oval table, 会见 sofas, risers, objects, the outline', async () => {
    const before = await seatCount();
    const place = async (item: string, x: string, y: string) => {
      const id = await addFromPalette(item);
      await setField('x', x);
      await setField('y', y);
      return id;
    };
    const oval = await place('table-oval', '22', '19');
    await place('sofas', '26', '8');
    await place('risers', '1', '17');
    for (const [item, x, y] of [['chair-desk', '6', '3'], ['window', '29', '12'], ['stage-edge', '9', '5.2'], ['text', '14', '22']] as const) await place(item, x, y);
    await addFromPalette('outline');
    expect(await seatCount()).toBe(before + 14 + 10 + 36);
    expect(await drawn(`${oval}:1-14`)).toBe(true);
    expect(await roomNodes('zone-label')).toEqual(expect.arrayContaining(['椭圆桌', '会见厅', '合影']));
    expect(await roomNodes('object-label')).toEqual(expect.arrayContaining(['主持台', '窗', '台口', '文字', '会场轮廓']));
    expect(await roomNodes('row-label')).toEqual(expect.arrayContaining(['就座', '站立']));
    // The oval's top is a closed polygon; the two walls are lines.
    expect((await roomNodes('wall')).length).toBe(2);
    await app.page.screenshot({ path: 'test-output/designer-kinds-all.png' });
  });
});
