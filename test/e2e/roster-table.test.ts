// Issue 10 item 1 as a new user meets it: the roster is a table with headers; sorted by a header
// click, filtered by status, searched by pinyin initials; a title corrected in place and undone;
// a person added and a seated one deleted (the seat empties); a row picked finds the seat on the
// canvas; namesakes (同名) marked; a 10,000-person roster scrolls with only a window of rows drawn.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRoster } from '../../electron/services/import/import-roster';
import { arrangeZones } from '../../shared/arrange/arrange';
import { serializeMeeting } from '../../shared/model/load';
import type { Meeting } from '../../shared/model/meeting-schema';
import { makePerson } from '../../shared/model/person';
import { planOf, withPlan } from '../../shared/model/plan';
import { sampleMeeting } from '../../shared/model/sample';
import { replaceMeetingRoster } from '../../shared/model/session-edits';
import { type AppHarness, browserAvailable, chooseFile, namesOnCanvas, startApp } from './harness';

let app: AppHarness;
let meeting: Meeting;
const dir = mkdtempSync(path.join(os.tmpdir(), 'zuoci-roster-table-'));

const arranged = (m: Meeting): Meeting => {
  const id = m.sessions[0]!.id;
  return withPlan(m, id, planOf(m, id), arrangeZones(planOf(m, id)).project);
};

/** The plenary roster (170 people) with a second 黄萍峰 from another unit, arranged in the sample room. */
async function plenaryMeeting(): Promise<Meeting> {
  const roster = await importRoster(readFileSync('test/fixtures/plenary-roster.xlsx'), 'plenary-roster.xlsx');
  const namesake = makePerson({ id: 'namesake', name: '黄　萍峰', unit: '市档案馆', title: '馆员', category: '列席', rosterIndex: roster.people.length });
  return arranged(replaceMeetingRoster(sampleMeeting(), [...roster.people, namesake]));
}

