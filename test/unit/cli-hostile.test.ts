// Hostile and unlucky inputs to the CLI (issue 12): every one ends with a message and exit 2 (or
// 0/1 when it is fine after all), never a hang, a stack trace or exit 3.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { serializeMeeting } from '../../shared/model/load';
import { sampleMeeting } from '../../shared/model/sample';

const dir = mkdtempSync(path.join(os.tmpdir(), 'zuoci-cli-hostile-'));
const file = (name: string, content: string | Buffer) => {
  const full = path.join(dir, name);
  writeFileSync(full, content);
  return full;
};

async function zuoci(...args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const sink = { write: () => true } as unknown as typeof process.stdout;
  const err = { write: (chunk: string) => ((stderr += chunk), true) } as unknown as typeof process.stderr;
  const code = await runCli(args, sink as typeof process.stdout & typeof process.stderr, err as typeof process.stdout & typeof process.stderr);
  return { code, stderr };
}

const folderNamedXlsx = path.join(dir, 'folder.xlsx');
mkdirSync(folderNamedXlsx);
const out = path.join(dir, 'out.csv');

const cases: [string, string[]][] = [
  ['a device as the roster', ['arrange', '--roster', '/dev/zero', '--rostrum', '7', '--out', out]],
  ['a folder named .xlsx', ['arrange', '--roster', folderNamedXlsx, '--rostrum', '7', '--out', out]],
  ['a device as the plan', ['cards', '--venue', '/dev/zero', '--out', path.join(dir, 'x.pdf')]],
  ['garbage as a plan', ['cards', '--venue', file('garbage.zuoci', '\u0000\u0001not json'), '--out', path.join(dir, 'x.pdf')]],
  ['deep nesting', ['cards', '--venue', file('deep.zuoci', `${'['.repeat(200_000)}${']'.repeat(200_000)}`), '--out', path.join(dir, 'x.pdf')]],
  ['a zip that is not an xlsx', ['arrange', '--roster', file('fake.xlsx', 'PK\u0003\u0004 nothing'), '--rostrum', '7', '--out', out]],
  ['an output folder that does not exist', ['arrange', '--roster', 'test/fixtures/plenary-roster.xlsx', '--rostrum', '7', '--out', '/nonexistent-dir/x.csv']],
  ['an output that is a folder', ['arrange', '--roster', 'test/fixtures/plenary-roster.xlsx', '--rostrum', '7', '--out', folderNamedXlsx + '.csv/']],
  ['a font that is a device', ['cards', '--roster', 'test/fixtures/plenary-roster.xlsx', '--rostrum', '7', '--font', '/dev/zero', '--out', path.join(dir, 'x.pdf')]],
  ['a UNC font', ['cards', '--roster', 'test/fixtures/plenary-roster.xlsx', '--rostrum', '7', '--font', '\\\\server\\share\\simsun.ttc', '--out', path.join(dir, 'x.pdf')]],
];

describe('hostile CLI input', () => {
  it.each(cases)('%s: a message, exit 2, no stack trace', async (_name, args) => {
    const { code, stderr } = await zuoci(...args);
    expect(stderr).toMatch(/^错误：/);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(code).toBe(2);
  }, 30_000);

  it('a plan saved with a UTF-8 BOM opens', async () => {
    const plan = file('bom.zuoci', `\ufeff${serializeMeeting(sampleMeeting())}`);
    const { code, stderr } = await zuoci('arrange', '--venue', plan, '--roster', 'test/fixtures/plenary-roster.xlsx', '--out', path.join(dir, 'bom.csv'));
    expect(stderr).not.toContain('错误');
    expect([0, 1]).toContain(code);
  }, 30_000);
});
