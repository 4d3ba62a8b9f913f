// Issue 10 item 7: the Excel export opened with a reader as the office would open it — the seating
// list, the seat map as a grid of bordered blocks with the rostrum on top, the index by strokes, the
// sign-in sheet by unit, and a formula-like name kept as text.
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { arrangeZones } from '../../shared/arrange/arrange';
import { replaceRoster } from '../../shared/model/edits';
import { makePerson } from '../../shared/model/person';
import { quickVenue } from '../../shared/model/quick-venue';
import { emptyProject } from '../../shared/model/sample';
import type { Project } from '../../shared/model/schema';
import { seatGridSheet } from '../../shared/export/seat-grid';
import { exportXlsx } from '../../electron/services/export/xlsx';
import { readFileSync } from 'node:fs';
import { ROOM_TEMPLATES } from '../../shared/model/templates';
import { importRoster } from '../../electron/services/import/import-roster';

const NAMES = ['王伟', '李明', '张三', '赵四', '钱五', '孙六', '周七', '吴八', '郑九', '=HYPERLINK("http://x","点我")', '-冯十', '@陈一'];
let project: Project;
let book: ExcelJS.Workbook;
let bytes: Buffer;

beforeAll(async () => {
  // Rostrum: 3 seats in front, 1 behind; hall: 2 rows of 6 with an aisle after seat 3.
  const venue = quickVenue({ rostrumRows: [3, 1], hall: { rows: 2, seatsPerRow: 6, aisles: [3] } });
  const people = NAMES.map((name, i) => makePerson({
    id: `p${i + 1}`, name, rank: i + 1, category: '出席', rosterIndex: i, unit: i % 2 ? '区政府' : '区委', title: i === 0 ? '书记' : '委员',
    seatZone: i < 4 ? '主席台' : '台下',
  }));
  project = arrangeZones(replaceRoster({ ...emptyProject(venue), meta: { ...emptyProject(venue).meta, title: '全会' } }, people)).project;
  bytes = await exportXlsx(project);
  book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
});

const text = (ws: ExcelJS.Worksheet, row: number, col: number) => {
  const value = ws.getRow(row).getCell(col).value;
  return value === null || value === undefined ? '' : String(value);
};

describe('the workbook', () => {
  it('has the four sheets in order', () => {
    expect(book.worksheets.map((ws) => ws.name)).toEqual(['座次名单', '座次图', '座次表（按笔画）', '签到表']);
  });

  it('writes names that look like formulas as text cells, never formulas', async () => {
    const list = book.getWorksheet('座次名单')!;
    const cells = [12, 13, 14].map((row) => list.getRow(row).getCell(2));
    expect(cells.map((c) => c.value)).toEqual(['=HYPERLINK("http://x","点我")', '-冯十', '@陈一']);
    for (const cell of cells) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.numFmt).toBe('@');
    }
    // And in the file itself: no formula element anywhere.
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await Promise.all(Object.keys(zip.files).filter((f) => f.startsWith('xl/worksheets/sheet')).map((f) => zip.file(f)!.async('string')));
    expect(sheetXml.join('')).not.toMatch(/<f[ >]/);
  });
});

describe('座次名单: the roster with 区域 排 座', () => {
  it('has a header and one row per person in roster order with the seat', () => {
    const ws = book.getWorksheet('座次名单')!;
    expect(text(ws, 1, 1)).toBe('全会座次名单');
    expect([1, 2, 5, 6, 9, 10, 11, 12].map((c) => text(ws, 2, c))).toEqual(['序号', '姓名', '单位', '职务', '状态', '区域', '排', '座']);
    // 王伟 is No.1 on the rostrum: front row, the middle seat of three.
    expect([1, 2, 5, 6, 9, 10, 11, 12].map((c) => text(ws, 3, c))).toEqual(['1', '王伟', '区委', '书记', '出席', '主席台', '1', '2']);
    expect(ws.rowCount).toBe(2 + NAMES.length);
    expect(ws.getRow(3).getCell(2).border.left?.style).toBe('thin');
  });
});

