// The document channels: open, save, autosave and recovery, recent files, files handed over by
// the system. Main decides every path written: a path the page sends is used only when main
// itself obtained it earlier (known-documents.ts); otherwise the user is asked with a dialog.
import { dialog } from 'electron';
import path from 'node:path';
import {
  autosaveRequestSchema, CHANNELS, emptyRequestSchema, openRecentRequestSchema, saveDocumentRequestSchema,
  type HostResult, type OpenedDocument,
} from '../../shared/platform';
import { saveDocumentAt } from '../services/host-actions';
import { currentFingerprint, DocumentFileError, fingerprintOf, readDocumentFile } from '../services/documents/documents';
import type { KnownDocuments } from '../services/documents/known-documents';
import type { RecentFiles } from '../services/documents/recent-files';
import type { RecoveryFolder } from '../services/documents/recovery';
import type { Guard, Handler } from './ipc';
import { DIALOG, say } from './dialog-text';
import { failure, failureOf, reasonOf } from '../services/host-error';

const CANCELLED = { ok: false, cancelled: true } as const;
const documentFilter = () => ({ name: say(DIALOG.documentFilter), extensions: ['zuoci'] });

export interface DocumentContext {
  known: KnownDocuments;
  recovery: RecoveryFolder;
  recent: RecentFiles;
  /** Paths the system handed over (argv, second instance, open-file), taken once each. */
  takeLaunchPaths: () => string[];
  /** Tell the OS too (Windows jump list, macOS Dock menu). */
  addRecentDocument?: (filePath: string) => void;
}

/** Reads a file main obtained itself, and from then on allows saving back to it. */
export async function openKnownDocument(context: DocumentContext, filePath: string): Promise<HostResult<OpenedDocument>> {
  try {
    const { text, fingerprint } = await readDocumentFile(filePath);
    context.known.grant(filePath, fingerprint);
    await context.recent.add(filePath).catch(() => undefined); // a read-only profile still opens files
    context.addRecentDocument?.(filePath);
    return { ok: true, value: { path: filePath, fileName: path.basename(filePath), text } };
  } catch (error) {
    if (error instanceof DocumentFileError) return failureOf(error);
    return failure(`无法读取文件 ${filePath}：${reasonOf(error)}`, `Cannot read the file ${filePath}: ${reasonOf(error)}`);
  }
}

export function documentHandlers(context: DocumentContext, guarded: Guard): Record<string, Handler> {
  return {
    [CHANNELS.openDocument]: guarded(emptyRequestSchema, async (_request, window) => {
      const choice = await dialog.showOpenDialog(window, { filters: [documentFilter()], properties: ['openFile'] });
      const filePath = choice.filePaths[0];
      return choice.canceled || !filePath ? CANCELLED : openKnownDocument(context, filePath);
    }),

    [CHANNELS.saveDocument]: guarded(saveDocumentRequestSchema, async (request, window) => {
      let target = request.path !== null && context.known.isGranted(request.path) ? request.path : null;
      if (target !== null && context.known.changedOnDisk(target, await currentFingerprint(target))) {
        const { response } = await dialog.showMessageBox(window, {
          type: 'warning', buttons: [say(DIALOG.overwrite), say(DIALOG.saveAs), say(DIALOG.cancel)], defaultId: 2, cancelId: 2,
          message: say(DIALOG.changedMessage), detail: `${target}\n${say(DIALOG.changedDetail)}`,
        });
        if (response === 2) return CANCELLED;
        if (response === 1) target = null;
      }
      if (target === null) {
        const choice = await dialog.showSaveDialog(window, { defaultPath: request.suggestedName, filters: [documentFilter()] });
        if (choice.canceled || !choice.filePath) return CANCELLED;
        target = choice.filePath;
      }
      const saved = await saveDocumentAt(target, request.text);
      if (saved.ok) {
        context.known.grant(target, fingerprintOf(request.text));
        await context.recent.add(target).catch(() => undefined);
        context.addRecentDocument?.(target);
        await context.recovery.clear(); // saved: nothing left to recover
      }
      return saved;
    }),

    [CHANNELS.autosave]: guarded(autosaveRequestSchema, async (request) => {
      try {
        await context.recovery.save(request);
        return { ok: true, value: null };
      } catch (error) {
        return failure(`自动保存失败（${reasonOf(error)}）。请尽快手动保存。`, `Autosave failed (${reasonOf(error)}). Save by hand soon.`);
      }
    }),

    [CHANNELS.takeRecovery]: guarded(emptyRequestSchema, async () => {
      const pending = await context.recovery.pending();
      if (!pending) return CANCELLED;
      // The path inside came from the page: honoured only for a file main itself listed as recent.
      const trusted = pending.path !== null && (await context.recent.includes(pending.path));
      if (trusted) context.known.grant(pending.path!, await currentFingerprint(pending.path!));
      return { ok: true, value: { ...pending, path: trusted ? pending.path : null } };
    }),

    [CHANNELS.discardRecovery]: guarded(emptyRequestSchema, async () => {
      await context.recovery.clear();
      return { ok: true, value: null };
    }),

    [CHANNELS.recentFiles]: guarded(emptyRequestSchema, async () => ({
      ok: true, value: (await context.recent.list()).map((entry) => ({ path: entry, fileName: path.basename(entry) })),
    })),

    [CHANNELS.openRecent]: guarded(openRecentRequestSchema, async (request) => {
      if (!(await context.recent.includes(request.path))) return failure('这个文件不在最近打开的列表中。', 'This file is not in the recent files list.');
      return openKnownDocument(context, request.path);
    }),

    [CHANNELS.takeOpenedDocuments]: guarded(emptyRequestSchema, async () => {
      const opened: OpenedDocument[] = [];
      const problems: { zh: string[]; en: string[] } = { zh: [], en: [] };
      for (const filePath of context.takeLaunchPaths()) {
        const result = await openKnownDocument(context, filePath);
        if (result.ok) opened.push(result.value);
        else if ('message' in result) {
          problems.zh.push(result.message);
          problems.en.push(result.en ?? result.message);
        }
      }
      if (opened.length === 0 && problems.zh.length) return failure(problems.zh.join('\n'), problems.en.join('\n'));
      return { ok: true, value: opened };
    }),
  };
}
