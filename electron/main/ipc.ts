// IPC handlers: check the sender, parse the payload with the contract's schema, show the native
// dialog, call a service. No logic of its own.
import { dialog, ipcMain, shell, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import {
  cardChecklistRequestSchema, CHANNELS, emptyRequestSchema, exportExcelRequestSchema, exportPdfRequestSchema, HELP_LINKS, openHelpRequestSchema, pdfRequestSchema, type HostResult,
} from '../../shared/platform';
import { cardChecklistFor, excelFor, importRosterFile, installedFontList, readRosterTableFile, pdfFor, pickedFontChoices } from '../services/host-actions';
import { writeFileAtomic } from '../services/documents/atomic-write';
import { documentHandlers, type DocumentContext } from './ipc-documents';
import { templateHandlers } from './ipc-templates';
import { floorPlanHandlers } from './ipc-floor-plan';
import type { TemplateLibrary } from '../services/templates/library';
import { DIALOG, say } from './dialog-text';
import type { PickedFonts } from '../services/fonts/picked-fonts';

export const CANCELLED = { ok: false, cancelled: true } as const;

export interface IpcContext extends DocumentContext {
  /** The one window whose pages may call us. */
  window: () => BrowserWindow | null;
  /** The renderer's own URL prefix (app:// or the dev server). */
  isTrustedUrl: (url: string) => boolean;
  /** The user's room templates (常用会场模板). */
  templates: TemplateLibrary;
  /** Fonts the user picked in a dialog, remembered across runs. */
  pickedFonts?: PickedFonts;
}

export type Handler = (event: IpcMainInvokeEvent, payload: unknown) => Promise<HostResult<unknown>>;
export type Guard = <S extends z.ZodType>(schema: S, run: (request: z.infer<S>, window: BrowserWindow) => Promise<HostResult<unknown>>) => Handler;

function guardFor(context: IpcContext): Guard {
  return (schema, run) => async (event, payload) => {
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
  const guarded = guardFor(context);
  return {
    ...documentHandlers(context, guarded),
    ...templateHandlers(context.templates, guarded),
    ...floorPlanHandlers(guarded),
    [CHANNELS.importRoster]: guarded(emptyRequestSchema, async (_request, window) => {
      const choice = await dialog.showOpenDialog(window, {
        filters: [{ name: '名单（Excel/WPS 表格、CSV）', extensions: ['xlsx', 'csv'] }], properties: ['openFile'],
      });
      const filePath = choice.filePaths[0];
      if (choice.canceled || !filePath) return CANCELLED;
      return importRosterFile(filePath);
    }),
    [CHANNELS.readRosterTable]: guarded(emptyRequestSchema, async (_request, window) => {
      const choice = await dialog.showOpenDialog(window, {
        filters: [{ name: '名单（Excel/WPS 表格、CSV）', extensions: ['xlsx', 'csv'] }], properties: ['openFile'],
      });
      const filePath = choice.filePaths[0];
      if (choice.canceled || !filePath) return CANCELLED;
      return readRosterTableFile(filePath);
    }),
    [CHANNELS.exportPdf]: guarded(exportPdfRequestSchema, async (request, window) => {
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
    [CHANNELS.exportExcel]: guarded(exportExcelRequestSchema, async (request, window) => {
      const made = await excelFor(request);
      if (!made.ok) return made;
      const choice = await dialog.showSaveDialog(window, { defaultPath: request.suggestedName, filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
      if (choice.canceled || !choice.filePath) return CANCELLED;
      await writeFileAtomic(choice.filePath, made.value.xlsx);
      return { ok: true, value: { location: choice.filePath, sheetNames: made.value.sheetNames } };
    }),
    [CHANNELS.exportCardChecklist]: guarded(cardChecklistRequestSchema, async (request, window) => {
      const made = await cardChecklistFor(request);
      if (!made.ok) return made;
      const choice = await dialog.showSaveDialog(window, { defaultPath: request.suggestedName, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
      if (choice.canceled || !choice.filePath) return CANCELLED;
      await writeFileAtomic(choice.filePath, made.value.pdf);
      const { pdf: _pdf, ...result } = made.value;
      return { ok: true, value: { ...result, location: choice.filePath } };
    }),
    [CHANNELS.previewPdf]: guarded(pdfRequestSchema, async (request) => {
      const made = await pdfFor(request);
      if (!made.ok) return made;
      const { pdf, ...result } = made.value;
      return { ok: true, value: { ...result, pdfBase64: pdf.toString('base64') } };
    }),
    [CHANNELS.listFonts]: guarded(emptyRequestSchema, async () => ({ ok: true, value: await installedFontList() })),
    [CHANNELS.pickFont]: guarded(emptyRequestSchema, async (_request, window) => {
      const choice = await dialog.showOpenDialog(window, { filters: [{ name: say(DIALOG.fontFilter), extensions: ['ttf', 'otf', 'ttc'] }], properties: ['openFile'] });
      const filePath = choice.filePaths[0];
      if (choice.canceled || !filePath) return CANCELLED;
      const faces = pickedFontChoices(filePath);
      if (faces.ok) await context.pickedFonts?.add(filePath).catch(() => undefined); // remembered for later runs
      return faces;
    }),
    [CHANNELS.openHelp]: guarded(openHelpRequestSchema, async (request) => {
      // The URL comes from our own table, never from the page.
      await shell.openExternal(HELP_LINKS[request.topic]);
      return { ok: true, value: null };
    }),
  };
}

export function registerIpc(context: IpcContext): void {
  for (const [channel, handler] of Object.entries(createHandlers(context))) ipcMain.handle(channel, handler);
}
