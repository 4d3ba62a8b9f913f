// `npx zuoci` as a user calls it: the real bin script in a child process, on the fixtures.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rostrumPattern } from '../../shared/arrange/rostrum-pattern';
import { CURRENT_SCHEMA_VERSION } from '../../shared/model/schema';
import { importRoster } from '../../electron/services/import/import-roster';
import { pdfInfo, pdfText } from './pdf-tools';
import { ROSTER, out, readCsv, zuoci } from './cli-tools';

describe('the built CLI', () => {
  it('lists only source files that exist, so bin/zuoci.mjs takes the built path and not tsx', () => {
    const { sources } = JSON.parse(readFileSync('dist/cli/sources.json', 'utf8')) as { sources: string[] };
    expect(sources.length).toBeGreaterThan(50);
    for (const file of sources) expect(statSync(file).isFile(), file).toBe(true);
  });
});

describe('zuoci arrange', () => {
  it.each([5, 6, 7, 14])('gives the protocol pattern for a %i-seat rostrum', async (seats) => {
    const file = out('result.csv');
    const result = await zuoci('arrange', '--roster', ROSTER, '--rostrum', String(seats), '--out', file);
    // A rostrum-only room cannot seat the other people of the 170-person roster: each is named.
    expect(result.code).toBe(1);
    expect(result.stderr.match(/未能安排座位（会场没有适合的区域）/g)).toHaveLength(170 - seats);
    const [header, ...rows] = readCsv(file);
    expect(header).toEqual(['区域', '排', '列', '座', '姓名', '单位', '职务', '排序号']);
    expect(rows).toHaveLength(seats);
    expect(rows.map((row) => row[0])).toEqual(Array(seats).fill('主席台'));
    expect(rows.map((row) => Number(row[2]))).toEqual(Array.from({ length: seats }, (_, i) => i + 1));
    // The fixture's ranks are 1..n, so the 排序号 column read in A-view order is the pattern itself.
    expect(rows.map((row) => Number(row[7]))).toEqual(rostrumPattern(seats, { convention: 'left', evenRule: 'centre-pair' }));
  });

  it('two rostrum rows: the front row is 排 1 with ranks 1..14', async () => {
    const file = out('result.csv');
    expect((await zuoci('arrange', '--roster', ROSTER, '--rostrum', '14,14', '--out', file)).code).toBe(1);
    const rows = readCsv(file).slice(1);
    expect(rows.filter((row) => row[1] === '1').map((row) => Number(row[7])).sort((a, b) => a - b)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    expect(rows.filter((row) => row[1] === '2')).toHaveLength(14);
  });

  it('--convention right mirrors the row', async () => {
    const file = out('result.csv');
    await zuoci('arrange', '--roster', ROSTER, '--rostrum', '5', '--convention', 'right', '--out', file);
    expect(readCsv(file).slice(1).map((row) => row[7])).toEqual(['4', '2', '1', '3', '5']);
  });

  it('writes the same seating as JSON and as a .zuoci document', async () => {
    const json = out('result.json');
    await zuoci('arrange', '--roster', ROSTER, '--rostrum', '3', '--out', json);
    expect(JSON.parse(readFileSync(json, 'utf8')).map((row: Record<string, unknown>) => row['姓名'])).toEqual(['汤慧福', '黄萍峰', '毛军']);
    const doc = out('plan.zuoci');
    await zuoci('arrange', '--roster', ROSTER, '--rostrum', '3', '--out', doc);
    expect(JSON.parse(readFileSync(doc, 'utf8'))).toMatchObject({ format: 'zuoci', schemaVersion: CURRENT_SCHEMA_VERSION });
  });

  it('exits 1 and names each problem row of a malformed roster', async () => {
    const result = await zuoci('arrange', '--roster', 'test/fixtures/malformed-roster.csv', '--rostrum', '5', '--out', out('r.csv'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('第 3 行：缺少姓名');
    expect(result.stderr).toContain('第 10 行');
  });

  it('exits 1 and names the people who did not fit', async () => {
    const csv = out('zones.csv');
    writeFileSync(csv, '姓名,排序号,座区\n甲,1,主席台\n乙,2,主席台\n丙,3,主席台\n丁,4,台下\n');
    const result = await zuoci('arrange', '--roster', csv, '--rostrum', '2', '--out', out('r.csv'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('未能安排座位（主席台座位不足）：丙');
    expect(result.stderr).toContain('not seated (not enough seats in the rostrum): 丙');
  });

  it('a quick room that cannot hold everyone exits 1 and names them: --rostrum 5 with 7 出席', async () => {
    const csv = out('seven.csv');
    writeFileSync(csv, '姓名,排序号,类别\n甲,1,出席\n乙,2,出席\n丙,3,出席\n丁,4,出席\n戊,5,出席\n己,6,出席\n庚,7,出席\n');
    const result = await zuoci('arrange', '--roster', csv, '--rostrum', '5', '--out', out('r.csv'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('：己（排序号 6）');
    expect(result.stderr).toContain('：庚（排序号 7）');
  });
});

describe('zuoci arrange, the whole room', () => {
  it('rostrum of two rows and a hall with aisles: everyone seated, 列 counts seats only, --explain says why', async () => {
    const file = out('result.csv');
    const result = await zuoci('arrange', '--roster', ROSTER, '--rostrum', '14,14', '--hall', '20x30', '--aisles', '8,22', '--explain', '--out', file);
    expect(result.code).toBe(0);
    const [header, ...rows] = readCsv(file);
    expect(header).toEqual(['区域', '排', '列', '座', '姓名', '单位', '职务', '排序号', '说明']);
    expect(rows).toHaveLength(170);
    const hall = rows.filter((row) => row[0] === '台下');
    expect(hall).toHaveLength(142);
    expect(hall[0]!.slice(1, 3)).toEqual(['1', '1']);
    expect(Math.max(...hall.map((row) => Number(row[2])))).toBeLessThanOrEqual(30);
    expect(rows.find((row) => row[7] === '3')![8]).toBe('排序第3，主席台第1排，1号右手第一位（左为上）');
    // Categories front to back (2.1): every 出席 seat comes before every 列席 seat, and so on.
    const { people } = await importRoster(readFileSync(ROSTER), 'plenary-roster.xlsx');
    const tier: Record<string, number> = { 出席: 0, 列席: 1, 媒体: 2, 工作人员: 3 };
    const tierOf = new Map(people.map((p) => [p.name, tier[p.category]!]));
    const tiersInSeatOrder = hall.map((row) => tierOf.get(row[4]!)!);
    expect(tiersInSeatOrder).toEqual([...tiersInSeatOrder].sort((a, b) => a - b));
    expect(new Set(tiersInSeatOrder).size).toBe(4);
  });

  it('--numbering centre-out labels hall seats odd on the right (7.2), 列 still counts from the left', async () => {
    const file = out('r.csv');
    await zuoci('arrange', '--roster', ROSTER, '--rostrum', '28', '--hall', '3x6', '--numbering', 'centre-out', '--out', file);
    const firstRow = readCsv(file).slice(1).filter((row) => row[0] === '台下' && row[1] === '1');
    expect(firstRow.map((row) => row[2])).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(firstRow.map((row) => row[3])).toEqual(['6', '4', '2', '1', '3', '5']);
  });

  it('a hall too small reports who did not fit', async () => {
    const result = await zuoci('arrange', '--roster', ROSTER, '--rostrum', '7', '--hall', '2x10', '--out', out('r.csv'));
    expect(result.code).toBe(1);
    expect(result.stderr.match(/未能安排座位（台下座位不足）/g)).toHaveLength(170 - 7 - 20);
  });
});

describe('ordering options', () => {
  it('--unit-order decides the unit blocks; characters without stroke data are reported', async () => {
    const file = out('r.csv');
    const result = await zuoci('arrange', '--roster', 'test/fixtures/rare-names.csv', '--hall', '2x10', '--group-by-unit',
      '--order', 'strokes', '--unit-order', '区政协办公室,区统计局', '--out', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('笔画数据中没有“䶮”');
    expect(result.stderr).toContain('笔画数据中没有“𠈌”');
    const rows = readCsv(file).slice(1);
    expect(rows.slice(0, 2).map((row) => row[4])).toEqual(['王芳', '仉志远']);
  });
});

describe('zuoci order', () => {
  it('sorts the roster by 姓氏笔画, keeping its columns and renumbering 序号', async () => {
    const file = out('order.csv');
    expect((await zuoci('order', '--roster', ROSTER, '--order', 'strokes', '--out', file)).code).toBe(0);
    const [header, ...rows] = readCsv(file);
    expect(header).toEqual(['序号', '姓名', '性别', '民族', '单位', '职务', '排序号', '类别', '备注']);
    expect(rows).toHaveLength(170);
    expect(rows.map((row) => row[0])).toEqual(rows.map((_, i) => String(i + 1)));
    expect(rows.slice(0, 3).map((row) => row[1])).toEqual(['于敏', '于林佳', '于辉英']);
  });
});

describe('user mistakes: exit 2, a message in Chinese and English, no stack trace', () => {
  it.each([
    [['arrange', '--roster', 'missing.xlsx', '--rostrum', '7', '--out', 'x.csv'], '找不到或无法读取文件'],
    [['arrange', '--roster', ROSTER, '--rostrum', 'seven', '--out', 'x.csv'], '--rostrum 应为逗号分隔的正整数'],
    [['arrange', '--roster', ROSTER, '--rostrum', '7', '--out', 'x.txt'], '扩展名须为'],
    [['arrange', '--roster', ROSTER, '--rostrum', '7'], '缺少 --out'],
    [['arrange', '--bogus'], 'Unknown option'],
    [['arrange', '--roster', ROSTER, '--rostrum', '7', '--out', '/no/such/dir/x.csv'], '无法写入'],
    [['frobnicate'], '未知命令'],
    [['arrange', '--roster', ROSTER, '--rostrum', '7', '--hall-method', 'zigzag', '--out', 'x.csv'], '--hall-method 只能是'],
    [['order', '--roster', ROSTER, '--order', 'height', '--out', 'x.csv'], '--order 只能是'],
    [['cards', '--roster', ROSTER, '--rostrum', '7', '--format', 'a5', '--out', 'x.pdf'], '--format 只能是'],
    [['cards', '--roster', ROSTER, '--rostrum', '7', '--font', '/no/such/font.ttf', '--out', 'x.pdf'], '找不到字体文件'],
    [['map', '--roster', ROSTER, '--venue', '大礼堂', '--paper', 'B5', '--out', 'x.pdf'], '--paper 只能是'],
    [['arrange', '--roster', ROSTER, '--venue', '小礼堂', '--out', 'x.csv'], '内置模板'],
  ])('%j', async (args, message) => {
    const result = await zuoci(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('--help', () => {
  it.each(['arrange', 'cards', 'order', 'map', 'list', 'photo', 'cars', 'reception', 'signing'])('%s --help names each of its options in the Chinese and in the English part', async (command) => {
    const { code, stdout } = await zuoci(command, '--help');
    expect(code).toBe(0);
    const options = (await import('../../electron/cli/command-options')).COMMAND_OPTIONS[command]!;
    const [zh, en] = [stdout.slice(0, stdout.lastIndexOf('--roster')), stdout.slice(stdout.lastIndexOf('--roster'))];
    for (const option of Object.keys(options)) {
      expect(zh, `--${option} in Chinese`).toContain(`--${option}`);
      expect(en, `--${option} in English`).toContain(`--${option}`);
    }
  });

  it('documents every option in Chinese and English', async () => {
    const { code, stdout } = await zuoci('arrange', '--help');
    expect(code).toBe(0);
    for (const option of ['--roster', '--venue', '--rostrum', '--hall', '--aisles', '--convention', '--even', '--hall-method', '--direction', '--snake', '--group-by-unit', '--order', '--explain', '--out']) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toContain('左为上');
    expect(stdout).toContain('left is senior');
  });
});

describe('zuoci map and list', () => {
  it('prints the seat map of a built-in room with the plenary roster, approved', async () => {
    const file = out('map.pdf');
    const result = await zuoci('map', '--roster', ROSTER, '--venue', '大礼堂', '--paper', 'A4', '--title', '区委全体会议', '--approved-by', '张主任', '--out', file);
    expect(result.code).toBe(0);
    const text = pdfText(file).replace(/\s/g, '');
    expect(text).toContain('区委全体会议座次图');
    expect(text).toContain('审定人：张主任');
    expect(Math.round(pdfInfo(file).widthPt)).toBe(842); // A4 landscape
  });

  it('prints the seat index, sign-in sheets and tickets', async () => {
    for (const kind of ['index', 'sign-in', 'tickets']) {
      const file = out(`${kind}.pdf`);
      expect((await zuoci('list', '--roster', ROSTER, '--venue', '大礼堂', '--kind', kind, '--out', file)).code).toBe(0);
      expect(pdfText(file)).toContain('黄萍峰');
    }
  });

  it('prints a .zuoci plan as it was arranged', async () => {
    const plan = out('plan.zuoci');
    await zuoci('arrange', '--roster', ROSTER, '--venue', '宴会厅', '--out', plan);
    const file = out('cards.pdf');
    // The plenary roster has no banquet categories: nobody sits at the tables, nothing to print.
    expect((await zuoci('cards', '--venue', plan, '--out', file)).code).toBe(2);
    const banquet = out('banquet.zuoci');
    await zuoci('arrange', '--roster', 'test/fixtures/banquet-roster.xlsx', '--venue', '宴会厅', '--out', banquet);
    expect((await zuoci('cards', '--venue', banquet, '--format', 'a4-fold3', '--out', file)).code).toBe(0);
    expect(pdfInfo(file).pages).toBe(40);
  });
});

describe('zuoci cards', () => {
  it('prints one card per rostrum seat, with every name', async () => {
    const file = out('cards.pdf');
    const result = await zuoci('cards', '--roster', ROSTER, '--rostrum', '7', '--out', file);
    expect(result.code).toBe(1); // the rest of the roster has no seat in a rostrum-only room, and is named
    expect(pdfInfo(file).pages).toBe(7);
    const text = pdfText(file).replace(/\s/g, '');
    for (const name of ['黄萍峰', '毛军', '汤慧福', '薛强', '金波', '闫柏勇', '邱红萍']) expect(text).toContain(name);
  });

  it('exits 1 and names a character the font lacks', async () => {
    const result = await zuoci('cards', '--roster', 'test/fixtures/rare-names.csv', '--rostrum', '7', '--fallback-font', 'none', '--out', out('c.pdf'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('字体缺字，此座签未打印：张𠈌（𠈌）');
  });
});
