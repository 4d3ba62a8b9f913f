// Issue 10, items 5, 6 and 8 as a new user does them: the sign-in desk (pinyin initials, the seat
// large, 已签到, live counts, the 到会情况 report), the agenda with a 列席 tied to an item and the
// view of who is in the room for it, and the change log signed with the staff name.
import os from 'node:os';
import path from 'node:path';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppHarness, answerQuestion, browserAvailable, chooseFile, namesOnCanvas, startApp, zoneId } from './harness';
import { pdfText } from '../unit/pdf-tools';

let app: AppHarness;

const total = async () => {
  const box = app.page.locator('[data-testid="signin-total"]');
  return { expected: Number(await box.getAttribute('data-expected')), present: Number(await box.getAttribute('data-present')), missing: Number(await box.getAttribute('data-missing')) };
};

describe.skipIf(!browserAvailable)('sign-in desk, agenda and change log in Chromium', () => {
  beforeAll(async () => {
    app = await startApp();
    await chooseFile(app.page, 'importRoster', 'test/fixtures/plenary-roster.xlsx');
    await app.page.getByText('导入 170 人').first().waitFor();
    await app.page.click('[data-action="arrangeAll"]');
    await app.page.getByText(/已排/).first().waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('finds 黄萍峰 by initials, shows the seat large, marks 已签到 and counts change', async () => {
    const { page } = app;
    await page.click('[data-action="signInDesk"]');
    await page.locator('[data-testid="signin-desk"]').waitFor();
    const before = await total();
    expect(before.expected).toBe(170);
    expect(before.present).toBe(0);
    await page.locator('[data-control="signin-search"]').pressSequentially('hpf');
    const match = page.locator('[data-testid="signin-matches"] li[data-person="黄萍峰"]');
    await match.waitFor();
    expect(await page.locator('[data-testid="signin-matches"] li').count()).toBe(1);
    expect(await match.locator('[data-testid="signin-seat"]').innerText()).toMatch(/主席台\s*第1排 第\d+座/);
    expect(await page.locator('[data-testid="signin-map"]').getAttribute('data-seat')).toMatch(/:1-\d+$/);
    await page.keyboard.press('Enter');
    await page.locator('li[data-person="黄萍峰"][data-checked="yes"]').waitFor();
    expect(await total()).toEqual({ expected: 170, present: 1, missing: 169 });
    const rostrumUnit = page.locator('[data-testid="signin-by-unit"] tr[data-key="区委"] .present');
    expect(await rostrumUnit.innerText()).toBe('1');
    await page.screenshot({ path: 'test-output/signin-desk.png' });
    // A second press un-marks a mistake; a third marks again.
    await page.keyboard.press('Enter');
    await page.locator('li[data-person="黄萍峰"][data-checked="no"]').waitFor();
    expect((await total()).present).toBe(0);
    await page.keyboard.press('Enter');
    await page.locator('li[data-person="黄萍峰"][data-checked="yes"]').waitFor();
  });

  it('prints the 到会情况 report', async () => {
    const { page } = app;
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-control="print-attendance"]')]);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-attendance-')), download.suggestedFilename());
    await download.saveAs(file);
    copyFileSync(file, 'test-output/attendance-report.pdf');
    const text = pdfText(file).replace(/\s/g, '');
    expect(text).toContain('到会情况');
    expect(text).toContain('应到170人，实到1人，请假0人，未到169人');
    expect(text).toContain('区委');
  });

  it('Escape leaves the desk; Ctrl+Z of a seat edit never un-signs anyone', async () => {
    const { page } = app;
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="signin-desk"]').waitFor({ state: 'detached' });
    // Undo the arrangement (the last seat edit): 黄萍峰 loses the seat, not the check-in.
    await page.keyboard.press('Control+z');
    await page.click('[data-action="signInDesk"]');
    await page.locator('[data-control="signin-search"]').fill('黄萍峰');
    await page.locator('li[data-person="黄萍峰"] .unseated').waitFor();
    expect(await page.locator('li[data-person="黄萍峰"]').getAttribute('data-checked')).toBe('yes');
    expect((await total()).present).toBe(1);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+y');
  });

  it('sets the staff name; an agenda item with a 列席 person tied to it; the view per item fades who is away', async () => {
    const { page } = app;
    await page.click('[data-testid="change-log"] summary');
    await page.fill('[data-control="staff-name"]', '刘秘书');
    await page.keyboard.press('Enter');
    await page.click('[data-testid="agenda-panel"] summary');
    await page.fill('[data-control="agenda-new-title"]', '审议财政预算');
    await page.click('[data-action="addAgendaItem"]');
    await page.locator('.agenda-items li[data-item="1"] [data-control="agenda-add-attendee"]').waitFor();
    // Someone seated in the hall attends item 1 only.
    const [observer] = await namesOnCanvas(page, 'hall', 1);
    expect(observer).toBeTruthy();
    await page.fill('.agenda-items li[data-item="1"] [data-control="agenda-add-attendee"]', observer!);
    await page.click(`.agenda-items li[data-item="1"] .pick[data-pick="${observer}"]`);
    await page.locator(`.agenda-items li[data-item="1"] [data-role="attendee"] .chip[data-person="${observer}"]`).waitFor();
    await page.fill('[data-control="agenda-new-title"]', '听取工作汇报');
    await page.keyboard.press('Enter');
    await page.locator('.agenda-items li[data-item="2"]').waitFor();
    // Item 2: the observer is away, their seat faded; item 1: everyone seated is in the room.
    await page.click('.agenda-items li[data-item="2"] [data-control="agenda-view"]');
    const viewing = page.locator('[data-testid="agenda-viewing"]');
    await viewing.waitFor();
    expect(await viewing.getAttribute('data-away')).toBe('1');
    await page.screenshot({ path: 'test-output/agenda-view.png' });
    await page.click('.agenda-items li[data-item="1"] [data-control="agenda-view"]');
    await page.locator('[data-testid="agenda-viewing"][data-away="0"]').waitFor();
    await page.click('.agenda-items li[data-item="1"] [data-control="agenda-view"]');
    await viewing.waitFor({ state: 'detached' });
  });

  it('the change log lists the edits, newest first, with the staff name; undo is an entry too', async () => {
    const { page } = app;
    const entries = page.locator('.change-log-entries li');
    await entries.first().waitFor();
    expect(await entries.first().getAttribute('data-by')).toBe('刘秘书');
    expect(await entries.first().innerText()).toContain('添加议题 2 听取工作汇报');
    const texts = await entries.allInnerTexts();
    expect(texts.some((t) => t.includes('列席 ') && t.includes('→ 议题 1'))).toBe(true);
    await page.keyboard.press('Control+z');
    await page.locator('.change-log-entries li[data-kind="undo"]').first().waitFor();
    expect(await entries.first().innerText()).toContain('撤销：添加议题 2 听取工作汇报');
    expect(await page.locator('.agenda-items li[data-item="2"]').count()).toBe(0);
    await page.screenshot({ path: 'test-output/change-log.png' });
  });

  it('reads in English too', async () => {
    const { page } = app;
    await page.click('button.language');
    expect(await page.locator('.change-log-entries li').first().innerText()).toContain('Undo: added agenda item 2');
    await page.click('[data-action="signInDesk"]');
    await page.locator('[data-control="signin-search"]').fill('hpf');
    const seat = await page.locator('li[data-person="黄萍峰"] [data-testid="signin-seat"]').innerText();
    expect(seat).toMatch(/Rostrum\s*Row 1 Seat \d+/);
    expect(await page.locator('[data-testid="signin-total"]').innerText()).toContain('Expected');
    await page.screenshot({ path: 'test-output/signin-desk-en.png' });
    await page.keyboard.press('Escape');
    await page.click('button.language');
  });

  it('in the standing-committee room, the 汇报席 passes from item to item and the view of item 2 names its reporter there', async () => {
    const { page } = app;
    await page.selectOption('[data-control="room"]', '常务会议室');
    await answerQuestion(page);
    await chooseFile(page, 'importRoster', 'test/fixtures/standing-committee-roster.xlsx');
    await page.getByText('已从 standing-committee-roster.xlsx 导入').waitFor();
    await page.selectOption('[data-rule="zone"]', await zoneId(page, '会议桌'));
    await page.check('[data-rule="agendaTurns"]');
    await page.click('[data-action="arrangeAll"]');
    for (const title of ['审议预算', '研究规划', '人事事项']) {
      await page.fill('[data-control="agenda-new-title"]', title);
      await page.keyboard.press('Enter');
    }
    await page.locator('.agenda-items li[data-item="3"]').waitFor();
    await page.click('.agenda-items li[data-item="2"] [data-control="agenda-view"]');
    const turns = page.locator('[data-testid="agenda-turns"]');
    await turns.waitFor();
    expect(await turns.innerText()).toMatch(/会议桌 18座 姚敏磊/);
    // On the canvas the 汇报席 shows item 2's reporter while item 2 is viewed, item 1's otherwise.
    expect(await namesOnCanvas(page, 'table', 1)).toContain('姚敏磊');
    expect(await namesOnCanvas(page, 'table', 1)).not.toContain('唐远天');
    await page.screenshot({ path: 'test-output/agenda-turns.png' });
    await page.click('.agenda-items li[data-item="2"] [data-control="agenda-view"]');
    await turns.waitFor({ state: 'detached' });
    expect(await namesOnCanvas(page, 'table', 1)).toContain('唐远天');
  });
});