const table = () => app.page.locator('[data-testid="roster-table"]');
const rowNames = () => table().locator('tbody tr[data-person]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.person!));
const headers = () => table().locator('thead th').allTextContents();
const cell = (name: string, column: string) => table().locator(`tr[data-person="${name}"] td[data-col="${column}"]`);
const rosterStatus = () => app.page.textContent('.roster-panel h2 small');

describe.skipIf(!browserAvailable)('the roster as a working table, in Chromium', () => {
  beforeAll(async () => {
    meeting = await plenaryMeeting();
    writeFileSync(path.join(dir, '全体会议.zuoci'), serializeMeeting(meeting));
    app = await startApp();
    await chooseFile(app.page, 'open', path.join(dir, '全体会议.zuoci'));
    await table().locator('tr[data-person="闫柏勇"]').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('has headed columns in the side panel, and all twelve when opened wide below the canvas', async () => {
    expect(await headers()).toEqual(['姓名', '单位', '座位', '状态']);
    expect(await rosterStatus()).toBe('171 人 · 已入座 57');
    await app.page.screenshot({ path: 'test-output/roster-table-side.png' });
    await app.page.click('[data-action="toggleRosterTable"]');
    await app.page.getByTestId('roster-dock').waitFor();
    expect(await headers()).toEqual(['序号', '姓名', '性别', '民族', '单位', '职务', '排序号', '类别', '分组', '状态', '座位', '备注']);
    // The canvas stays in sight above the table.
    const canvas = (await app.page.locator('[data-testid="venue-canvas"]').boundingBox())!;
    const dock = (await app.page.getByTestId('roster-dock').boundingBox())!;
    expect(canvas.height).toBeGreaterThan(200);
    expect(dock.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1);
    await app.page.screenshot({ path: 'test-output/roster-table-wide.png' });
  });

  it('sorts by a header click, and reverses on a second click', async () => {
    const ranks = meeting.people.filter((p) => p.rank !== null).map((p) => [p.name, p.rank!] as const).sort((a, b) => a[1] - b[1]);
    await table().locator('th[data-col="rank"]').click();
    expect((await rowNames()).slice(0, 3)).toEqual(ranks.slice(0, 3).map(([name]) => name));
    expect(await table().locator('th[data-col="rank"]').getAttribute('aria-sort')).toBe('ascending');
    await table().locator('th[data-col="rank"]').click();
    expect((await rowNames())[0]).toBe(ranks.at(-1)![0]);
    expect(await table().locator('th[data-col="rank"]').getAttribute('aria-sort')).toBe('descending');
    await table().locator('th[data-col="order"]').click(); // back to the roster's order
  });

  it('a cell cut short by its column shows its whole text on hover; a whole one keeps no title of its own', async () => {
    const cells = table().locator('td[data-col="title"], td[data-col="unit"], td[data-col="note"]');
    const cut = await cells.evaluateAll((tds) => tds.findIndex((td) => td.scrollWidth > td.clientWidth + 1));
    expect(cut).toBeGreaterThanOrEqual(0);
    await cells.nth(cut).hover();
    const text = (await cells.nth(cut).textContent())!;
    expect(await cells.nth(cut).getAttribute('title')).toBe(text);
    const whole = await cells.evaluateAll((tds) => tds.findIndex((td) => td.textContent && td.scrollWidth <= td.clientWidth));
    await cells.nth(whole).hover();
    expect(await cells.nth(whole).getAttribute('title')).toBeNull();
  });

  it('marks namesakes (同名), naming the other one’s unit', async () => {
    const marks = table().locator('tr[data-person="黄萍峰"] [data-testid="namesake"]');
    expect(await marks.textContent()).toBe('同名');
    expect(await marks.getAttribute('title')).toBe('同名：黄　萍峰（市档案馆）');
    const other = meeting.people.find((p) => p.name === '黄萍峰')!;
    expect(await table().locator('tr[data-person="黄　萍峰"] [data-testid="namesake"]').getAttribute('title')).toBe(`同名：黄萍峰（${other.unit}）`);
  });

  it('finds people by pinyin initials, and filters by status', async () => {
    await app.page.fill('[data-control="roster-search"]', 'hpf');
    expect(await rowNames()).toEqual(['黄萍峰', '黄　萍峰']);
    // Full pinyin from the start of the name, as well as initials.
    await app.page.fill('[data-control="roster-search"]', 'liu');
    expect(await rowNames()).toContain('刘杰波');
    await app.page.fill('[data-control="roster-search"]', 'liujieb');
    expect(await rowNames()).toEqual(['刘杰波']);
    await app.page.fill('[data-control="roster-search"]', '');
    // The status box says what ticking it does: 请假, unticked for someone present (never 出席).
    expect(await cell('毛军', 'status').locator('label').textContent()).toBe('请假');
    expect(await cell('毛军', 'status').locator('[data-control="absent"]').isChecked()).toBe(false);
    expect(await cell('毛军', 'status').textContent()).not.toContain('出席');
    // 毛军 is on leave: tick 请假 in his row, then show only those on leave.
    await cell('毛军', 'status').locator('[data-control="absent"]').check();
    await app.page.selectOption('[data-control="roster-status"]', 'absent');
    expect(await rowNames()).toEqual(['毛军']);
    expect(await cell('毛军', 'status').textContent()).toContain('请假');
    await app.page.selectOption('[data-control="roster-status"]', '');
    expect((await rowNames()).length).toBeGreaterThan(20);
  });

  it('edits a title in place (Enter keeps it) and one Ctrl+Z undoes it', async () => {
    const before = (await cell('薛强', 'title').textContent())!;
    await cell('薛强', 'title').dblclick();
    const editor = table().locator('[data-control="cell-editor"]');
    expect(await editor.inputValue()).toBe(before);
    await editor.fill('市委秘书长');
    await editor.press('Enter');
    expect(await cell('薛强', 'title').textContent()).toBe('市委秘书长');
    expect(await editor.count()).toBe(0);
    await app.page.keyboard.press('Control+z'); // the table has the focus back
    expect(await cell('薛强', 'title').textContent()).toBe(before);
  });

  it('types 分组 (a new name makes the group) and 备注; clicking elsewhere keeps the typed text', async () => {
    await cell('金波', 'groups').dblclick();
    const editor = table().locator('[data-control="cell-editor"]');
    await editor.fill('第一组、第二组');
    await editor.press('Enter');
    expect(await cell('金波', 'groups').textContent()).toBe('第一组、第二组');
    await cell('金波', 'note').dblclick();
    await editor.fill('坐轮椅');
    await app.page.click('[data-control="roster-search"]'); // leave the cell with the mouse
    expect(await cell('金波', 'note').textContent()).toBe('坐轮椅');
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('data-control'))).toBe('roster-search');
  });

  it('refuses a rank that is not a positive whole number, saying why; Escape puts the old one back', async () => {
    const before = (await cell('薛强', 'rank').textContent())!;
    await cell('薛强', 'rank').click();
    await app.page.keyboard.press('F2');
    const editor = table().locator('[data-control="cell-editor"]');
    await editor.fill('第二');
    await editor.press('Enter');
    expect(await table().getByTestId('cell-error').textContent()).toBe('排序号须为正整数（1 为最高），不能是“第二”。');
    await app.page.screenshot({ path: 'test-output/roster-table-invalid.png' });
    await editor.press('Escape');
    expect(await cell('薛强', 'rank').textContent()).toBe(before);
    expect(await table().getByTestId('cell-error').count()).toBe(0);
  });

  it('adds a person: a new row with the name open for typing', async () => {
    await app.page.click('[data-action="addRosterPerson"]');
    const editor = table().locator('[data-control="cell-editor"]');
    await editor.fill('新来的');
    await editor.press('Enter');
    await table().locator('tr[data-person="新来的"]').waitFor();
    expect(await cell('新来的', 'seat').textContent()).toBe('未入座');
    expect(await rosterStatus()).toBe('172 人 · 已入座 57');
  });

  it('picking a row selects the person’s seat on the canvas and centres it', async () => {
    const person = meeting.people.find((p) => p.name === '汤慧福')!;
    const seatId = Object.entries(meeting.sessions[0]!.assignment).find(([, id]) => id === person.id)![0];
    await cell('汤慧福', 'name').click();
    expect(await app.page.evaluate(() => (window as unknown as { zuociCanvas: { highlighted: () => string } }).zuociCanvas.highlighted())).toBe(seatId);
    expect(await app.page.locator('.seat-panel li').getAttribute('data-seat')).toBe(seatId);
    expect(await app.page.locator('.seat-panel li strong').textContent()).toBe(await cell('汤慧福', 'seat').textContent());
    await app.page.screenshot({ path: 'test-output/roster-table-find-seat.png' });
  });

  it('drags one row as an id and several picked rows as a JSON list of ids, in table order', async () => {
    const payload = (name: string) => app.page.evaluate((n) => {
      const dataTransfer = new DataTransfer();
      document.querySelector(`[data-testid="roster-table"] tr[data-person="${n}"]`)!.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer }));
      return dataTransfer.getData('application/x-zuoci-person');
    }, name);
    const id = (name: string) => meeting.people.find((p) => p.name === name)!.id;
    await cell('金霞', 'name').click();
    expect(await payload('金霞')).toBe(id('金霞'));
    await cell('薛强', 'name').click({ modifiers: ['Control'] });
    expect(JSON.parse(await payload('金霞'))).toEqual([id('薛强'), id('金霞')].sort((a, b) => meeting.people.findIndex((p) => p.id === a) - meeting.people.findIndex((p) => p.id === b)));
  });

  it('copies the picked rows as a table (Ctrl+C), and the bar above the table gives it more height', async () => {
    // 金霞 and 薛强 are still picked: copy them as Excel would paste them.
    const copied = await table().evaluate((element) => {
      const clipboardData = new DataTransfer();
      element.focus();
      element.dispatchEvent(new ClipboardEvent('copy', { bubbles: true, clipboardData }));
      return clipboardData.getData('text/plain');
    });
    const lines = copied.split('\r\n');
    expect(lines[0]).toBe('序号\t姓名\t性别\t民族\t单位\t职务\t排序号\t类别\t分组\t状态\t座位\t备注');
    expect(lines.slice(1).map((line) => line.split('\t')[1])).toEqual(['薛强', '金霞']);
    const before = (await app.page.getByTestId('roster-dock').boundingBox())!;
    const bar = (await app.page.locator('.roster-dock-splitter').boundingBox())!;
    await app.page.mouse.move(bar.x + 200, bar.y + 3);
    await app.page.mouse.down();
    await app.page.mouse.move(bar.x + 200, bar.y - 97, { steps: 4 });
    await app.page.mouse.up();
    const after = (await app.page.getByTestId('roster-dock').boundingBox())!;
    expect(after.height - before.height).toBeGreaterThan(80);
    expect((await app.page.locator('[data-testid="venue-canvas"]').boundingBox())!.height).toBeGreaterThan(150);
  });

  it('deletes a seated person with the Delete key: the seat empties in the same step', async () => {
    const rostrum = await namesOnCanvas(app.page, 'rostrum', 1);
    const name = rostrum[2]!;
    await cell(name, 'name').click(); // the click gives the table the keyboard
    await app.page.keyboard.press('Delete');
    await table().locator(`tr[data-person="${name}"]`).waitFor({ state: 'detached' });
    await app.page.getByText(/已删除 1 人.*1 个座位随之空出/).waitFor();
    const after = await namesOnCanvas(app.page, 'rostrum', 1);
    expect(after).not.toContain(name);
    expect(after).toHaveLength(rostrum.length - 1);
    expect(await rosterStatus()).toBe('171 人 · 已入座 56');
    await app.page.screenshot({ path: 'test-output/roster-table-deleted.png' });
    await app.page.keyboard.press('Control+z');
    await table().locator(`tr[data-person="${name}"]`).waitFor();
    expect(await namesOnCanvas(app.page, 'rostrum', 1)).toEqual(rostrum);
  });
  it('speaks English when the app does: headers, filters, commands, marks', async () => {
    await app.page.click('button.language');
    expect(await headers()).toEqual(['No.', 'Name', 'Gender', 'Ethnicity', 'Unit', 'Title', 'Rank', 'Category', 'Groups', 'Status', 'Seat', 'Note']);
    expect(await app.page.locator('[data-control="roster-status"] option').allTextContents()).toEqual(['All statuses', 'Present', 'On leave', 'Stand-in']);
    expect(await table().locator('tr[data-person="黄萍峰"] [data-testid="namesake"]').textContent()).toBe('Same name');
    expect(await app.page.locator('[data-action="addRosterPerson"]').textContent()).toBe('Add person');
    await app.page.screenshot({ path: 'test-output/roster-table-english.png' });
    await app.page.click('button.language');
  });
});

