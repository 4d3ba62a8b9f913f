// Saving on a real temp folder: the old file survives any failure, and is kept as .bak.
import { mkdtempSync, promises as fs, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, type AtomicWriteFs } from '../../electron/services/documents/atomic-write';
import { saveDocumentAt } from '../../electron/services/host-actions';
import { serializeProject } from '../../shared/model/load';
import { sampleProject } from '../../shared/model/sample';

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'zuoci-save-'));

describe('writeFileAtomic', () => {
  it('writes a new file and, on the next save, keeps the previous version as .bak', async () => {
    const dir = tempDir();
    const file = path.join(dir, '会议.zuoci');
    await writeFileAtomic(file, 'first');
    expect(readFileSync(file, 'utf8')).toBe('first');
    await writeFileAtomic(file, 'second');
    expect(readFileSync(file, 'utf8')).toBe('second');
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('first');
    expect(readdirSync(dir).sort()).toEqual(['会议.zuoci', '会议.zuoci.bak']);
  });

  it('a failure halfway through (the final rename) leaves the old file intact and no temp file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'plan.zuoci');
    writeFileSync(file, 'the old plan');
    const failingRename: AtomicWriteFs = { ...fs, rename: async () => { throw Object.assign(new Error('disk full'), { code: 'ENOSPC' }); } };
    await expect(writeFileAtomic(file, 'the new plan', failingRename)).rejects.toThrow('disk full');
    expect(readFileSync(file, 'utf8')).toBe('the old plan');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a failure while writing the data leaves the old file intact', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'plan.zuoci');
    writeFileSync(file, 'the old plan');
    const failingWrite: AtomicWriteFs = {
      ...fs,
      open: (async (...args: Parameters<typeof fs.open>) => {
        const handle = await fs.open(...args);
        return Object.assign(handle, { writeFile: async () => { throw new Error('I/O error'); } });
      }) as typeof fs.open,
    };
    await expect(writeFileAtomic(file, 'new', failingWrite)).rejects.toThrow('I/O error');
    expect(readFileSync(file, 'utf8')).toBe('the old plan');
    expect(readdirSync(dir)).toEqual(['plan.zuoci']);
  });
});

describe('saveDocumentAt', () => {
  it('refuses to write a document that would not open again', async () => {
    const file = path.join(tempDir(), 'x.zuoci');
    const result = await saveDocumentAt(file, '{"format":"zuoci"}');
    expect(result.ok).toBe(false);
    await expect(fs.access(file)).rejects.toThrow();
  });

  it('reports a folder that does not exist as a message, not a crash', async () => {
    const result = await saveDocumentAt('/nonexistent-dir/x.zuoci', serializeProject(sampleProject()));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('原文件未改动') });
  });
});
