// 底图 in Electron: main's dialog picks the file; a picture or PDF within 8 MB comes back as base64,
// a larger one only by its size (never read into memory), anything else is refused by name.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const picked = vi.hoisted(() => ({ filePaths: [] as string[] }));
vi.mock('electron', () => ({
  dialog: { showOpenDialog: vi.fn(async () => ({ canceled: picked.filePaths.length === 0, filePaths: picked.filePaths })) },
  app: { getLocale: () => 'zh-CN' },
}));

const { floorPlanHandlers } = await import('../../electron/main/ipc-floor-plan');
const { CHANNELS } = await import('../../shared/platform');
const { MAX_BACKGROUND_BYTES } = await import('../../shared/model/background');

// The real guard checks the sender (tested in electron-ipc.test.ts); here only the handler's own work.
const handlers = floorPlanHandlers((schema, run) => async (_event, payload) => run(schema.parse(payload), {} as never));
const pick = (file: string | null) => {
  picked.filePaths = file ? [file] : [];
  return handlers[CHANNELS.pickFloorPlan]!({} as never, {});
};
const folder = mkdtempSync(path.join(os.tmpdir(), 'zuoci-floor-plan-'));

describe('picking a floor plan in Electron', () => {
  it('returns a PNG as base64 with its size and type', async () => {
    const file = path.join(folder, '一层平面图.png');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
    expect(await pick(file)).toEqual({ ok: true, value: { fileName: '一层平面图.png', type: 'image/png', bytes: 7, base64: 'iVBORwECAw==' } });
  });

  it('a PDF and a .JPG are known by their names', async () => {
    for (const [name, type] of [['plan.PDF', 'application/pdf'], ['scan.JPG', 'image/jpeg']] as const) {
      writeFileSync(path.join(folder, name), 'x');
      expect(await pick(path.join(folder, name))).toMatchObject({ ok: true, value: { type } });
    }
  });

  it('a file over 8 MB is told by its size and not read', async () => {
    const file = path.join(folder, 'huge.jpg');
    writeFileSync(file, Buffer.alloc(MAX_BACKGROUND_BYTES + 1));
    expect(await pick(file)).toEqual({ ok: true, value: { fileName: 'huge.jpg', type: 'image/jpeg', bytes: MAX_BACKGROUND_BYTES + 1, base64: null } });
  });

  it('refuses another kind of file by name; a closed dialog is a cancel', async () => {
    const file = path.join(folder, 'plan.dwg');
    writeFileSync(file, 'x');
    expect(await pick(file)).toEqual({ ok: false, message: '无法读取底图文件：plan.dwg（只支持 PNG、JPG 或 PDF）' });
    expect(await pick(null)).toEqual({ ok: false, cancelled: true });
  });

  it('takes no arguments from the page', async () => {
    picked.filePaths = [];
    await expect(handlers[CHANNELS.pickFloorPlan]!({} as never, { path: '/etc/passwd' })).rejects.toThrow();
  });
});
