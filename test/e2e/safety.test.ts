// Never lose work, in Chromium (browser mode): a crash after unsaved edits offers the autosaved
// copy on the next start; a .zuoci dropped on the window opens; an action that throws shows a
// message instead of failing silently.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, chooseFile, startApp, type AppHarness } from './harness';
import { zipBombXlsx } from '../unit/helpers/zip-bomb';

let app: AppHarness;

describe.skipIf(!browserAvailable)('never lose work, in Chromium', () => {
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('an action that throws shows a message', async () => {
    // The host cannot be reached: the import's fetch rejects inside the action.
    await app.page.route('**/api/read-roster-table**', (route) => route.abort('connectionreset'));
    await chooseFile(app.page, 'importRoster', 'test/fixtures/plenary-roster.xlsx');
    await app.page.locator('.notice-error').filter({ hasText: 'Failed to fetch' }).waitFor();
    await app.page.unroute('**/api/read-roster-table**');
  });

  it('after a crash, the next start offers the autosaved work and restores it as unsaved', async () => {
    await chooseFile(app.page, 'importRoster', 'test/fixtures/plenary-roster.xlsx');
    await app.page.getByText('已从 plenary-roster.xlsx 导入 170 人').waitFor();
    // The window loses focus: autosave runs now rather than in 30 s.
    await app.page.evaluate(() => window.dispatchEvent(new Event('blur')));
    await app.page.waitForFunction(() => localStorage.getItem('zuoci:recovery') !== null);
    // The "crash": the page goes away with its unsaved work and nothing cleaned up, then starts again.
    const leave = (dialog: import('playwright-core').Dialog) => void dialog.accept();
    app.page.on('dialog', leave);
    await app.page.goto(app.url);
    app.page.off('dialog', leave);
    const banner = app.page.getByTestId('recovery-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('上次未正常退出');
    expect(await app.page.textContent('body')).toContain('还没有名单'); // the sample, until the user answers
    await banner.getByRole('button', { name: '恢复' }).click();
    await app.page.getByText('已恢复').waitFor();
    expect(await app.page.textContent('body')).not.toContain('还没有名单');
  });

  it('a .zuoci dropped on the window opens (a BOM is fine); other files are refused with a message', async () => {
    const text = `\ufeff${readFileSync('test/fixtures/v0-meeting.zuoci', 'utf8')}`;
    const drop = (name: string, content: string) => app.page.evaluate(({ name, content }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    }, { name, content });
    await drop('v0-meeting.zuoci', text);
    await app.page.getByText('已打开“v0-meeting.zuoci”').waitFor();
    await drop('名单.xlsx', 'not a plan');
    await app.page.getByText('只能拖入 .zuoci 座次文件').waitFor();
  });

  it('a zip bomb is refused with a message while the page stays responsive', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-bomb-')), '名单.xlsx');
    writeFileSync(file, await zipBombXlsx(1024 * 1024 * 1024));
    await chooseFile(app.page, 'importRoster', file);
    // While the server works on it, the page still answers.
    expect(await app.page.evaluate(() => document.title)).toContain('座次');
    await app.page.locator('.notice-error').filter({ hasText: '压缩炸弹' }).waitFor();
  });
});
