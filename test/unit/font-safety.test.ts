// A document names its fonts, but it comes from anywhere: only fonts in this machine's font
// folders or picked by the user here are opened; never a device, a pipe or a network path; a font
// that fails to parse gives way to the bundled one, with a message.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledFontPath } from '../../electron/services/fonts/bundled';
import { allowUserFont, FontNotFoundError, isNetworkOrDevicePath, resolveFont } from '../../electron/services/fonts/font-choice';
import { pdfFor } from '../../electron/services/host-actions';
import { arrangeZones } from '../../shared/arrange/arrange';
import { replaceRoster } from '../../shared/model/edits';
import { serializeProject } from '../../shared/model/load';
import { makePerson } from '../../shared/model/person';
import { sampleProject } from '../../shared/model/sample';

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'zuoci-font-'));
const noFolders: string[] = [];

function refusal(choice: string, folders: readonly string[] = noFolders): string {
  try {
    resolveFont(choice, folders);
  } catch (error) {
    expect(error).toBeInstanceOf(FontNotFoundError);
    return (error as Error).message;
  }
  throw new Error(`${choice} was accepted`);
}

describe('font paths a document may name', () => {
  it('never a network path, not even to look at it', () => {
    for (const unc of ['\\\\fileserver\\fonts\\simsun.ttc', '//fileserver/fonts/simsun.ttc', '\\\\?\\UNC\\server\\share\\a.ttf', '\\\\.\\pipe\\font.ttf', 'smb://server/a.ttf']) {
      expect(isNetworkOrDevicePath(unc), unc).toBe(true);
      expect(refusal(unc), unc).toContain('网络路径');
    }
  });

  it('never a device: /dev/zero, directly or through a .ttf symlink, is refused at once', () => {
    expect(refusal('/dev/zero')).toContain('不是字体文件');
    const link = path.join(tempDir(), 'zero.ttf');
    symlinkSync('/dev/zero', link);
    allowUserFont(link); // even a "picked" one
    expect(refusal(link)).toContain('不是字体文件');
  });

  it('never a pipe (which would block the read forever)', () => {
    const fifo = path.join(tempDir(), 'pipe.ttf');
    execFileSync('mkfifo', [fifo]);
    allowUserFont(fifo);
    expect(refusal(fifo)).toContain('不是字体文件');
  });

  it('a font file elsewhere on disk only after the user picked it on this machine', () => {
    const copy = path.join(tempDir(), 'NotoSansSC-Bold.ttf');
    copyFileSync(bundledFontPath(), copy);
    expect(refusal(copy)).toContain('不在本机字体文件夹中');
    expect(resolveFont(copy, [path.dirname(copy)])).toEqual({ path: copy }); // found by discovery
    allowUserFont(copy);
    expect(resolveFont(copy, noFolders)).toEqual({ path: copy });
  });

  it('a missing font says so', () => {
    expect(refusal('/no/such/font.ttf')).toContain('找不到字体文件');
  });

  it('a damaged font falls back to the bundled one with a message', () => {
    const damaged = path.join(tempDir(), 'damaged.ttf');
    writeFileSync(damaged, Buffer.alloc(4096, 7));
    allowUserFont(damaged);
    const resolved = resolveFont(damaged, noFolders);
    expect(resolved.path).toBe(bundledFontPath());
    expect(resolved.fallbackNotice).toContain('damaged.ttf');
    expect(resolved.fallbackNotice).toContain('已改用内置');
  });

  it('the print host reports the fallback and still prints', async () => {
    const damaged = path.join(tempDir(), 'broken.ttf');
    writeFileSync(damaged, 'not a font');
    allowUserFont(damaged);
    const people = ['甲', '乙', '丙'].map((name, i) => makePerson({ id: `x${i}`, name: `王${name}`, rank: i + 1, category: '出席', rosterIndex: i }));
    const seated = arrangeZones(replaceRoster(sampleProject(), people)).project;
    const result = await pdfFor({ kind: 'cards', documentText: serializeProject({ ...seated, print: { ...seated.print, font: damaged } }) });
    expect(result).toMatchObject({ ok: true, value: { cardCount: 3, fontNotices: [expect.stringContaining('broken.ttf')] } });
  });
});
