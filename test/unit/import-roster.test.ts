// Roster import from the fixtures: xlsx, UTF-8 with BOM, GBK; malformed rows named by row.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../electron/services/import/decode-text';
import { importRoster, UnreadableRosterError } from '../../electron/services/import/import-roster';
import { peopleFromTable } from '../../shared/roster/people-from-table';

const fixture = (name: string) => readFileSync(`test/fixtures/${name}`);

describe('plenary roster in three encodings', () => {
  it('xlsx, UTF-8-with-BOM csv and GBK csv give the same 170 people', async () => {
    const xlsx = await importRoster(fixture('plenary-roster.xlsx'), 'plenary-roster.xlsx');
    const utf8 = await importRoster(fixture('plenary-roster-utf8bom.csv'), 'plenary-roster-utf8bom.csv');
    const gbk = await importRoster(fixture('plenary-roster-gbk.csv'), 'plenary-roster-gbk.csv');
    expect(xlsx.people).toHaveLength(170);
    expect(xlsx.problems).toEqual([]);
    expect(utf8.people).toEqual(xlsx.people);
    expect(gbk.people).toEqual(xlsx.people);
    expect(xlsx.people[0]).toMatchObject({ name: '黄萍峰', unit: '区委', title: '区委书记', rank: 1, category: '出席' });
  });

  it('detects GBK because the bytes are not valid UTF-8', () => {
    const { text, encoding } = decodeText(fixture('plenary-roster-gbk.csv'));
    expect(encoding).toBe('gb18030');
    expect(text).toContain('区委常委、组织部部长');
  });
});

describe('malformed roster: one fault per line, each named by its row', () => {
  it('imports the good rows and reports every bad one', async () => {
    const { people, problems } = await importRoster(fixture('malformed-roster.csv'), 'malformed-roster.csv');
    const byRow = Object.fromEntries(problems.map((p) => [p.row, p]));
    expect(byRow[3]).toMatchObject({ severity: 'error', field: '姓名' });
    expect(byRow[3]!.message).toBe('第 3 行：缺少姓名，该行未导入。');
    expect(byRow[4]!.message).toContain('排序号“二”不是正整数');
    expect(byRow[5]!.message).toContain('排序号“-3”');
    expect(byRow[6]!.message).toContain('类别“贵宾席”');
    expect(byRow[8]!.message).toContain('多出内容');
    expect(byRow[10]).toMatchObject({ severity: 'error' });
    expect(byRow[10]!.message).toContain('公式');
    expect(byRow[12]!.message).toContain('与第 2 行重复');
    expect(byRow[13]!.message).toContain('姓名超过');
    expect(people.map((p) => p.name)).toEqual(['李明', '张强', '赵丽', '孙涛', '周"敏', '吴刚', '郑华']);
    expect(people.find((p) => p.name === '张强')!.rank).toBeNull();
  });

  it('rejects legacy .xls with advice instead of guessing', async () => {
    await expect(importRoster(new Uint8Array([0xd0, 0xcf]), '名单.xls')).rejects.toThrow(UnreadableRosterError);
    await expect(importRoster(new Uint8Array([0xd0, 0xcf]), '名单.xls')).rejects.toThrow('另存为');
  });
});

describe('rare names', () => {
  it('normalises spaces and keeps characters outside the BMP whole', async () => {
    const { people } = await importRoster(fixture('rare-names.csv'), 'rare-names.csv');
    const names = people.map((p) => p.name);
    expect(names).toContain('张𠈌');
    expect(names).toContain('上官𬌗');
    expect(names).toContain('阿依古丽·买买提');
    expect(names.filter((n) => n === '王伟')).toHaveLength(2); // namesakes in different units both stay
    expect(names).toContain('王芳');
  });
});

describe('real-world headers', () => {
  it('finds the header below a merged title row and reads spaced or alternative header names', () => {
    const table = [
      ['2026年区委全体会议参会名单', '', ''],
      ['', '', ''],
      ['姓 名', '职　务', '名次'],
      ['黄萍峰', '区委书记', '1'],
    ];
    const { people, problems } = peopleFromTable(table);
    expect(problems).toEqual([]);
    expect(people).toEqual([expect.objectContaining({ name: '黄萍峰', title: '区委书记', rank: 1 })]);
  });

  it('says what it needs when there is no 姓名 column', () => {
    const { people, problems } = peopleFromTable([['名称', '单位'], ['甲', '乙']]);
    expect(people).toEqual([]);
    expect(problems[0]!.message).toContain('没有“姓名”列');
  });
});

describe('the columns 状态, 代会, 角色, 议题, 分组 (cli.md)', () => {
  it('reads absences, substitutes linked by name, roles and groups from the sessions roster', async () => {
    const { people, problems } = await importRoster(fixture('plenary-roster-sessions.csv'), 'plenary-roster-sessions.csv');
    expect(problems).toEqual([]);
    const byName = new Map(people.map((p) => [p.name, p]));
    expect(byName.get('闫柏勇')!.absent).toBe(true);
    expect(byName.get('戚代表')).toMatchObject({ substituteFor: byName.get('闫柏勇')!.id, unit: '区政府', title: '副职（代会）', absent: false });
    expect(byName.get('柯代会')!.substituteFor).toBe(byName.get('马涵宇')!.id);
    expect(byName.get('毛军')!.role).toBe('主持人');
    expect(byName.get('田建')).toMatchObject({ role: '召集人', group: '第一组' });
    expect(people.filter((p) => p.group === '第二组')).toHaveLength(25);
  });

  it('agenda items, and every cell it cannot use named by row', () => {
    const table = [
      ['姓名', '状态', '代会', '角色', '议题'],
      ['甲', '出席', '', '汇报人', '议题1、3'],
      ['乙', '外出', '', '司仪', '一'],
      ['丙', '代会', '无此人', '', ''],
    ];
    const { people, problems } = peopleFromTable(table);
    expect(people[0]).toMatchObject({ role: '汇报人', agendaItems: [1, 3] });
    expect(problems.map((p) => `${p.row}:${p.field}`)).toEqual(['3:状态', '3:角色', '3:议题', '4:代会']);
  });
});