describe('座次图: a cell per seat, blocks bordered, rostrum on top (A-view)', () => {
  it('lays the rostrum above the hall with the aisle as an empty column', () => {
    const sheet = seatGridSheet(project);
    const value = (r: number, c: number) => sheet.rows[r]?.[c]?.value ?? '';
    // Width: row label + 6 seats + 1 aisle = 8 columns. Rostrum band (label + 3 seats) centred: starts at col 2.
    expect(sheet.columnWidths).toHaveLength(8);
    const rostrumTitle = sheet.rows.findIndex((row) => row.some((c) => c?.value === '主席台'));
    const hallTitle = sheet.rows.findIndex((row) => row.some((c) => c?.value === '台下'));
    expect(rostrumTitle).toBeLessThan(hallTitle);
    // Back row (one seat, centred) above the front row 3 1 2 → A-view: 3号 左… the order of 7.
    const front = rostrumTitle + 2;
    const frontNames = [3, 4, 5].map((c) => value(front, c));
    expect(frontNames).toEqual(['张三', '王伟', '李明']);
    expect(value(front, 2)).toBe('第1排');
    expect(value(front - 1, 4)).toBe('赵四');
    // Hall row 1: seats 1–3, an empty aisle column, seats 4–6.
    const hallRow1 = sheet.rows[hallTitle + 1]!;
    expect(hallRow1[0]?.value).toBe('第1排');
    expect(hallRow1[4]).toBeUndefined();
  });

  it('borders every seat and outlines each block in medium lines', () => {
    const ws = book.getWorksheet('座次图')!;
    const at = (name: string) => {
      let found: ExcelJS.Cell | undefined;
      ws.eachRow((row) => row.eachCell((cell) => { if (cell.value === name) found = cell; }));
      return found!;
    };
    const wang = at('王伟');
    expect(wang.border.bottom?.style).toBe('medium');
    expect(wang.border.left?.style).toBe('thin');
    // The hall's first block: seat 1 of row 1 has the block's left and top outline.
    const hallTitle = at('台下');
    const firstSeat = ws.getRow(Number(hallTitle.row) + 1).getCell(2);
    expect(firstSeat.border.left?.style).toBe('medium');
    expect(firstSeat.border.top?.style).toBe('medium');
    // Seat 3 ends the block before the aisle (medium right); seat 4 starts the next (medium left).
    expect(ws.getRow(Number(hallTitle.row) + 1).getCell(4).border.right?.style).toBe('medium');
    expect(ws.getRow(Number(hallTitle.row) + 1).getCell(6).border.left?.style).toBe('medium');
    expect(ws.getRow(Number(hallTitle.row) + 1).getCell(5).border ?? {}).toEqual({});
    expect(ws.pageSetup.orientation).toBe('landscape');
  });
});

describe('座次表 and 签到表', () => {
  it('lists the seated by strokes, as the printed index does', () => {
    const ws = book.getWorksheet('座次表（按笔画）')!;
    const names = Array.from({ length: ws.rowCount - 2 }, (_, i) => text(ws, i + 3, 1));
    expect(names).toHaveLength(NAMES.length);
    expect(names.indexOf('王伟')).toBeLessThan(names.indexOf('李明')); // 王 4 strokes, 李 7
  });

  it('groups the sign-in sheet by unit with a heading and room to sign', () => {
    const ws = book.getWorksheet('签到表')!;
    expect(text(ws, 3, 1)).toBe('区委　6 人');
    expect([1, 2, 3].map((c) => text(ws, 4, c))).toEqual(['1', '王伟', '书记']);
    expect(ws.getRow(4).height).toBe(24);
    expect(text(ws, 10, 1)).toBe('区政府　6 人');
  });
});

describe('座次图 of a banquet hall', () => {
  it('draws each table where it stands, its seats round it, every guest once', async () => {
    const roster = await importRoster(readFileSync('test/fixtures/banquet-roster.xlsx'), 'banquet-roster.xlsx');
    const room = ROOM_TEMPLATES['宴会厅']!();
    const banquet = arrangeZones(replaceRoster({ ...emptyProject(room.venue), rules: room.rules }, roster.people)).project;
    const sheet = seatGridSheet(banquet);
    const values = sheet.rows.flatMap((row, r) => row.map((cell, c) => ({ value: cell?.value ?? '', r, c })));
    const at = (text: string) => values.find((v) => v.value === text)!;
    // The 主桌 is above the other tables; 2号桌 and 3号桌 stand side by side on one band.
    expect(at('主桌').r).toBeLessThan(at('2号桌').r);
    expect(at('2号桌').r).toBe(at('3号桌').r);
    const seated = Object.values(banquet.assignment).map((id) => banquet.people.find((p) => p.id === id)!.name);
    const onSheet = values.filter((v) => seated.includes(String(v.value))).map((v) => v.value);
    expect(onSheet.sort()).toEqual([...seated].sort());
    // A table's seats form a ring: the cell inside it is not a seat.
    const main = at('主桌');
    expect(sheet.rows[main.r + 2]![main.c + 2]?.border?.left).toBeUndefined();
  });
});
