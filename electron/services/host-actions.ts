// What both hosts (Electron IPC and the browser-mode dev server) do for the renderer, after they
// have obtained a file (dialog or upload). Every user-caused failure is a HostResult, not a throw.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { checkImportFile } from './import/import-limits';
import type { CardChecklistRequest, ExportExcelRequest, HostResult, ImportedRoster, MadePdf, RosterTable, OpenedDocument, PdfRequest, SavedDocument } from '../../shared/platform';
import { loadProject, loadSessions } from '../../shared/model/load';
import { UnreadableRosterError } from './import/import-roster';
import { importRosterIsolated, readRosterTableIsolated } from './import/import-isolated';
import { DocumentFileError, readDocumentText, writeDocumentText } from './documents/documents';
import { fontChainFor, printCards } from './pdf/print-cards';
import { printList, printSeatMap } from './pdf/print-map';
import * as fontkit from 'fontkit';
import { exportXlsx } from './export/xlsx';
import { workbookSheets } from '../../shared/export/workbook';
import { cardChanges } from '../../shared/arrange/card-changes';
import { cardChecklistPages } from '../../shared/print/card-checklist';
import { renderPagesPdf } from './pdf/pages';
import { printAttendanceReport } from './pdf/print-attendance';
import { allowUserFont, checkedFontPath, FontNotFoundError } from './fonts/font-choice';
import { listInstalledFonts, type InstalledFont } from './fonts/system-fonts';
import { failure, failureOf, reasonOf } from './host-error';


export async function importRosterBytes(bytes: Uint8Array, fileName: string): Promise<HostResult<ImportedRoster>> {
  try {
    const { people, problems } = await importRosterIsolated(bytes, fileName);
    return { ok: true, value: { fileName, people, problems } };
  } catch (error) {
    if (error instanceof UnreadableRosterError) return failureOf(error);
    throw error;
  }
}

/** A roster file as a table for the page's mapping dialog, read in the worker like any import. */
export async function readRosterTableBytes(bytes: Uint8Array, fileName: string): Promise<HostResult<RosterTable>> {
  try {
    return { ok: true, value: { fileName, rows: await readRosterTableIsolated(bytes, fileName) } };
  } catch (error) {
    if (error instanceof UnreadableRosterError) return failureOf(error);
    throw error;
  }
}

export async function readRosterTableFile(filePath: string): Promise<HostResult<RosterTable>> {
  const checked = await checkImportFile(filePath);
  if (!checked.ok) return checked;
  return readRosterTableBytes(await fs.readFile(filePath), path.basename(filePath));
}

/** A roster file the user picked: refused before reading when it is larger than any roster. */
export async function importRosterFile(filePath: string): Promise<HostResult<ImportedRoster>> {
  const checked = await checkImportFile(filePath);
  if (!checked.ok) return checked;
  return importRosterBytes(await fs.readFile(filePath), path.basename(filePath));
}

export async function readDocumentAt(filePath: string): Promise<HostResult<OpenedDocument>> {
  try {
    return { ok: true, value: { path: filePath, fileName: path.basename(filePath), text: await readDocumentText(filePath) } };
  } catch (error) {
    if (error instanceof DocumentFileError) return failureOf(error);
    return failure(`无法读取文件 ${filePath}：${reasonOf(error)}`, `Cannot read the file ${filePath}: ${reasonOf(error)}`);
  }
}

/** Refuses to write a document that would not open again. */
export async function saveDocumentAt(filePath: string, text: string): Promise<HostResult<SavedDocument>> {
  const checked = loadProject(text);
  if (!checked.ok) return failure(`未保存：${checked.error.message}`, `Not saved: ${checked.error.en ?? checked.error.message}`);
  try {
    await writeDocumentText(filePath, text);
    return { ok: true, value: { path: filePath, fileName: path.basename(filePath) } };
  } catch (error) {
    return failure(`保存失败（${reasonOf(error)}），原文件未改动：${filePath}`, `Saving failed (${reasonOf(error)}); the file on disk is unchanged: ${filePath}`);
  }
}

export type MadePdfWithBytes = MadePdf & { pdf: Buffer };

