// Issue 13, item 1, as a new user meets it: nothing of one meeting leaks into the next. A fresh
// sample is not "unsaved"; after opening meeting A and switching to a room template, the window no
// longer carries A's name, selection or notices, and Ctrl+S asks for a new name instead of
// overwriting A on disk.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { serializeProject } from '../../shared/model/load';
import { replaceRoster } from '../../shared/model/edits';
import { sampleProject } from '../../shared/model/sample';
import { importRoster } from '../../electron/services/import/import-roster';
import { type AppHarness, answerQuestion, browserAvailable, chooseFile, seatPoint, startApp } from './harness';

let app: AppHarness;
let meetingA: string;
let bytesOfA: string;

const fileName = () => app.page.textContent('[data-testid="file-name"]');
/** Whether leaving the page would ask first (headless Chromium shows no prompt, so ask the page). */
const asksBeforeLeaving = () =>
  app.page.evaluate("(function () { var e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented; })()");

describe.skipIf(!browserAvailable)('no stale state between meetings, in Chromium', () => {
  beforeAll(async () => {
    app = await startApp();
    // Meeting A: the plenary roster, arranged, saved earlier by someone else.
    const roster = await importRoster(readFileSync('test/fixtures/plenary-roster.xlsx'), 'plenary-roster.xlsx');
    const arranged = arrangeZones(replaceRoster(sampleProject(), roster.people)).project;
    meetingA = path.join(app.workDir, 'A.zuoci');
    bytesOfA = serializeProject({ ...arranged, meta: { ...arranged.meta, title: '区委全体会议' } });
    writeFileSync(meetingA, bytesOfA);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a fresh sample is not unsaved and leaves without asking', async () => {
    expect(await fileName()).not.toContain('未保存');
    expect(await asksBeforeLeaving()).toBe(false);
  });

  it('after opening A and switching to a template, Ctrl+S asks for a new name and A is unchanged on disk', async () => {
    await chooseFile(app.page, 'open', meetingA);
    await app.page.getByText('已打开：A.zuoci').waitFor();
    expect(await fileName()).toContain('A.zuoci');
    expect(await fileName()).not.toContain('未保存'); // just opened: nothing changed yet

    // Pick a seat of A's rostrum, then start over from a room template.
    const seat = await seatPoint(app.page, 'rostrum-1:1-4');
    await app.page.locator('[data-testid="venue-canvas"]').click({ position: seat });
    await app.page.locator('.seat-panel').waitFor();
    await app.page.selectOption('[data-control="room"]', '常务会议室');
    await answerQuestion(app.page); // the template clears A's seating: yes
    await app.page.screenshot({ path: 'test-output/stale-after-template.png' });

    const stale: string[] = [];
    if ((await fileName())?.includes('A.zuoci')) stale.push(`the window still says ${await fileName()}`);
    if (await app.page.locator('.seat-panel').count()) stale.push('the seat panel of A’s rostrum is still open');
    if (await app.page.getByText('已打开：A.zuoci').count()) stale.push('the notice “已打开：A.zuoci” is still shown');
    expect(stale).toEqual([]);

    await chooseFile(app.page, 'importRoster', 'test/fixtures/standing-committee-roster.xlsx');
    await app.page.getByText('已从 standing-committee-roster.xlsx 导入').waitFor();
    await app.page.keyboard.press('Control+s');
    // A new meeting has no file yet: the app asks what to call it.
    const question = app.page.locator('[data-testid="question-dialog"]');
    await question.locator('[data-dialog="input"]').waitFor();
    await answerQuestion(app.page, '常委会.zuoci');
    await app.page.getByText('已保存').waitFor();

    expect(readFileSync(meetingA, 'utf8')).toBe(bytesOfA);
    const saved = path.join(app.workDir, '常委会.zuoci');
    expect(existsSync(saved)).toBe(true);
    expect(JSON.parse(readFileSync(saved, 'utf8')).sessions[0].venue.name).toBe('常务会议室');
    expect(await fileName()).toContain('常委会.zuoci');
    expect(await fileName()).not.toContain('未保存');
  });
});
