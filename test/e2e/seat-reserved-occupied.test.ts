// QA finding: reserving a seat where someone sits (座位设置 → 预留给 媒体) gave no word and drew no
// mark. Now the occupant is named in a warning (they stay until the zone is arranged again) and the
// seat shows the reservation as a corner tinted like 媒体; arranging again gives the seat up. A
// custom seat number (A12) on an occupied seat is drawn in its corner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppHarness, browserAvailable, chooseFile, frameSeats, seatPoint, startApp, zoneId, planView } from './harness';

let app: AppHarness;
let hall = '';
const overrides = () => app.page.locator('[data-testid="seat-overrides"]');

const occupantOf = async (seatId: string): Promise<string | null> => (await planView(app.page)).seats[seatId] ?? null;

/** The seat layer's colour just inside the seat's bottom-left corner. */
const cornerColour = (seatId: string) => app.page.evaluate((id) => {
  type Layer = { getCanvas: () => { _canvas: HTMLCanvasElement; getPixelRatio: () => number } };
  const w = window as unknown as { Konva: { stages: { getLayers: () => Layer[] }[] }; zuociCanvas: { seatOnScreen: (id: string) => { x: number; y: number; width: number; height: number } } };
  const s = w.zuociCanvas.seatOnScreen(id);
  const layer = w.Konva.stages[0]!.getLayers()[1]!.getCanvas();
  const ratio = layer.getPixelRatio();
  const [r, g, b] = layer._canvas.getContext('2d')!.getImageData(Math.round((s.x + 3) * ratio), Math.round((s.y + s.height - 4) * ratio), 1, 1).data;
  return [r, g, b];
}, seatId);

/** Dark pixels in the seat's top-left corner (a quarter of its height, half its width), clear of its border. */
const cornerInk = (seatId: string) => app.page.evaluate((id) => {
  type Layer = { getCanvas: () => { _canvas: HTMLCanvasElement; getPixelRatio: () => number } };
  const w = window as unknown as { Konva: { stages: { getLayers: () => Layer[] }[] }; zuociCanvas: { seatOnScreen: (id: string) => { x: number; y: number; width: number; height: number } } };
  const s = w.zuociCanvas.seatOnScreen(id);
  const layer = w.Konva.stages[0]!.getLayers()[1]!.getCanvas();
  const ratio = layer.getPixelRatio();
  const data = layer._canvas.getContext('2d')!.getImageData(Math.round((s.x + 3) * ratio), Math.round((s.y + 3) * ratio), Math.round(s.width * 0.45 * ratio), Math.round(s.height * 0.22 * ratio)).data;
  let dark = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! < 170 && data[i + 1]! < 170) dark++;
  return dark;
}, seatId);

describe.skipIf(!browserAvailable)('reserving an occupied seat, in Chromium', () => {
  beforeAll(async () => {
    app = await startApp();
    await chooseFile(app.page, 'importRoster', 'test/fixtures/plenary-roster.xlsx');
    await app.page.getByText('导入 170 人').waitFor();
    await app.page.click('[data-action="arrangeAll"]');
    await app.page.getByText('已排好').first().waitFor();
    hall = await zoneId(app.page, '台下');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('names the occupant, keeps them until re-arranged, and marks the seat as reserved', async () => {
    const seat = `${hall}:1-3`;
    const occupant = (await occupantOf(seat))!;
    expect(occupant).toBeTruthy();
    await frameSeats(app.page, { zone: 'hall', row: 1 });
    const before = await cornerColour(seat);
    await app.page.locator('[data-testid="venue-canvas"]').click({ position: await seatPoint(app.page, seat) });
    await overrides().locator('[data-field="seat-reserved"]').selectOption('媒体');
    await app.page.getByText(`台下 1排 3座已预留给媒体，但${occupant}仍坐在那里；重新排座后才让出座位。`).waitFor();
    expect(await occupantOf(seat)).toBe(occupant);
    await app.page.evaluate('new Promise(requestAnimationFrame)');
    // The corner now carries 媒体's pale yellow (#fef3c7), which it did not before.
    expect(before).not.toEqual([254, 243, 199]);
    await expect.poll(() => cornerColour(seat)).toEqual([254, 243, 199]);
    await app.page.screenshot({ path: 'test-output/seat-reserved-occupied.png' });
    // A seat number of the user's own (A12) stays in sight under the occupant's name.
    expect(await cornerInk(seat)).toBe(0);
    await overrides().locator('[data-field="seat-label"]').fill('A12');
    await overrides().locator('[data-field="seat-label"]').press('Enter');
    await expect.poll(() => cornerInk(seat)).toBeGreaterThan(10);
    await app.page.screenshot({ path: 'test-output/seat-custom-label.png' });
    // In English, the same warning in English.
    await app.page.click('button.language');
    await app.page.getByText(`Hall row 1 seat 3 reserved for Press, but ${occupant} still sits there until the zone is arranged again.`).waitFor();
    await app.page.click('button.language');
    // Arranged again, the reservation holds: the occupant (出席) leaves the seat.
    await app.page.click('[data-action="arrangeAll"]');
    await expect.poll(() => occupantOf(seat)).not.toBe(occupant);
  });
});
