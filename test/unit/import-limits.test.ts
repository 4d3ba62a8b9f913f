// Bounded import (issue 12, items 3 and 7): file size, unpacked size (zip bombs), rows and the
// document's own field limits, each refused or reported with a message naming row and column.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importRosterBytes } from '../../electron/services/host-actions';
import { importRoster } from '../../electron/services/import/import-roster';
import { columnLetter } from '../../electron/services/import/table-limits';
import { checkZipLimits } from '../../electron/services/import/zip-guard';
import { DOCUMENT_LIMITS, IMPORT_LIMITS, PERSON_FIELD_MAX } from '../../shared/model/limits';
import { personSchema } from '../../shared/model/schema';
import { zipBombXlsx } from './helpers/zip-bomb';

const csv = (text: string) => new TextEncoder().encode(text);

describe('field limits shared with the document', () => {
  it('come from the schema itself', () => {
    expect(PERSON_FIELD_MAX.unit).toBe(personSchema.shape.unit.maxLength);
    expect(PERSON_FIELD_MAX.name).toBe(personSchema.shape.name.maxLength);
  });

  it('an over-long 单位 and a 20-digit 排序号 are reported by row and column; the row is left out; the rest import', async () => {
    const longUnit = '国'.repeat(300);
    const result = await importRoster(csv(`姓名,单位,排序号\n张三,${longUnit},1\n李四,办公厅,12345678901234567890\n王五,办公厅,3\n`), 'r.csv');
    expect(result.people.map((p) => p.name)).toEqual(['王五']);
    const messages = result.problems.filter((p) => p.severity === 'error').map((p) => p.message);
    expect(messages).toEqual([
      `第 2 行 B 列（单位）：300 个字，超过上限 ${PERSON_FIELD_MAX.unit}，该行未导入。`,
      expect.stringMatching(/^第 3 行 C 列（排序号）：.* 过大（上限 999999），该行未导入。$/),
    ]);
    expect(result.problems.find((p) => p.row === 2)).toMatchObject({ field: '单位', en: expect.stringContaining('Row 2, column B') });
    // Whatever imports can be saved: every imported person passes the document schema.
    for (const person of result.people) expect(personSchema.safeParse(person).success).toBe(true);
  });

  it('every violation of a row is listed, not just the first', async () => {
    const result = await importRoster(csv(`姓名,单位,职务,备注\n张三,${'单'.repeat(201)},${'职'.repeat(201)},${'备'.repeat(501)}\n`), 'r.csv');
    const errors = result.problems.filter((p) => p.row === 2 && p.severity === 'error');
    expect(errors.map((p) => p.field)).toEqual(['单位', '职务', '备注']);
    expect(errors.map((p) => p.message.slice(0, 9))).toEqual(['第 2 行 B 列', '第 2 行 C 列', '第 2 行 D 列']);
  });

  it('Excel column letters', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('size limits', () => {
  it('a file over the size limit is refused before it is read', async () => {
    const result = await importRosterBytes(new Uint8Array(IMPORT_LIMITS.fileBytes + 1), '大.csv');
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('太大') });
  });

  it('more rows than the document allows people is refused with a message', async () => {
    const rows = Array.from({ length: DOCUMENT_LIMITS.people + 50 }, (_, i) => `人${i},单位`).join('\n');
    const result = await importRosterBytes(csv(`姓名,单位\n${rows}\n`), '多.csv');
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('行数过多') });
  });

  it('a zip bomb (1 MB that unpacks to 1 GB) is refused without unpacking it into memory', async () => {
    const bomb = await zipBombXlsx(1024 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1.5 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    await expect(checkZipLimits(bomb)).rejects.toThrow('压缩炸弹');
    const grew = process.memoryUsage().rss - before;
    console.log(`zip bomb: ${(bomb.length / 1048576).toFixed(2)} MB file refused after ${IMPORT_LIMITS.uncompressedBytes / 1048576} MB unpacked; RSS grew ${(grew / 1048576).toFixed(1)} MB`);
    // Through the whole import path, in its worker: a message, not a crash.
    const result = await importRosterBytes(bomb, 'bomb.xlsx');
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('压缩炸弹') });
  }, 60_000);

  it('a real roster still imports (the guard reads every xlsx first)', async () => {
    const result = await importRosterBytes(readFileSync('test/fixtures/plenary-roster.xlsx'), 'plenary-roster.xlsx');
    expect(result.ok && result.value.people).toHaveLength(170);
  });
});

describe('the built import worker', () => {
  it('is self-contained: it reads a roster from a folder with no node_modules (as unpacked beside app.asar)', async () => {
    const { execFileSync } = await import('node:child_process');
    const { copyFileSync, mkdtempSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { Worker } = await import('node:worker_threads');
    execFileSync('node', ['scripts/build-electron.mjs']);
    const alone = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-worker-')), 'import-worker.cjs');
    copyFileSync('dist/electron/import-worker.cjs', alone);
    const answer = await new Promise<{ ok: boolean; result?: { people: unknown[] } }>((resolve, reject) => {
      const worker = new Worker(alone, { workerData: { bytes: readFileSync('test/fixtures/plenary-roster.xlsx'), fileName: 'plenary-roster.xlsx', firstId: 1 } });
      worker.once('message', (message) => void worker.terminate().then(() => resolve(message)));
      worker.once('error', reject);
    });
    expect(answer.ok).toBe(true);
    expect(answer.result!.people).toHaveLength(170);
  }, 60_000);
});
