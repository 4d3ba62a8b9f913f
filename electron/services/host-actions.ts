// What both hosts (Electron IPC and the browser-mode dev server) do for the renderer, after they
// have obtained a file (dialog or upload). Every user-caused failure is a HostResult, not a throw.
import path from 'node:path';
import type { ExportedCards, HostResult, ImportedRoster, OpenedDocument, SavedDocument } from '../../shared/platform';
import { loadProject } from '../../shared/model/load';
import { importRoster, UnreadableRosterError } from './import/import-roster';
import { DocumentFileError, readDocumentText, writeDocumentText } from './documents/documents';
import { printCards } from './pdf/print-cards';

const failure = (message: string) => ({ ok: false as const, message });

export async function importRosterBytes(bytes: Uint8Array, fileName: string): Promise<HostResult<ImportedRoster>> {
  try {
    const { people, problems } = await importRoster(bytes, fileName);
    return { ok: true, value: { fileName, people, problems } };
  } catch (error) {
    if (error instanceof UnreadableRosterError) return failure(error.message);
    throw error;
  }
}

export async function readDocumentAt(filePath: string): Promise<HostResult<OpenedDocument>> {
  try {
    return { ok: true, value: { path: filePath, fileName: path.basename(filePath), text: await readDocumentText(filePath) } };
  } catch (error) {
    if (error instanceof DocumentFileError) return failure(error.message);
    return failure(`无法读取文件 ${filePath}：${(error as Error).message}`);
  }
}

/** Refuses to write a document that would not open again. */
export async function saveDocumentAt(filePath: string, text: string): Promise<HostResult<SavedDocument>> {
  const checked = loadProject(text);
  if (!checked.ok) return failure(`未保存：${checked.error.message}`);
  try {
    await writeDocumentText(filePath, text);
    return { ok: true, value: { path: filePath, fileName: path.basename(filePath) } };
  } catch (error) {
    return failure(`保存失败（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}），原文件未改动：${filePath}`);
  }
}

export type CardsPdf = Omit<ExportedCards, 'location'> & { pdf: Buffer };

export async function cardsPdfFor(documentText: string): Promise<HostResult<CardsPdf>> {
  const loaded = loadProject(documentText);
  if (!loaded.ok) return failure(loaded.error.message);
  const printed = await printCards(loaded.value);
  if (printed.cardCount === 0) return failure('没有可打印的座签：主席台还没有安排人员。');
  return { ok: true, value: printed };
}
