// Import through the column-mapping step (issue 10 item 2): headers recognised, a mapping the user
// changes, the 主席台 marks found and used only when agreed, every fault named by its row, pastes
// from a spreadsheet, and names normalised with the original kept.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRosterTable } from '../../electron/services/import/read-table';
import { normalizeName, normalizeNameKeepingOriginal } from '../../shared/names/normalize';
import { findRostrumMarks, proposeMapping, setColumnField } from '../../shared/roster/mapping';
import { previewRows, rosterFromTable } from '../../shared/roster/import-table';
import { parseTabbedText, proposePasteMapping } from '../../shared/roster/paste';

const table = (name: string) => readRosterTable(readFileSync(`test/fixtures/${name}`), name);

describe('names normalised, the original kept', () => {
  it.each([
    [' 王　芳 ', '王芳'], ['王 小 明', '王小明'], ['阿依古丽•买买提', '阿依古丽·买买提'], ['阿依古丽．买买提', '阿依古丽·买买提'],
    ['阿依古丽・买买提', '阿依古丽·买买提'], ['阿依古丽.买买提', '阿依古丽·买买提'], ['买买提 ‧ 艾力', '买买提·艾力'], ['Ｊｏｈｎ　Ｓｍｉｔｈ', 'John Smith'],
  ])('%j → %j', (raw, name) => {
    expect(normalizeName(raw)).toBe(name);
    expect(normalizeNameKeepingOriginal(raw)).toEqual({ name, original: raw.trim() });
  });

  it('keeps no original when only the spaces around the name went, and leaves initials alone', () => {
    expect(normalizeNameKeepingOriginal('  李明 ')).toEqual({ name: '李明' });
    expect(normalizeName('J. Smith')).toBe('J. Smith');
  });
});

describe('the mapping the dialog proposes', () => {
  it('recognises the plenary roster’s headers and the 主席台 written in 备注', async () => {
    const rows = await table('plenary-roster-gbk.csv');
    const mapping = proposeMapping(rows);
    expect(mapping).toEqual({ headerRow: 0, columns: ['serial', 'name', 'gender', 'ethnicity', 'unit', 'title', 'rank', 'category', 'note'] });
    expect(findRostrumMarks(rows, mapping)).toEqual({ source: 'note', column: 8, count: 28 });
    const used = rosterFromTable(rows, mapping, { useRostrumMarks: true });
    expect(used.people.filter((p) => p.seatZone === '主席台')).toHaveLength(28);
    expect(rosterFromTable(rows, mapping, { useRostrumMarks: false }).people.every((p) => p.seatZone === '')).toBe(true);
  });

  it('a 位置 column is a rostrum mark; other headers (ID, 身份, 名字) are known too', () => {
    const rows = [['编号', '名字', '工作单位', '职称', '身份', '位置'], ['A1', '李明', '区委', '书记', '出席', '主席台第一排'], ['A2', '王芳', '区政府', '区长', '出席', '台下']];
    const mapping = proposeMapping(rows);
    expect(mapping.columns).toEqual(['externalId', 'name', 'unit', 'title', 'category', 'seatZone']);
    expect(findRostrumMarks(rows, mapping)).toEqual({ source: 'zone-column', column: 5, count: 1 });
    const people = rosterFromTable(rows, mapping, { useRostrumMarks: true }).people;
    expect(people.map((p) => [p.externalId, p.seatZone])).toEqual([['A1', '主席台'], ['A2', '台下']]);
  });

  it('the user changes a column: the field moves, no two columns fill one field', async () => {
    const rows = await table('plenary-roster-gbk.csv');
    const mapping = setColumnField(proposeMapping(rows), 5, 'note'); // 职务 read as 备注
    expect(mapping.columns[5]).toBe('note');
    expect(mapping.columns[8]).toBeNull();
    const first = rosterFromTable(rows, mapping).people[0]!;
    expect(first).toMatchObject({ name: '黄萍峰', title: '', note: '区委书记' });
  });

  it('without a 姓名 column nothing imports and the reason says so', async () => {
    const rows = await table('plenary-roster-gbk.csv');
    const result = rosterFromTable(rows, setColumnField(proposeMapping(rows), 1, null));
    expect(result.people).toEqual([]);
    expect(result.problems[0]!.message).toContain('没有“姓名”列');
  });
});

describe('the malformed fixture through the mapping step', () => {
  it('every fault is named by its row; every good row imports', async () => {
    const rows = await table('malformed-roster.csv');
    const imported = rosterFromTable(rows, proposeMapping(rows));
    const faults = imported.problems.map((p) => [p.row, p.field]);
    expect(faults).toEqual([
      [3, '姓名'], [4, '排序号'], [5, '排序号'], [6, '类别'], [7, '姓名'], [8, '列数'], [10, '姓名'], [11, '列数'], [12, '姓名'], [13, '姓名'],
    ]);
    expect(imported.people.map((p) => p.name)).toEqual(['李明', '张强', '赵丽', '孙涛', '周"敏', '吴刚', '郑华']);
    const preview = previewRows(rows, proposeMapping(rows), imported, 50);
    expect(preview.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13]); // row 9 is blank
    expect(preview.find((r) => r.row === 3)!.person).toBeNull();
    expect(preview.find((r) => r.row === 4)!.person!.name).toBe('张强');
  });
});

describe('cells pasted from Excel or WPS', () => {
  it('reads tabs, line breaks and quoted cells; a header row is used as headers', () => {
    const rows = parseTabbedText('姓名\t单位\t职务\r\n李明\t区委办公室\t主任\r\n"王""芳"\t"区政府\n办公室"\t副主任\r\n');
    expect(rows).toEqual([['姓名', '单位', '职务'], ['李明', '区委办公室', '主任'], ['王"芳', '区政府\n办公室', '副主任']]);
    expect(proposePasteMapping(rows)).toEqual({ headerRow: 0, columns: ['name', 'unit', 'title'] });
  });

  it('bare rows are read in the roster table’s order 姓名 单位 职务 排序号', () => {
    const rows = parseTabbedText('李明\t区委办公室\t主任\t5\n王芳\t区政府办公室\t副主任\t6');
    const mapping = proposePasteMapping(rows);
    expect(mapping).toEqual({ headerRow: -1, columns: ['name', 'unit', 'title', 'rank'] });
    const imported = rosterFromTable(rows, mapping);
    expect(imported.people.map((p) => [p.name, p.unit, p.title, p.rank])).toEqual([['李明', '区委办公室', '主任', 5], ['王芳', '区政府办公室', '副主任', 6]]);
    expect(previewRows(rows, mapping, imported, 10).map((r) => r.row)).toEqual([1, 2]);
  });
});