/** Any of the printable documents (cards, map, lists) for a document the host validates first. */
export async function pdfFor(request: PdfRequest): Promise<HostResult<MadePdfWithBytes>> {
  if (request.kind === 'attendance') return printAttendanceReport(request.documentText, request.sessionIds?.[0]);
  const loaded = request.sessionIds ? loadSessions(request.documentText, request.sessionIds) : loadProject(request.documentText);
  if (!loaded.ok) return failureOf(loaded.error);
  const project = loaded.value;
  try {
    if (request.kind === 'cards') {
      const fontNotices = fontChainFor(project).flatMap((font) => font.fallbackNotice ?? []);
      const cards = await printCards(project, request.selection ?? {});
      if (cards.cardCount === 0 && cards.missingGlyphs.length === 0) return failure('没有可打印的座签：所选范围内没有已安排的座位。', 'No cards to print: no seat in the chosen range has anyone in it.');
      return { ok: true, value: { pdf: cards.pdf, pageCount: cards.cardCount, cardCount: cards.cardCount, printed: cards.printed, missingGlyphs: cards.missingGlyphs, fontNotices } };
    }
    const made = request.kind === 'map' ? await printSeatMap(project) : await printList(project, request.kind);
    if (made.pageCount === 0) return failure('没有可打印的内容：还没有人入座。', 'Nothing to print: nobody is seated yet.');
    return { ok: true, value: { pdf: made.pdf, pageCount: made.pageCount, cardCount: 0, printed: {}, missingGlyphs: [] } };
  } catch (error) {
    if (error instanceof FontNotFoundError) return failureOf(error);
    throw error;
  }
}

/** The .xlsx of the chosen sheets for a document the host validates first. */
export async function excelFor(request: Pick<ExportExcelRequest, 'documentText' | 'sheets'>): Promise<HostResult<{ xlsx: Buffer; sheetNames: string[] }>> {
  const loaded = loadProject(request.documentText);
  if (!loaded.ok) return failureOf(loaded.error);
  if (loaded.value.people.length === 0) return failure('没有可导出的人员：请先导入名单。', 'Nobody to export: import a roster first.');
  const sheetNames = workbookSheets(loaded.value, request.sheets).map((sheet) => sheet.name);
  return { ok: true, value: { xlsx: await exportXlsx(loaded.value, request.sheets), sheetNames } };
}

/** 座签变动清单: the host compares the two states itself (the page sends documents, not lines). */
export async function cardChecklistFor(request: Pick<CardChecklistRequest, 'previousText' | 'documentText'>): Promise<HostResult<MadePdfWithBytes>> {
  const before = loadProject(request.previousText);
  const after = loadProject(request.documentText);
  if (!before.ok) return failureOf(before.error);
  if (!after.ok) return failureOf(after.error);
  const changes = cardChanges(before.value, after.value);
  if (!changes.anew.length && !changes.moved.length && !changes.removed.length) return failure('座签没有变动，无需清单。', 'No card has changed: there is nothing to list.');
  const pages = cardChecklistPages(after.value.meta.title, changes);
  try {
    const pdf = await renderPagesPdf(pages, fontChainFor(after.value), `${after.value.meta.title}座签变动清单`);
    return { ok: true, value: { pdf, pageCount: pages.length, cardCount: 0, printed: {}, missingGlyphs: [] } };
  } catch (error) {
    if (error instanceof FontNotFoundError) return failureOf(error);
    throw error;
  }
}

/** The faces of a font file the user picked in a dialog; from then on documents may use it. */
export function pickedFontChoices(filePath: string): HostResult<InstalledFont[]> {
  try {
    allowUserFont(filePath);
    checkedFontPath(filePath);
    const opened = fontkit.openSync(filePath);
    const faces = 'fonts' in opened ? (opened.fonts as fontkit.Font[]) : [opened];
    return { ok: true, value: faces.map((face) => ({ name: `${face.familyName} ${face.subfamilyName}`.trim(), choice: 'fonts' in opened ? `${filePath}#${face.postscriptName}` : filePath })) };
  } catch (error) {
    if (error instanceof FontNotFoundError) return failureOf(error);
    return failure(`无法读取字体文件 ${path.basename(filePath)}：${(error as Error).message}`, `Cannot read the font file ${path.basename(filePath)}: ${(error as Error).message}`);
  }
}

let installedFonts: Promise<InstalledFont[]> | null = null;

/** Scanned once a session: font folders do not change while the app runs. */
export function installedFontList(): Promise<InstalledFont[]> {
  installedFonts ??= listInstalledFonts();
  return installedFonts;
}
