// The template channels (常用会场模板): the user's library in the app's data folder, and template
// files exported to or imported from wherever the user chooses in a native dialog.
import { dialog } from 'electron';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CHANNELS, emptyRequestSchema, exportTemplateRequestSchema, saveTemplateRequestSchema } from '../../shared/platform';
import { ROOM_FILE_EXTENSION } from '../../shared/model/room-template';
import { writeFileAtomic } from '../services/documents/atomic-write';
import type { TemplateLibrary } from '../services/templates/library';
import type { Guard, Handler } from './ipc';
import { failure, reasonOf } from '../services/host-error';

const CANCELLED = { ok: false, cancelled: true } as const;
const TEMPLATE_FILTER = { name: '会场模板', extensions: [ROOM_FILE_EXTENSION.slice(1)] };
const MAX_TEMPLATE_BYTES = 16 * 1024 * 1024;

export function templateHandlers(library: TemplateLibrary, guarded: Guard): Record<string, Handler> {
  return {
    [CHANNELS.listTemplates]: guarded(emptyRequestSchema, async () => ({ ok: true, value: await library.list() })),
    [CHANNELS.saveTemplate]: guarded(saveTemplateRequestSchema, (request) => library.save(request.name, request.text)),
    [CHANNELS.exportTemplate]: guarded(exportTemplateRequestSchema, async (request, window) => {
      const choice = await dialog.showSaveDialog(window, { defaultPath: request.suggestedName, filters: [TEMPLATE_FILTER] });
      if (choice.canceled || !choice.filePath) return CANCELLED;
      try {
        await writeFileAtomic(choice.filePath, request.text);
        return { ok: true, value: { path: choice.filePath, fileName: path.basename(choice.filePath) } };
      } catch (error) {
        return failure(`模板导出失败（${reasonOf(error)}）：${choice.filePath}`, `Exporting the template failed (${reasonOf(error)}): ${choice.filePath}`);
      }
    }),
    [CHANNELS.importTemplate]: guarded(emptyRequestSchema, async (_request, window) => {
      const choice = await dialog.showOpenDialog(window, { filters: [TEMPLATE_FILTER], properties: ['openFile'] });
      const filePath = choice.filePaths[0];
      if (choice.canceled || !filePath) return CANCELLED;
      const stat = await fs.stat(filePath).catch(() => null);
      if (!stat?.isFile() || stat.size > MAX_TEMPLATE_BYTES) return failure(`无法读取模板文件：${path.basename(filePath)}`, `Cannot read the template file: ${path.basename(filePath)}`);
      return { ok: true, value: { fileName: path.basename(filePath), text: await fs.readFile(filePath, 'utf8') } };
    }),
  };
}
