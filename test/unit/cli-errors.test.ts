// The CLI's last line of defence (issue 12, item 8): whatever a command throws, the user sees a
// message and an exit code — 2 for their input, 3 for our bug — and never a stack trace.
import { describe, expect, it } from 'vitest';
import { CliUsageError, describeFailure, fontsNamedOnCommandLine } from '../../electron/cli/cli-error';
import { runCli } from '../../electron/cli/main';
import { FontNotFoundError } from '../../electron/services/fonts/font-choice';
import { UnreadableRosterError } from '../../electron/services/import/import-roster';

function capture() {
  let text = '';
  return { stream: { write: (chunk: string) => ((text += chunk), true) } as unknown as typeof process.stdout & typeof process.stderr, text: () => text };
}

describe('describeFailure', () => {
  it('the user’s mistakes are exit 2 with their message', () => {
    expect(describeFailure(new CliUsageError('缺少 --out', 'Missing --out'))).toEqual({ code: 2, zh: '缺少 --out', en: 'Missing --out' });
    expect(describeFailure(new FontNotFoundError({ zh: '找不到字体文件', en: 'Font file not found' }))).toEqual({ code: 2, zh: '找不到字体文件', en: 'Font file not found' });
    expect(describeFailure(new UnreadableRosterError({ zh: '无法读取名单', en: 'Cannot read the roster' }))).toEqual({ code: 2, zh: '无法读取名单', en: 'Cannot read the roster' });
    const missing = Object.assign(new Error("ENOENT: no such file or directory, open '/x/名单.xlsx'"), { code: 'ENOENT', path: '/x/名单.xlsx' });
    expect(describeFailure(missing)).toMatchObject({ code: 2, zh: expect.stringContaining('/x/名单.xlsx'), en: expect.stringContaining('not found') });
    expect(describeFailure(Object.assign(new Error('x'), { code: 'EISDIR', path: '/tmp' }))).toMatchObject({ code: 2 });
  });

  it('anything else is our bug: exit 3, one line, no stack', () => {
    const bug = describeFailure(new TypeError("Cannot read properties of undefined (reading 'rows')"));
    expect(bug.code).toBe(3);
    expect(bug.zh).toContain('内部错误');
    expect(`${bug.zh}${bug.en}`).not.toMatch(/\n\s+at /);
    expect(describeFailure('a string').code).toBe(3);
    expect(describeFailure(null).code).toBe(3);
  });
});

describe('runCli', () => {
  it('a command that crashes exits 3 without a stack trace', async () => {
    const err = capture();
    // A directory as the roster: the reader fails deep inside; the user gets one clear message.
    const code = await runCli(['order', '--roster', '/', '--order', 'rank', '--out', '/tmp/x.csv'], capture().stream, err.stream);
    expect([2, 3]).toContain(code);
    expect(err.text()).toMatch(/^错误：/);
    expect(err.text()).not.toMatch(/\n\s+at /);
  });
});

describe('fonts named on the command line', () => {
  it('are the user’s own choice; bundled and none are not files', () => {
    expect(fontsNamedOnCommandLine(['--font', '/f/a.ttf', '--fallback-font=/f/b.ttc#X', '--font', 'bundled', '--fallback-font', 'none'])).toEqual(['/f/a.ttf', '/f/b.ttc']);
  });
});
