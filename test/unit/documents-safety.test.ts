// Never lose work, on a real temp folder: stale temp files, an atomic .bak that never writes
// through a symlink, recovery after a crash, recent files, the BOM, and files handed over by the OS.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../electron/services/documents/atomic-write';
import { readDocumentFile, withoutBom } from '../../electron/services/documents/documents';
import { KnownDocuments } from '../../electron/services/documents/known-documents';
import { documentsInArgv } from '../../electron/services/documents/launch-files';
import { RECENT_LIMIT, RecentFiles } from '../../electron/services/documents/recent-files';
import { RecoveryFolder } from '../../electron/services/documents/recovery';
import { removeStaleTempFiles } from '../../electron/services/documents/temp-files';
import { loadProject, serializeProject } from '../../shared/model/load';
import { sampleProject } from '../../shared/model/sample';

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'zuoci-safe-'));
/** The pid of a process that has certainly ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

describe('temp files of a killed save', () => {
  it('are removed by the next save of that file, and a running save’s are left alone', async () => {
    const dir = tempDir();
    const file = path.join(dir, '会议.zuoci');
    writeFileSync(file, 'old');
    const stale = path.join(dir, `.会议.zuoci.${deadPid()}.1.tmp`);
    const staleBak = path.join(dir, `.会议.zuoci.bak.${deadPid()}.3.tmp`);
    const running = path.join(dir, `.会议.zuoci.${process.ppid}.2.tmp`); // our parent is alive
    const otherFile = path.join(dir, `.其他.zuoci.${deadPid()}.1.tmp`);
    for (const temp of [stale, staleBak, running, otherFile]) writeFileSync(temp, '机密座次');
    await writeFileAtomic(file, 'new');
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(staleBak)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(existsSync(otherFile)).toBe(true); // another document's: cleaned at start-up, not by this save
    expect(await removeStaleTempFiles(dir)).toEqual([otherFile]);
  });

  it('never deletes through a symlink named like a temp file', async () => {
    const dir = tempDir();
    const victim = path.join(tempDir(), 'victim.txt');
    writeFileSync(victim, 'keep me');
    symlinkSync(victim, path.join(dir, `.x.zuoci.${deadPid()}.1.tmp`));
    await removeStaleTempFiles(dir);
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
  });
});

describe('the .bak', () => {
  it('replaces a .bak symlink instead of writing through it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'plan.zuoci');
    const elsewhere = path.join(tempDir(), 'important.txt');
    writeFileSync(elsewhere, 'not yours');
    writeFileSync(file, 'v1');
    symlinkSync(elsewhere, `${file}.bak`);
    await writeFileAtomic(file, 'v2');
    expect(readFileSync(elsewhere, 'utf8')).toBe('not yours');
    expect(lstatSync(`${file}.bak`).isSymbolicLink()).toBe(false);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('v1');
  });
});

describe('opening a document', () => {
  it('accepts a leading UTF-8 BOM', async () => {
    const file = path.join(tempDir(), 'bom.zuoci');
    writeFileSync(file, `\ufeff${serializeProject(sampleProject())}`);
    const { text } = await readDocumentFile(file);
    expect(loadProject(text).ok).toBe(true);
    expect(withoutBom('abc')).toBe('abc');
  });

  it('refuses a device or a folder named .zuoci with a message', async () => {
    await expect(readDocumentFile('/dev/zero')).rejects.toThrow('不是座次文件');
    const folder = path.join(tempDir(), 'folder.zuoci');
    await import('node:fs').then((fs) => fs.mkdirSync(folder));
    await expect(readDocumentFile(folder)).rejects.toThrow('不是座次文件');
  });
});

describe('KnownDocuments', () => {
  it('allows writing only where main obtained the path, and notices a change on disk', () => {
    const known = new KnownDocuments();
    expect(known.isGranted('/tmp/a.zuoci')).toBe(false);
    known.grant('/tmp/a.zuoci', 'hash-1');
    expect(known.isGranted('/tmp/../tmp/a.zuoci')).toBe(true);
    expect(known.changedOnDisk('/tmp/a.zuoci', 'hash-1')).toBe(false);
    expect(known.changedOnDisk('/tmp/a.zuoci', 'hash-2')).toBe(true);
    expect(known.changedOnDisk('/tmp/a.zuoci', null)).toBe(true);
    known.grant('/tmp/new.zuoci', null); // a save-as target: nothing there to compare
    expect(known.changedOnDisk('/tmp/new.zuoci', 'anything')).toBe(false);
  });
});

describe('RecoveryFolder', () => {
  it('keeps the last autosave until a clean exit, and offers it after a crash', async () => {
    const dir = path.join(tempDir(), 'recovery');
    const first = new RecoveryFolder(dir, () => new Date('2026-03-01T09:00:00Z'));
    expect(await first.pending()).toBeNull();
    await first.save({ text: 'v1', fileName: '会议.zuoci', path: null });
    await first.save({ text: 'v2', fileName: '会议.zuoci', path: '/x/会议.zuoci' });
    // The process dies here. The next start finds the last autosave.
    const next = new RecoveryFolder(dir);
    expect(await next.pending()).toEqual({ format: 'zuoci-recovery', savedAt: '2026-03-01T09:00:00.000Z', text: 'v2', fileName: '会议.zuoci', path: '/x/会议.zuoci' });
    await next.clear();
    expect(await next.pending()).toBeNull();
  });

  it('a clear queued after an autosave wins: a clean exit leaves nothing behind', async () => {
    const recovery = new RecoveryFolder(path.join(tempDir(), 'recovery'));
    const saving = recovery.save({ text: 'late', fileName: 'a.zuoci', path: null });
    await recovery.clear();
    await saving;
    expect(await recovery.pending()).toBeNull();
  });

  it('ignores a damaged recovery file', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'recovery.json'), '{"format":"zuoci-recovery"');
    expect(await new RecoveryFolder(dir).pending()).toBeNull();
  });
});

describe('RecentFiles', () => {
  it('newest first, no duplicates, at most the limit, survives a damaged list', async () => {
    const file = path.join(tempDir(), 'recent.json');
    const recent = new RecentFiles(file);
    for (let i = 0; i < RECENT_LIMIT + 3; i++) await recent.add(`/plans/${i}.zuoci`);
    await recent.add('/plans/5.zuoci');
    const list = await recent.list();
    expect(list).toHaveLength(RECENT_LIMIT);
    expect(list[0]).toBe(path.resolve('/plans/5.zuoci'));
    expect(new Set(list).size).toBe(list.length);
    expect(await recent.includes('/etc/passwd')).toBe(false);
    writeFileSync(file, 'not json');
    expect(await recent.list()).toEqual([]);
  });
});

describe('at start-up', () => {
  it('temp files a killed save left beside recent documents are removed', async () => {
    const dir = tempDir();
    const plan = path.join(dir, '会议.zuoci');
    writeFileSync(plan, 'plan');
    const stale = path.join(dir, `.会议.zuoci.${deadPid()}.1.tmp`);
    writeFileSync(stale, '机密座次的一半');
    const recent = new RecentFiles(path.join(tempDir(), 'recent.json'));
    await recent.add(plan);
    expect(await recent.cleanStaleTempFiles()).toEqual([stale]);
    expect(existsSync(stale)).toBe(false);
  });
});

describe('files handed over by the system', () => {
  it('takes .zuoci paths from a command line, resolved against its folder', () => {
    expect(documentsInArgv(['C:\\Program Files\\Zuoci\\Zuoci.exe', '--allow-file-access', 'plan.zuoci', 'notes.txt'], '/home/u')).toEqual([path.resolve('/home/u', 'plan.zuoci')]);
    expect(documentsInArgv(['/usr/bin/zuoci'])).toEqual([]);
  });
});
