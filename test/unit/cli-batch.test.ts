// The CLI for batch users (cli.md, issue 11): the roster columns 状态, 代会, 角色, 议题, 分组 and
// the section 9 situations, run as users run them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRoster } from '../../electron/services/import/import-roster';
import { ROSTER, out, readCsv, zuoci } from './cli-tools';
import { pdfFonts, pdfText } from './pdf-tools';

describe('the roster columns 状态, 代会, 角色, 议题 (cli.md)', () => {
  const SESSIONS = path.resolve('test/fixtures/plenary-roster-sessions.csv');
  it('an absent rostrum leader’s place closes up, the substitute sits first in the hall, the chair as set', async () => {
    const file = out('r.csv');
    const result = await zuoci('arrange', '--roster', SESSIONS, '--venue', '大礼堂', '--chair-seat', 'front-centre', '--explain', '--out', file);
    expect(result.stderr).not.toContain('闫柏勇');
    const rows = readCsv(file).slice(1);
    const seatOf = (name: string) => rows.find((row) => row[4] === name);
    expect(seatOf('闫柏勇')).toBeUndefined(); // 请假
    expect(seatOf('马涵宇')).toBeUndefined(); // 请假
    // 毛军 (No.2) chairs: front-centre puts him in No.1's seat, the middle of the front row.
    expect(seatOf('毛军')!.slice(0, 3)).toEqual(['主席台', '1', '7']);
    expect(seatOf('黄萍峰')!.slice(0, 3)).toEqual(['主席台', '1', '8']);
    // 戚代表 stands in for the absent rostrum leader: front of the hall, own unit and title.
    expect(seatOf('戚代表')!.slice(0, 2)).toEqual(['台下', '1']);
    expect(seatOf('戚代表')![6]).toBe('副职（代会）');
    expect(seatOf('戚代表')![8]).toContain('代闫柏勇出席');
    // 柯代会 takes 马涵宇's place in the hall.
    expect(seatOf('柯代会')).toBeDefined();
  });

  it('--substitutes-take-seats: the leaders decided the substitute takes the seat', async () => {
    const file = out('r.csv');
    await zuoci('arrange', '--roster', SESSIONS, '--venue', '大礼堂', '--substitutes-take-seats', '--out', file);
    const row = readCsv(file).slice(1).find((r) => r[4] === '戚代表')!;
    expect(row[0]).toBe('主席台');
  });
});

describe('section 9 situations from the command line', () => {
  const BANQUET = path.resolve('test/fixtures/banquet-roster.xlsx');
  it('zuoci photo: a 站位图 PDF of the rostrum’s 28 people, every name on it', async () => {
    const file = out('photo.pdf');
    const result = await zuoci('photo', '--roster', ROSTER, '--rows', '14,14', '--out', file);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('合影 28 人');
    const text = pdfText(file).replace(/\s/g, '');
    const people = (await importRoster(readFileSync(ROSTER), 'plenary-roster.xlsx')).people.filter((p) => p.rank !== null && p.rank <= 28);
    for (const person of people) expect(text).toContain(person.name);
  });

  it('zuoci cars: the csv puts rank 1 in 1号车 rear right, and names who has no seat', async () => {
    const file = out('cars.csv');
    const result = await zuoci('cars', '--roster', BANQUET, '--cars', '3,4', '--explain', '--out', file);
    expect(result.code).toBe(1);
    expect(result.stderr.match(/车辆座位不足/g)).toHaveLength(40 - 7);
    const rows = readCsv(file);
    expect(rows[0]).toEqual(['车号', '座位', '姓名', '单位', '职务', '排序号', '说明']);
    expect(rows[1]!.slice(0, 3)).toEqual(['1号车', '后排右座', '刘思光']);
    expect(rows[7]!.slice(0, 2)).toEqual(['2号车', '后排中座']);
  });

  it('zuoci reception and signing: a csv each, the chief guest first', async () => {
    for (const command of ['reception', 'signing']) {
      const file = out(`${command}.csv`);
      expect((await zuoci(command, '--roster', BANQUET, '--out', file)).code).toBe(0);
      const rows = readCsv(file);
      expect(rows[0]).toEqual(['方', '顺序', '姓名', '单位', '职务', '排序号', '位置']);
      expect(rows[1]!.slice(0, 3)).toEqual(['客方', '1', '刘思光']);
      expect(rows).toHaveLength(41);
    }
  });

  it('--group: one discussion group at a meeting table, its convener at the head', async () => {
    const file = out('group.csv');
    await zuoci('arrange', '--roster', path.resolve('test/fixtures/plenary-roster-sessions.csv'), '--venue', '常务会议室', '--group', '第三组', '--explain', '--out', file);
    const head = readCsv(file).slice(1).find((row) => row[8]!.includes('桌首'))!;
    expect(head[4]).toBe('任宏英');
    const unknown = await zuoci('arrange', '--roster', path.resolve('test/fixtures/plenary-roster-sessions.csv'), '--venue', '常务会议室', '--group', '第九组', '--out', out('x.csv'));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('第一组');
  });
});

describe('--font NAME (cli.md: FILE|NAME)', () => {
  const notoInstalled = existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc');
  it.skipIf(!notoInstalled)('a font installed on this computer, by its name', async () => {
    const file = out('cards.pdf');
    await zuoci('cards', '--roster', ROSTER, '--rostrum', '3', '--font', 'Noto Sans CJK SC', '--out', file);
    expect(pdfFonts(file)).toMatch(/NotoSansCJKsc-Bold/);
  });
  it('a name no installed font has is the user’s mistake, named in both languages', async () => {
    const result = await zuoci('cards', '--roster', ROSTER, '--rostrum', '3', '--font', '不存在的字体', '--out', out('x.pdf'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('找不到字体“不存在的字体”');
    expect(result.stderr).toContain('neither a font file nor an installed Chinese font');
  });
});

describe('--fit-rostrum (1.6 按人数调整座位)', () => {
  it('a 7-seat rostrum for 4 people keeps 4 chairs, read 3 1 2 4', async () => {
    const csv = out('four.csv');
    writeFileSync(csv, '姓名,排序号,类别\n甲,1,出席\n乙,2,出席\n丙,3,出席\n丁,4,出席\n');
    const file = out('r.csv');
    expect((await zuoci('arrange', '--roster', csv, '--rostrum', '7', '--fit-rostrum', '--out', file)).code).toBe(0);
    const rows = readCsv(file).slice(1);
    expect(rows.map((row) => row[2])).toEqual(['1', '2', '3', '4']);
    expect(rows.map((row) => row[7])).toEqual(['3', '1', '2', '4']);
  });
});
