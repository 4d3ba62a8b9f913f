// A leader's instruction: put 金霞 in the centre seat. Drag her there from the roster; the seat is
// locked and auto-arrange works around it until it is unlocked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, type AppHarness, browserAvailable, chooseFile, namesOnCanvas, seatPoint as seatOnCanvas, startApp, zoneId } from './harness';

let app: AppHarness;

/** Where a seat is on the canvas, in pixels from the canvas's top-left corner. */
const seatPoint = async (seat: string) => seatOnCanvas(app.page, `${await zoneId(app.page, '主席台')}:${seat}`);

describe.skipIf(!browserAvailable)('placing by hand in Chromium', () => {
  beforeAll(async () => {
    app = await startApp();
    await chooseFile(app.page, 'importRoster', 'test/fixtures/plenary-roster.xlsx');
    await app.page.getByText('导入 170 人').waitFor();
    await app.page.click('[data-action="arrangeRostrum"]');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('drops a person onto a seat, which locks it; auto-arrange keeps her there', async () => {
    const centre = await seatPoint('1-4');
    await app.page.locator('tr[data-person="金霞"]').dragTo(app.page.locator('[data-testid="venue-canvas"]'), { targetPosition: centre });
    expect((await namesOnCanvas(app.page, 'rostrum', 1))[3]).toBe('金霞');
    await app.page.locator('.seat-panel .lock-mark').waitFor();
    await app.page.click('[data-action="arrangeRostrum"]');
    // The other six seats take ranks 1–6 in the row's seniority order: No.1 on 金霞's left hand.
    expect(await namesOnCanvas(app.page, 'rostrum', 1)).toEqual(['闫柏勇', '薛强', '毛军', '金霞', '黄萍峰', '汤慧福', '金波']);
  });

  it('unlocking and re-arranging restores the protocol order', async () => {
    await app.page.click('[data-action="lockSeats"]');
    await app.page.click('[data-action="arrangeRostrum"]');
    expect(await namesOnCanvas(app.page, 'rostrum', 1)).toEqual(['邱红萍', '金波', '汤慧福', '黄萍峰', '毛军', '薛强', '闫柏勇']);
  });

  it('Shift+click selects several seats; clearing them empties the seats', async () => {
    const canvas = app.page.locator('[data-testid="venue-canvas"]');
    await canvas.click({ position: await seatPoint('1-1') });
    await canvas.click({ position: await seatPoint('1-7'), modifiers: ['Shift'] });
    await app.page.locator('.seat-panel h2 small').getByText('2').waitFor();
    await app.page.click('[data-action="clearSeats"]');
    expect(await namesOnCanvas(app.page, 'rostrum', 1)).toEqual(['金波', '汤慧福', '黄萍峰', '毛军', '薛强']);
  });

  it('leaving the page with unsaved changes asks first; after saving it does not', async () => {
    // Headless Chromium does not show the prompt itself: check that the page asks for it.
    const asks = () => app.page.evaluate("(function () { var e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented; })()");
    expect(await asks()).toBe(true);
    await app.page.keyboard.press('Control+s');
    await answerQuestion(app.page, '示例会议.zuoci'); // a meeting without a file yet: the app asks its name
    await app.page.getByText('已保存').waitFor();
    expect(await asks()).toBe(false);
  });
});
