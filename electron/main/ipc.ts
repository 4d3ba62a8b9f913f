// IPC handlers: check the sender, parse the payload with the contract's schema, show the native
// dialog, call a service. No logic of its own.
import { dialog, ipcMain, shell, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import {
  CHANNELS, emptyRequestSchema, exportPdfRequestSchema, pdfRequestSchema, saveDocumentRequestSchema,
  type HostResult,
} from '../../shared/platform';
import { importRosterBytes, installedFontList, pdfFor, readDocumentAt, saveDocumentAt } from '../services/host-actions';
import { writeFileAtomic } from '../services/documents/atomic-write';

const CANCELLED = { ok: false, cancelled: true } as const;
const DOCUMENT_FILTER = { name: '座次文件', extensions: ['zuoci'] };

export interface IpcContext {
  /** The one window whose pages may call us. */
  window: () => BrowserWindow | null;
  /** The renderer's own URL prefix (file:// or the dev server). */
  isTrustedUrl: (url: string) => boolean;
}

type Handler = (event: IpcMainInvokeEvent, payload: unknown) => Promise<HostResult<unknown>>;

function guarded<S extends z.ZodType>(context: IpcContext, schema: S, run: (request: z.infer<S>, window: BrowserWindow) => Promise<HostResult<unknown>>): Handler {
  return async (event, payload) => {
    const window = context.window();
    if (!window || event.sender !== window.webContents || !context.isTrustedUrl(event.senderFrame?.url ?? '')) {
      throw new Error('IPC call from an untrusted sender');
    }
    const request = schema.safeParse(payload);
    if (!request.success) throw new Error(`Invalid IPC payload: ${request.error.message}`);
    return run(request.data, window);
  };
}

export function createHandlers(context: IpcContext): Record<string, Handler> {
  return {
    [CHANNELS.openDocument]: guarded(context, emptyRequestSchema, async (_request, window) => {
      const choice = await dialog.showOpenDialog(window, { filters: [DOCUMENT_FILTER], properties: ['openFile'] });
      const filePath = choice.filePaths[0];
      return choice.canceled || !filePath ? CANCELLED : readDocumentAt(filePath);
    }),
    [CHANNELS.saveDocument]: guarded(context, saveDocumentRequestSchema, async (request, window) => {
      let target = request.path;
      if (!target) {
        const choice = await dialog.showSaveDialog(window, { defaultPath: request.suggestedName, filters: [DOCUMENT_FILTER] });
        if (choice.canceled || !choice.filePath) return CANCELLED;
        target = choice.filePath;
      }
      return saveDocumentAt(target, request.text);
    }),
    [CHANNELS.importRoster]: guarded(context, emptyRequestSchema, async (_request, window) => {
      const choice = await dialog.showOpenDialog(window, {
        filters: [{ name: '名单（Excel/WPS 表格、CSV）', extensions: ['xlsx', 'csv'] }], properties: ['openFile'],
      });
      const filePath = choice.filePaths[0];
      if (choice.canceled || !filePath) return CANCELLED;
      return importRosterBytes(await fs.readFile(filePath), path.basename(filePath));
    }),
    [CHANNELS.exportPdf]: guarded(context, exportPdfRequestSchema, async (request, window) => {
      const made = await pdfFor(request);
      if (!made.ok) return made;
      const choice = await dialog.showSaveDialog(window, { defaultPath: request.suggestedName, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
      if (choice.canceled || !choice.filePath) return CANCELLED;
      await writeFileAtomic(choice.filePath, made.value.pdf);
      // "Open with the system viewer": the user prints from there with the printer's own dialog.
      if (request.openAfter) await shell.openPath(choice.filePath);
      const { pdf: _pdf, ...result } = made.value;
      return { ok: true, value: { ...result, location: choice.filePath } };
    }),
    [CHANNELS.previewPdf]: guarded(context, pdfRequestSchema, async (request) => {
      const made = await pdfFor(request);
      if (!made.ok) return made;
      const { pdf, ...result } = made.value;
      return { ok: true, value: { ...result, pdfBase64: pdf.toString('base64') } };
    }),
    [CHANNELS.listFonts]: guarded(context, emptyRequestSchema, async () => ({ ok: true, value: await installedFontList() })),
  };
}

export function registerIpc(context: IpcContext): void {
  for (const [channel, handler] of Object.entries(createHandlers(context))) ipcMain.handle(channel, handler);
}
