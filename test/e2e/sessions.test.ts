// Issue 7 as a new user meets it: one roster with a 分组 column, a 全体会议 and three 分组讨论
// sessions, each arranged; someone 请假 for the plenary only; cards for one group's room; save,
// reload, reopen — and everything is as it was.
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, type AppHarness, browserAvailable, chooseFile, namesOnCanvas, startApp } from './harness';
import { pdfText } from '../unit/pdf-tools';

let app: AppHarness;
const tabs = () => app.page.locator('.session-tabs [role="tab"]').allTextContents();
const openTab = (name: string) => app.page.click(`.session-tabs [role="tab"][data-session="${name}"]`);
const isAbsent = (name: string) => app.page.locator(`tr[data-person="${name}"] [data-control="absent"]`).isChecked();
const rosterCount = () => app.page.locator('[data-testid="attendee-count"]').textContent();

/** What a user sees of each session: its name, how many attend, how many sit. */
async function overview(): Promise<string[]> {
  const result: string[] = [];
  for (const name of await app.page.locator('.session-tabs [role="tab"]').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.session!))) {
    await openTab(name);
    const seated = await app.page.locator('.roster-panel h2 small').textContent();
    result.push(`${name} | ${await rosterCount()} | ${seated}`);
  }
  return result;
}

describe.skipIf(!browserAvailable)('one meeting, several sessions, in Chromium', () => {
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  let before: string[] = [];

  it('imports the roster once and makes one 分组讨论 per group, then keeps three', async () => {
    await chooseFile(app.page, 'importRoster', 'test/fixtures/plenary-roster-sessions.csv');
    await app.page.getByText(/导入 17\d 人/).first().waitFor();
    await app.page.click('[data-action="sessionsPerGroup"]');
    expect(await tabs()).toEqual(['全体会议', '分组讨论·第一组', '分组讨论·第二组', '分组讨论·第三组', '分组讨论·第四组']);
    await openTab('分组讨论·第四组');
    await app.page.click('[data-action="deleteSession"]');
    await answerQuestion(app.page);
    expect(await tabs()).toEqual(['全体会议', '分组讨论·第一组', '分组讨论·第二组', '分组讨论·第三组']);
    // Deleting is one undo step, like any change.
    await app.page.keyboard.press('Control+z');
    expect(await tabs()).toHaveLength(5);
    await app.page.keyboard.press('Control+y');
    expect(await tabs()).toHaveLength(4);
  });

  it('arranges each session in its own room: the group rooms hold their members only', async () => {
    for (const name of ['全体会议', '分组讨论·第一组', '分组讨论·第二组', '分组讨论·第三组']) {
      await openTab(name);
      await app.page.click('[data-action="arrangeAll"]');
      await app.page.getByText(/已排好 \d+ 人/).first().waitFor();
    }
    await openTab('分组讨论·第一组');
    expect(await app.page.locator('tr[data-person="田建"]').count()).toBe(1); // 第一组's convener
    expect(await app.page.locator('tr[data-person="方超"]').count()).toBe(0); // 第二组
    await app.page.screenshot({ path: 'test-output/sessions-group-room.png' });
  });

  it('请假 for the plenary only: present in the group discussion', async () => {
    await openTab('全体会议');
    await app.page.locator('tr[data-person="闫雪立"] [data-control="absent"]').check();
    expect(await isAbsent('闫雪立')).toBe(true);
    await openTab('分组讨论·第一组');
    expect(await isAbsent('闫雪立')).toBe(false);
    // 闫柏勇 is 请假 on the roster itself: absent everywhere.
    await openTab('全体会议');
    expect(await isAbsent('闫柏勇')).toBe(true);
    await app.page.screenshot({ path: 'test-output/sessions-plenary.png' });
  });

  it('prints the cards of one group’s room', async () => {
    await openTab('分组讨论·第二组');
    await app.page.keyboard.press('Control+p');
    await app.page.selectOption('[data-print="scope"]', 'all');
    await app.page.locator('.print-dialog[data-preview-state="ready"], .print-dialog[data-preview-state="failed"]').waitFor();
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.click('[data-action="savePdf"]')]);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-sessions-')), download.suggestedFilename());
    await download.saveAs(file);
    const text = pdfText(file).replace(/\s/g, '');
    expect(text).toContain('方超'); // 第二组
    expect(text).not.toContain('田建'); // 第一组
    await app.page.click('.print-dialog .close');
  });

  it('a 合影 session for the rostrum’s people prints its 站位图', async () => {
    await openTab('全体会议');
    const rostrum = await namesOnCanvas(app.page, 'rostrum', 1);
    expect(rostrum).toHaveLength(7);
    await app.page.selectOption('[data-control="add-session"]', { label: '合影（主席台人员）' });
    expect(await tabs()).toContain('合影');
    expect(await rosterCount()).toBe('本场 7 人');
    await app.page.click('[data-action="arrangeAll"]');
    await app.page.getByText('已排好 7 人').first().waitFor();
    await app.page.keyboard.press('Control+p');
    await app.page.click('.print-kinds [data-kind="photo"]');
    await app.page.locator('.print-dialog[data-preview-state="ready"], .print-dialog[data-preview-state="failed"]').waitFor();
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.click('[data-action="savePdf"]')]);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-photo-')), download.suggestedFilename());
    await download.saveAs(file);
    const text = pdfText(file).replace(/\s/g, '');
    for (const name of rostrum) expect(text).toContain(name);
    await app.page.click('.print-dialog .close');
  });

  it('saves, reloads and reopens: every session as it was', async () => {
    before = await overview();
    await app.page.keyboard.press('Control+s');
    await answerQuestion(app.page, '区委全会.zuoci');
    await app.page.getByText('已保存').first().waitFor();
    const saved = JSON.parse(readFileSync(path.join(app.workDir, '区委全会.zuoci'), 'utf8'));
    expect(saved.sessions.map((s: { name: string }) => s.name)).toEqual(['全体会议', '分组讨论·第一组', '分组讨论·第二组', '分组讨论·第三组', '合影']);

    await app.page.reload();
    await app.page.waitForSelector('[data-action="importRoster"]');
    expect(await tabs()).toEqual(['全体会议']); // a fresh start shows the sample
    await chooseFile(app.page, 'open', path.join(app.workDir, '区委全会.zuoci'));
    await app.page.getByText('已打开：区委全会.zuoci').waitFor();
    expect(await overview()).toEqual(before);
    await openTab('全体会议');
    expect(await isAbsent('闫雪立')).toBe(true);
    await openTab('分组讨论·第一组');
    expect(await isAbsent('闫雪立')).toBe(false);
  });
});
