// `zuoci export` as a user calls it (the real bin script): an .xlsx of the chosen sheets for a
// roster in a built-in room or for one session of a meeting file, read back with read-excel-file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { loadMeeting, serializeMeeting } from '../../shared/model/load';
import { planOf, withPlan } from '../../shared/model/plan';
import { addSession } from '../../shared/model/session-edits';
import { ROOM_TEMPLATES } from '../../shared/model/templates';
import { ROSTER, zuoci } from './cli-tools';

const dir = () => mkdtempSync(path.join(os.tmpdir(), 'zuoci-cli-export-'));

const readSheetNames = async (file: string) => (await readXlsxFile(file)).map((sheet) => sheet.sheet);
const cells = async (file: string, name: string) =>
  (await readXlsxFile(file)).find((sheet) => sheet.sheet === name)!.data.map((row) => row.map((c) => (c === null ? '' : String(c))));

describe('zuoci export', () => {
  it('writes all four sheets for a roster arranged in a built-in room', async () => {
    const file = path.join(dir(), '座次.xlsx');
    const result = await zuoci('export', '--roster', ROSTER, '--venue', '大礼堂', '--title', '区委全会', '--out', file);
    expect(result.code).toBe(0);
    expect(await readSheetNames(file)).toEqual(['座次名单', '座次图', '座次表（按笔画）', '签到表']);
    const list = await cells(file, '座次名单');
    expect(list[0]![0]).toBe('区委全会座次名单');
    expect(list[1]!.slice(9)).toEqual(['区域', '排', '座']);
    expect(list).toHaveLength(2 + 170);
    // Every one of the 170 is seated in the 大礼堂 (28 rostrum + 840 hall seats).
    expect(list.slice(2).every((row) => row[9] === '主席台' || row[9] === '台下')).toBe(true);
    const map = await cells(file, '座次图');
    const rostrumRow = map.findIndex((row) => row.includes('主席台'));
    const hallRow = map.findIndex((row) => row.includes('台下'));
    expect(rostrumRow).toBeGreaterThan(0);
    expect(hallRow).toBeGreaterThan(rostrumRow + 2);
  });

  it('takes --sheets and --session of a meeting file', async () => {
    const folder = dir();
    const meetingFile = path.join(folder, '会议.zuoci');
    await zuoci('arrange', '--roster', ROSTER, '--venue', '大礼堂', '--out', meetingFile);
    const loaded = loadMeeting(readFileSync(meetingFile, 'utf8'));
    if (!loaded.ok) throw new Error(loaded.error.message);
    const added = addSession(loaded.value, 'meeting-table', ROOM_TEMPLATES['常务会议室']!(), '常委会');
    const id = added.session.id;
    writeFileSync(meetingFile, serializeMeeting(withPlan(added.meeting, id, planOf(added.meeting, id), arrangeZones(planOf(added.meeting, id)).project)));

    const file = path.join(folder, '常委会.xlsx');
    expect((await zuoci('export', '--venue', meetingFile, '--session', '常委会', '--sheets', 'sign-in,map', '--out', file)).code).toBeLessThan(2);
    expect(await readSheetNames(file)).toEqual(['座次图', '签到表']);
    const map = (await cells(file, '座次图')).flat();
    expect(map).toContain('会议桌');
    expect(map).not.toContain('主席台');
  });

  it('refuses a wrong --out, an unknown sheet or session with exit 2 in both languages', async () => {
    const folder = dir();
    const pdf = await zuoci('export', '--roster', ROSTER, '--venue', '大礼堂', '--out', path.join(folder, 'x.pdf'));
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('--out 须为 .xlsx 文件');
    expect(pdf.stderr).toContain('--out must be an .xlsx file');
    const sheet = await zuoci('export', '--roster', ROSTER, '--venue', '大礼堂', '--sheets', 'map,poster', '--out', path.join(folder, 'x.xlsx'));
    expect(sheet.code).toBe(2);
    expect(sheet.stderr).toContain('poster');
    expect((await zuoci('export', '--out', path.join(folder, 'x.xlsx'))).code).toBe(2);
  });

  it('has a bilingual --help naming each option in both parts', async () => {
    const { code, stdout } = await zuoci('export', '--help');
    expect(code).toBe(0);
    const options = (await import('../../electron/cli/command-options')).COMMAND_OPTIONS.export!;
    const split = stdout.lastIndexOf('--roster');
    for (const option of Object.keys(options)) {
      expect(stdout.slice(0, split), `--${option} in Chinese`).toContain(`--${option}`);
      expect(stdout.slice(split), `--${option} in English`).toContain(`--${option}`);
    }
    expect((await zuoci('--help')).stdout).toContain('export');
  });
});
