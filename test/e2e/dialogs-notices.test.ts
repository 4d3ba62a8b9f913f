// The app's own question dialogs (not the browser's confirm/prompt) in both languages, and notices
// that stay off the canvas and fade only when they are informational.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppHarness, answerQuestion, browserAvailable, chooseFile, namesOnCanvas, startApp } from './harness';
import { formDialog } from './forms';

let app: AppHarness;
const question = () => app.page.locator('[data-testid="question-dialog"]');

describe.skipIf(!browserAvailable)('question dialogs and notices in Chromium', () => {
  beforeAll(async () => {
    app = await startApp();
    // A browser dialog would fail the test: the app must never fall back to one.
    app.page.on('dialog', (dialog) => {
      throw new Error(`browser dialog shown: ${dialog.message()}`);
    });
    await chooseFile(app.page, 'importRoster', 'test/fixtures/plenary-roster.xlsx');
    await app.page.getByText('导入 170 人').waitFor();
    await app.page.click('[data-action="arrangeAll"]');
    await app.page.getByText('已排好 57 人').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('asks for a stand-in in a small form; Escape and 取消 change nothing, Enter accepts', async () => {
    const substitute = app.page.locator('tr[data-person="毛军"] [data-control="substitute"]');
    await substitute.click();
    await formDialog(app.page).getByText('谁代 毛军 出席？').waitFor();
    expect(await formDialog(app.page).locator('[data-dialog="cancel"]').textContent()).toBe('取消');
    // While it waits, the app's shortcuts do not act behind it, wherever the focus is.
    await app.page.mouse.click(5, 300);
    await app.page.keyboard.press('Control+z');
    expect(await namesOnCanvas(app.page, 'rostrum', 1)).toHaveLength(7);
    await app.page.keyboard.press('Escape');
    await formDialog(app.page).waitFor({ state: 'detached' });
    await substitute.click();
    await formDialog(app.page).locator('[data-field="name"]').fill('王代表');
    await formDialog(app.page).locator('[data-dialog="cancel"]').click();
    expect(await app.page.locator('tr[data-person="王代表"]').count()).toBe(0);
    await substitute.click();
    await app.page.keyboard.type('王代表'); // the name field has the focus
    await app.page.keyboard.press('Enter');
    await app.page.locator('tr[data-person="王代表"]').waitFor();
  });

  it('asks before a room template replaces the session’s seating, in English too', async () => {
    await app.page.click('button.language');
    await app.page.selectOption('[data-control="session-room"]', '宴会厅');
    await question().getByText('Changing this session’s room clears its seating').waitFor();
    expect(await question().locator('button').allTextContents()).toEqual(['Cancel', 'OK']);
    await app.page.screenshot({ path: 'test-output/question-dialog.png' });
    // OK has the focus; Tab goes round the dialog's own buttons, and Enter on Cancel cancels.
    const focused = () => app.page.evaluate(() => document.activeElement?.getAttribute('data-dialog'));
    expect(await focused()).toBe('ok');
    await app.page.keyboard.press('Tab');
    expect(await focused()).toBe('cancel');
    await app.page.keyboard.press('Tab');
    await app.page.keyboard.press('Tab');
    expect(await focused()).toBe('cancel');
    await app.page.keyboard.press('Enter');
    await question().waitFor({ state: 'detached' });
    expect(await namesOnCanvas(app.page, 'rostrum', 1)).toHaveLength(7);
    await app.page.selectOption('[data-control="session-room"]', '宴会厅');
    await answerQuestion(app.page);
    expect(await namesOnCanvas(app.page, 'rostrum', 1)).toEqual([]);
    await app.page.keyboard.press('Control+z');
    expect(await namesOnCanvas(app.page, 'rostrum', 1)).toHaveLength(7);
    await app.page.click('button.language');
  });

  it('notices never cover the canvas', async () => {
    await app.page.click('[data-action="arrangeAll"]');
    await app.page.locator('.notice-warning').first().waitFor();
    const canvas = (await app.page.locator('[data-testid="venue-canvas"]').boundingBox())!;
    const boxes = await app.page.locator('.notice').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) expect(box.x >= canvas.x + canvas.width || box.x + box.width <= canvas.x).toBe(true);
  });

  it('results fade by themselves; warnings wait for the user', async () => {
    const animation = (selector: string) => app.page.locator(selector).first().evaluate((n) => getComputedStyle(n).animationName);
    expect(await animation('.notice-info')).toBe('notice-fade');
    expect(await animation('.notice-warning')).toBe('none');
    // The end of the fade removes that notice (fired here rather than waited for; older results may
    // fade on their own meanwhile, so follow this one element).
    const result = await app.page.locator('.notice-info').last().elementHandle();
    await result!.evaluate((n) => n.dispatchEvent(new AnimationEvent('animationend', { animationName: 'notice-fade', bubbles: true })));
    await app.page.waitForFunction((n) => !n.isConnected, result);
    expect(await app.page.locator('.notice-warning').count()).toBeGreaterThan(0);
  });

  it('notices follow a change of UI language, and a name in a notice never breaks across lines', async () => {
    await app.page.click('[data-action="arrangeAll"]');
    await app.page.getByText('台下座位不足，113 人未能安排').waitFor();
    await app.page.click('button.language');
    await app.page.getByText('Not enough seats in Hall: 113 people not seated').waitFor();
    expect(await app.page.locator('.notice').allTextContents()).not.toContainEqual(expect.stringMatching(/座位不足|已排好/));
    // The names listed under it are whole pieces that do not wrap.
    const name = app.page.locator('.notice-warning .person-name').first();
    expect(await name.evaluate((n) => getComputedStyle(n).whiteSpace)).toBe('nowrap');
    expect((await name.textContent())!.length).toBeGreaterThanOrEqual(2);
    await app.page.screenshot({ path: 'test-output/notices-english.png' });
    await app.page.click('button.language');
    await app.page.getByText('台下座位不足，113 人未能安排').waitFor();
  });
});
