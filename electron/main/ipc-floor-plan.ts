// 底图 (issue 9): a floor plan picture or PDF picked in a native dialog, read only when it is
// within the limit the document keeps (a 200 MB scan is refused by its size, never loaded).
import { dialog } from 'electron';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { floorPlanType, MAX_BACKGROUND_BYTES } from '../../shared/model/background';
import { CHANNELS, emptyRequestSchema } from '../../shared/platform';
import { DIALOG, say } from './dialog-text';
import type { Guard, Handler } from './ipc';

const CANCELLED = { ok: false, cancelled: true } as const;

export function floorPlanHandlers(guarded: Guard): Record<string, Handler> {
  return {
    [CHANNELS.pickFloorPlan]: guarded(emptyRequestSchema, async (_request, window) => {
      const choice = await dialog.showOpenDialog(window, { filters: [{ name: say(DIALOG.floorPlanFilter), extensions: ['png', 'jpg', 'jpeg', 'pdf'] }], properties: ['openFile'] });
      const filePath = choice.filePaths[0];
      if (choice.canceled || !filePath) return CANCELLED;
      const fileName = path.basename(filePath);
      const type = floorPlanType(fileName);
      const stat = await fs.stat(filePath).catch(() => null);
      if (!type || !stat?.isFile()) return { ok: false, message: `无法读取底图文件：${fileName}（只支持 PNG、JPG 或 PDF）` };
      if (stat.size > MAX_BACKGROUND_BYTES) return { ok: true, value: { fileName, type, bytes: stat.size, base64: null } };
      const bytes = await fs.readFile(filePath);
      return { ok: true, value: { fileName, type, bytes: bytes.length, base64: bytes.toString('base64') } };
    }),
  };
}
