// Issue 10 in Chromium, as staff would do it the day before: a 代会 with the substitute's own name,
// unit and title in a small form, then 导出 Excel with a choice of sheets, opened with a reader.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppHarness, browserAvailable, chooseFile, startApp } from './harness';
import { fillForm, formDialog } from './forms';
import { printCards } from './print-cards';
import { pdfText } from '../unit/pdf-tools';

let app: AppHarness;

describe.skipIf(!browserAvailable)('代会 form and Excel export in Chromium', () => {
  beforeAll(async () => {
    app = await startApp();
    await chooseFile(app.page, 'importRoster', 'test/fixtures/plenary-roster.xlsx');
    await app.page.getByText('导入 170 人').waitFor();
    await app.page.click('[data-action="arrangeAll"]');
    await app.page.getByText('已排好').first().waitFor();
    await printCards(app.page); // the cards are out: later changes speak of reprinting
  });
  afterAll(async () => {
    await app?.close();
  });

  it('asks the substitute’s name, unit and title; the name is required; unit and title start empty', async () => {
    await app.page.locator('tr[data-person="毛军"] [data-control="substitute"]').click();
    const form = formDialog(app.page);
    await form.getByText('谁代 毛军 出席？').waitFor();
    expect(await form.locator('[data-field="unit"]').inputValue()).toBe('');
    expect(await form.locator('[data-field="title"]').inputValue()).toBe('');
    await form.locator('[data-dialog="ok"]').click();
    await form.getByText('请填写“姓名”。').waitFor();
    await app.page.screenshot({ path: 'test-output/substitute-form.png' });
    await fillForm(app.page, { name: '王代表', unit: '区政府办公室', title: '主任' });
    const row = app.page.locator('tr[data-person="王代表"]');
    await row.waitFor();
    expect(await row.locator('td.unit').textContent()).toBe('区政府办公室');
  });

  it('exports the chosen sheets as one .xlsx, the substitute with their own unit and title', async () => {
    await app.page.click('[data-action="exportExcel"]');
    const form = formDialog(app.page);
    await form.waitFor();
    // All four are ticked to begin with; none ticked is refused with a reason.
    for (const kind of ['list', 'map', 'index', 'sign-in']) await form.locator(`[data-field="${kind}"]`).setChecked(false);
    await form.locator('[data-dialog="ok"]').click();
    await form.getByText('请至少选择一个工作表。').waitFor();
    await form.locator('[data-field="list"]').setChecked(true);
    await form.locator('[data-field="map"]').setChecked(true);
    await app.page.screenshot({ path: 'test-output/excel-form.png' });
    const [download] = await Promise.all([app.page.waitForEvent('download'), form.locator('[data-dialog="ok"]').click()]);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-excel-')), download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe('示例会议-座次.xlsx');
    await app.page.getByText('已导出 Excel（2 个工作表）').waitFor();

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((ws) => ws.name)).toEqual(['座次名单', '座次图']);
    const list = book.getWorksheet('座次名单')!;
    let substitute: (string | undefined)[] = [];
    list.eachRow((row) => {
      if (row.getCell(2).value === '王代表') substitute = [5, 6, 9].map((c) => row.getCell(c).value?.toString());
    });
    expect(substitute).toEqual(['区政府办公室', '主任', '代会']);
    let onMap = false;
    book.getWorksheet('座次图')!.eachRow((row) => row.eachCell((cell) => { onMap ||= cell.value === '王代表'; }));
    expect(onMap).toBe(true);
  });

  it('after re-arranging, the notice tells cards to print anew from cards that only move (8.2)', async () => {
    // 王代表 stood in 毛军's seat; by default a substitute sits in the hall, so re-arranging closes the row up.
    await app.page.click('[data-action="arrangeRostrum"]');
    const notice = app.page.locator('.notice', { hasText: '座签：新印' });
    await notice.waitFor();
    const text = await notice.textContent();
    expect(text).toMatch(/座签：新印 1 张，挪动 \d+ 张，撤下 1 张。/);
    expect(text).toMatch(/：新印，放 主席台 \d排 \d+座/);
    expect(text).toMatch(/的座签 主席台 \d排 \d+座 → 主席台 \d排 \d+座/);
    expect(text).toContain('王代表 的座签从 主席台'); // he had 毛军's seat until the row closed up
    await app.page.screenshot({ path: 'test-output/card-changes-notice.png' });
    // The same list as a checklist PDF, from the canvas's context menu.
    await app.page.locator('[data-testid="venue-canvas"]').click({ button: 'right', position: { x: 40, y: 40 } });
    const menu = app.page.getByTestId('context-menu');
    await menu.waitFor();
    const [download] = await Promise.all([app.page.waitForEvent('download'), menu.locator('[data-action="printCardChecklist"]').click()]);
    expect(download.suggestedFilename()).toBe('示例会议-座签变动清单.pdf');
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-checklist-')), 'checklist.pdf');
    await download.saveAs(file);
    const checklist = pdfText(file).replace(/\s/g, '');
    expect(checklist).toContain('一、新印座签（1张）');
    expect(checklist).toContain('三、撤下座签（1张）');
  });

  it('warns as soon as a roster marks more people for the rostrum than it has seats, naming them', async () => {
    // The sample room has 7 rostrum seats; nine of the new roster are marked 主席台.
    const csv = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-overfull-')), '名单.csv');
    const rows = Array.from({ length: 12 }, (_, i) => `${i + 1},领导${i + 1},区委,委员,${i + 1},出席,${i < 9 ? '主席台' : '台下'}`);
    writeFileSync(csv, `\uFEFF序号,姓名,单位,职务,排序号,类别,座区\n${rows.join('\n')}\n`);
    await chooseFile(app.page, 'importRoster', csv);
    const warning = app.page.locator('.notice-warning', { hasText: '座区为“主席台”的有 9 人' });
    await warning.waitFor();
    expect(await warning.textContent()).toContain('按排序放不下的 2 人：领导8、领导9');
  });

  it('speaks English when the app does: the Excel form and the substitute form', async () => {
    await app.page.click('button.language');
    await app.page.click('[data-action="exportExcel"]');
    const form = formDialog(app.page);
    await form.getByText('Export to Excel: choose the sheets').waitFor();
    expect(await form.locator('label').allTextContents()).toEqual([
      'Seating list (the roster with zone, row, seat)', 'Seat map (a cell per seat, rostrum on top)', 'Seat index (by surname strokes)', 'Sign-in sheet (by unit)',
    ]);
    await app.page.keyboard.press('Escape');
    await app.page.locator('tr[data-person="领导1"] [data-control="substitute"]').click();
    await form.getByText('Who stands in for 领导1?').waitFor();
    await form.locator('[data-dialog="ok"]').click();
    await form.getByText('Please fill in "Name".').waitFor();
    await app.page.keyboard.press('Escape');
    await app.page.click('button.language');
  });
});
