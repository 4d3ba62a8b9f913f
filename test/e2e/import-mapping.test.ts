// A new user imports rosters through the column-mapping dialog (issue 10 item 2): the malformed
// fixture (every fault listed with its row, every good row imported, then undone), the GBK csv
// with one column remapped and the 主席台 question, a re-import of an edited roster (exactly the
// added, removed and changed people shown, applied, undone), and three rows pasted from a sheet.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { type AppHarness, browserAvailable, namesOnCanvas, startApp } from './harness';

let app: AppHarness;
const dialog = () => app.page.locator('[data-testid="import-dialog"]');

/** 导入名单 → pick `file` → the mapping step is shown. */
async function openImport(file: string): Promise<Locator> {
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.page.click('[data-action="importRoster"]')]);
  await chooser.setFiles(path.resolve(file));
  await app.page.locator('[data-testid="import-dialog"][data-state="mapping"]').waitFor();
  return dialog();
}

const rosterCount = async () => Number((await app.page.locator('.roster-panel h2 small, .roster-panel small').first().textContent())?.match(/(\d+)\s*人/)?.[1] ?? 0);
const texts = (locator: Locator) => locator.allTextContents();

describe.skipIf(!browserAvailable)('roster import through the mapping step', () => {
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the malformed fixture: every fault listed with its row, every good row imported', async () => {
    const box = await openImport('test/fixtures/malformed-roster.csv');
    const faultRows = await box.locator('[data-import="problems"] li').evaluateAll((items) => items.map((li) => Number(li.getAttribute('data-problem-row'))));
    expect(faultRows).toEqual([3, 4, 5, 6, 7, 8, 10, 11, 12, 13]);
    expect(await texts(box.locator('[data-import="problems"] li'))).toEqual(expect.arrayContaining([
      '第 3 行：缺少姓名，该行未导入。', expect.stringContaining('第 4 行：排序号“二”不是正整数'), expect.stringContaining('第 11 行：比表头少 1 列，类别 按空白导入'),
      expect.stringContaining('第 12 行：与第 2 行重复'),
    ]));
    const rejected = await box.locator('tr.import-rejected').evaluateAll((rows) => rows.map((tr) => Number(tr.getAttribute('data-row'))));
    expect(rejected).toEqual([3, 10, 12, 13]);
    expect(await box.locator('[data-import="summary"]').textContent()).toBe('将导入 7 人，4 行有错误未导入，6 处需核对。');
    await app.page.screenshot({ path: 'test-output/import-malformed.png' });
    await box.locator('[data-import="confirm"]').click();
    await box.waitFor({ state: 'detached' });
    await app.page.getByText('已从 malformed-roster.csv 导入 7 人。 10 处需要核对：').waitFor();
    expect(await rosterCount()).toBe(7);
    await app.page.keyboard.press('Control+z');
    await app.page.getByText('还没有名单').waitFor();
  });

  it('the GBK csv: headers recognised, one column remapped, the 主席台 in 备注 asked about', async () => {
    const box = await openImport('test/fixtures/plenary-roster-gbk.csv');
    const proposed = await box.locator('select[data-column]').evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).value));
    expect(proposed).toEqual(['serial', 'name', 'gender', 'ethnicity', 'unit', 'title', 'rank', 'category', 'note']);
    const rostrum = box.locator('[data-import="rostrum"]');
    expect(await rostrum.isChecked()).toBe(true);
    expect(await box.locator('.import-rostrum label').textContent()).toContain('28 人标为主席台');
    // 序号 is this office's own numbering of people: the user makes it the ID a later re-import matches by.
    await box.locator('select[data-column="0"]').selectOption('externalId');
    expect(await texts(box.locator('.import-preview thead th'))).toEqual(['行', '编号（ID）', '姓名', '性别', '民族', '单位', '职务', '排序号', '类别', '备注', '座区', '问题']);
    expect(await texts(box.locator('.import-preview tr[data-row="2"] td'))).toEqual(['2', '1', '黄萍峰', '男', '汉族', '区委', '区委书记', '1', '出席', '主席台', '主席台', '']);
    await app.page.screenshot({ path: 'test-output/import-mapping.png' });
    await box.locator('[data-import="confirm"]').click();
    await app.page.getByText('已从 plenary-roster-gbk.csv 导入 170 人。').waitFor();
    expect(await rosterCount()).toBe(170);
    // The marks were used: 28 people for a rostrum of 7 seats is said at once (issue 10 item 4).
    await app.page.getByText('名单中座区为“主席台”的有 28 人').waitFor();
  });

  it('re-import of an edited roster: exactly the added, removed and changed people; applied as one undo step', async () => {
    await app.page.click('[data-action="arrangeAll"]');
    const rostrumBefore = await namesOnCanvas(app.page, 'rostrum', 1);
    expect(rostrumBefore).toHaveLength(7);
    const box = await openImport('test/fixtures/plenary-roster-edited.csv');
    await box.locator('select[data-column="0"]').selectOption('externalId');
    await box.locator('[data-import="confirm"]').click();
    await app.page.locator('[data-testid="import-dialog"][data-state="merge"]').waitFor();
    expect(await box.locator('.import-merge > p').textContent()).toContain('按“编号（ID）”列匹配人员');
    expect(await texts(box.locator('[data-merge="added"] li'))).toEqual(['欧阳明（区委办公室）', '阿依古丽·买买提（区民族宗教事务局） 原文：阿依古丽•买买提']);
    expect(await texts(box.locator('[data-merge="removed"] li'))).toEqual(['胡桂洋（区委办公室）', '曾旭娟（区政府办公室）']);
    expect(await texts(box.locator('[data-merge="changed"] li'))).toEqual([
      '汤慧福（区人大常委会）：职务 区人大常委会主任 → 区人大常委会党组书记、主任',
      '陆杰（区商务局）：排序号 100 → 99',
    ]);
    expect(await box.locator('[data-merge="unchanged"]').textContent()).toBe('未变 166 人');
    expect(await box.locator('[data-merge="keep-removed"]').isChecked()).toBe(false);
    await app.page.screenshot({ path: 'test-output/import-merge.png' });
    await box.locator('[data-import="apply"]').click();
    await box.waitFor({ state: 'detached' });
    await app.page.getByText('名单已更新：新增 2 人，移出 2 人，修改 2 人。').waitFor();
    await app.page.getByText('已移出名单并撤下座位：胡桂洋、曾旭娟').waitFor();
    expect(await rosterCount()).toBe(170);
    expect(await app.page.locator('[data-person="胡桂洋"]').count()).toBe(0);
    // Kept people kept their ids, so their seats: the rostrum reads as before.
    expect(await namesOnCanvas(app.page, 'rostrum', 1)).toEqual(rostrumBefore);
    await app.page.keyboard.press('Control+z');
    await app.page.locator('[data-person="胡桂洋"]').first().waitFor();
    expect(await app.page.locator('[data-person="欧阳明"]').count()).toBe(0);
  });

  it('three rows pasted from a spreadsheet go through the same dialog and are added', async () => {
    // Ctrl+V with the focus outside any text field: the page hears a paste of tab-separated cells.
    await app.page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      const data = new DataTransfer();
      data.setData('text/plain', '张三丰\t区委办公室\t科员\r\n李四光\t区政府办公室\t科员\r\n王五　\t区财政局\t科员\r\n');
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    const box = dialog();
    await app.page.locator('[data-testid="import-dialog"][data-state="mapping"]').waitFor();
    expect(await box.textContent()).toContain('未识别到表头');
    const proposed = await box.locator('select[data-column]').evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).value));
    expect(proposed).toEqual(['name', 'unit', 'title']);
    expect(await box.locator('[data-import="summary"]').textContent()).toBe('将导入 3 人。');
    await box.locator('[data-import="confirm"]').click();
    await app.page.locator('[data-testid="import-dialog"][data-state="merge"]').waitFor();
    // A paste adds: the people it does not list stay.
    expect(await box.locator('[data-merge="keep-removed"]').isChecked()).toBe(true);
    expect(await texts(box.locator('[data-merge="added"] li'))).toEqual(['张三丰（区委办公室）', '李四光（区政府办公室）', '王五（区财政局）']);
    await box.locator('[data-import="apply"]').click();
    await app.page.getByText('名单已更新：新增 3 人，移出 0 人，修改 0 人。').waitFor();
    expect(await rosterCount()).toBe(173);
  });

  it('粘贴名单 from the toolbar opens a box that takes the paste', async () => {
    await app.page.click('[data-action="pasteRoster"]');
    const pasteBox = app.page.locator('[data-import="paste-box"]');
    await pasteBox.waitFor();
    await pasteBox.evaluate((area) => {
      const data = new DataTransfer();
      data.setData('text/plain', '姓名\t单位\t排序号\n赵六\t区审计局\t300\n');
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await app.page.locator('[data-testid="import-dialog"][data-state="mapping"]').waitFor();
    const proposed = await dialog().locator('select[data-column]').evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).value));
    expect(proposed).toEqual(['name', 'unit', 'rank']);
    await app.page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
    expect(await rosterCount()).toBe(173);
  });

  it('speaks English when the app does', async () => {
    await app.page.click('button.language');
    await app.page.click('[data-action="pasteRoster"]');
    await app.page.locator('[data-import="paste-box"]').evaluate((area) => {
      const data = new DataTransfer();
      data.setData('text/plain', '姓名\t单位\t位置\n赵六\t区审计局\t主席台\n');
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await app.page.locator('[data-testid="import-dialog"][data-state="mapping"]').waitFor();
    const text = await dialog().textContent();
    expect(text).toContain('Paste roster');
    expect(text).toContain('Use the rostrum marks in the zone/position column (1 marked for the rostrum)');
    expect(await texts(dialog().locator('.import-preview thead th'))).toEqual(['Row', 'Name', 'Unit', 'Zone', 'Problems']);
    expect(text).not.toMatch(/导入|姓名：|列对应/);
    await app.page.screenshot({ path: 'test-output/import-english.png' });
    await app.page.keyboard.press('Escape');
    await app.page.click('button.language');
  });
});