describe.skipIf(!browserAvailable)('a 10,000-person roster in the table, in Chromium', () => {
  beforeAll(async () => {
    const people = Array.from({ length: 10_000 }, (_, i) => makePerson({
      id: `p${i}`, name: `人员${String(i + 1).padStart(5, '0')}`, unit: `单位${i % 200}`, title: '干部', rank: i + 1, category: i % 3 ? '列席' : '出席', rosterIndex: i,
    }));
    writeFileSync(path.join(dir, '万人.zuoci'), serializeMeeting(replaceMeetingRoster(sampleMeeting(), people)));
    app = await startApp();
    await chooseFile(app.page, 'open', path.join(dir, '万人.zuoci'));
    await table().locator('tr[data-person="人员00001"]').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('draws only the rows in view while scrolling to the end and back', async () => {
    await app.page.click('[data-action="toggleRosterTable"]');
    await app.page.getByTestId('roster-dock').waitFor();
    expect(await table().locator('tbody tr[data-person]').count()).toBeLessThan(100);
    const height = await table().evaluate((t) => t.scrollHeight);
    expect(height).toBeGreaterThan(10_000 * 20); // the full list's height, though few rows exist
    for (const fraction of [0.25, 0.5, 1]) {
      await table().evaluate((t, f) => (t.scrollTop = t.scrollHeight * f), fraction);
      await app.page.evaluate('new Promise(requestAnimationFrame)');
      expect(await table().locator('tbody tr[data-person]').count()).toBeLessThan(100);
    }
    await table().locator('tr[data-person="人员10000"]').waitFor();
    expect(await table().locator('tr[data-person="人员10000"]').isVisible()).toBe(true);
    await app.page.screenshot({ path: 'test-output/roster-table-10000.png' });
    // Searching in 10,000 people still finds one.
    await app.page.fill('[data-control="roster-search"]', '人员09999');
    expect(await rowNames()).toEqual(['人员09999']);
  });
});
