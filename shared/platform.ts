// Everything the renderer may ask of its host. Electron implements it in the preload over IPC;
// the browser mode implements it over HTTP to a local dev server. Both hosts validate every
// payload with the schemas below before touching a service.
import { z } from 'zod';
import type { Person } from './model/schema';
import type { UserError } from './model/user-error';
import { excelSheetKinds } from './export/sheet-kinds';

export interface OpenedDocument {
  /** Where it came from; null in the browser, which has no paths. */
  path: string | null;
  fileName: string;
  text: string;
}

export interface SavedDocument {
  path: string;
  fileName: string;
}

export interface ImportedRoster {
  fileName: string;
  people: Person[];
  problems: (UserError & { severity: 'error' | 'warning' })[];
}

/** A roster file as a plain table, for the column-mapping dialog (issue 10 item 2). */
export interface RosterTable {
  fileName: string;
  /** Every row as read, header and title rows included: the page proposes the mapping. */
  rows: string[][];
}

export interface MadePdf {
  pageCount: number;
  /** Cards only: how many, and seatId → printed name for "reprint only what changed" (8.2). */
  cardCount: number;
  printed: Record<string, string>;
  /** Names whose characters no chosen font has: left out, never printed as boxes (6.4). */
  missingGlyphs: { name: string; characters: string[] }[];
  /** A chosen font could not be read and the bundled one was used instead: say so (issue 12). */
  fontNotices?: string[];
}

export interface ExportedPdf extends MadePdf {
  /** Where the PDF went (a path, or the download's file name in the browser). */
  location: string;
}

/** An Excel export (issue 10 item 7): where it went and which sheets it holds. */
export interface ExportedExcel {
  location: string;
  sheetNames: string[];
}

export interface PdfPreview extends MadePdf {
  /** The PDF itself, base64, for the print dialog's preview. */
  pdfBase64: string;
}

export interface InstalledFontChoice {
  name: string;
  choice: string;
}

/** Results a user can cause to fail come back as values, never as thrown errors. */
/** A failure carries its message in Chinese (`message`) and, from the Node services, in English (`en`). */
export type HostResult<T> = { ok: true; value: T } | { ok: false; message: string; en?: string } | { ok: false; cancelled: true };

export interface Platform {
  readonly kind: 'electron' | 'web';
  openDocument(): Promise<HostResult<OpenedDocument>>;
  /** `path` null means "save as": ask where. */
  saveDocument(request: SaveDocumentRequest): Promise<HostResult<SavedDocument>>;
  /** Ids in the result are provisional: the document matches them to people it already has. */
  importRoster(): Promise<HostResult<ImportedRoster>>;
  /** Pick a roster file and read it as a table (off the main thread, within IMPORT_LIMITS): the page maps its columns. */
  readRosterTable(): Promise<HostResult<RosterTable>>;
  /** Make a PDF and save it where the user says (and open it in the system viewer if asked). */
  exportPdf(request: ExportPdfRequest): Promise<HostResult<ExportedPdf>>;
  /** Make an .xlsx of the chosen sheets and save it where the user says (a download in the browser). */
  exportExcel(request: ExportExcelRequest): Promise<HostResult<ExportedExcel>>;
  /** 座签变动清单 (8.2): the cards changed between two states of the open session, as a PDF to save. */
  exportCardChecklist(request: CardChecklistRequest): Promise<HostResult<ExportedPdf>>;
  /** Make a PDF for the print dialog's preview. */
  previewPdf(request: PdfRequest): Promise<HostResult<PdfPreview>>;
  /** Fonts installed on this computer that can print Chinese names. */
  listFonts(): Promise<HostResult<InstalledFontChoice[]>>;

  // Never lose work (issue 12, item 4).
  /** Keep the unsaved document in the recovery folder (every 30 s and when the window loses focus). */
  autosave(request: AutosaveRequest): Promise<HostResult<null>>;
  /** What a previous run left unsaved when it stopped (crash, power cut); cancelled when nothing. */
  takeRecovery(): Promise<HostResult<RecoveredDocument>>;
  /** The user saved, or chose to throw the recovered copy away. */
  discardRecovery(): Promise<HostResult<null>>;
  /** Documents recently opened or saved, newest first (kept by the host, never by the page). */
  recentFiles(): Promise<HostResult<RecentFile[]>>;
  /** Open one of recentFiles() by its path; any other path is refused. */
  openRecent(request: OpenRecentRequest): Promise<HostResult<OpenedDocument>>;
  /** Documents the system handed over (double-click, second launch, macOS open-file), oldest first. */
  takeOpenedDocuments(): Promise<HostResult<OpenedDocument[]>>;
  /** Called when takeOpenedDocuments() has something; returns the unsubscribe function. */
  onDocumentsWaiting(listener: () => void): () => void;
  /** Pick a font file in a dialog: the only way a font outside the system font folders is allowed. */
  pickFont(): Promise<HostResult<InstalledFontChoice[]>>;
  /** Open one of the app's own help pages in the system browser. */
  openHelp(request: OpenHelpRequest): Promise<HostResult<null>>;
  // 常用会场模板 (issue 9): the user's own room templates, kept by the host.
  /** The user's saved room templates (.zuoci-room), each as its text; the page checks them with the shared loader. */
  listTemplates(): Promise<HostResult<StoredTemplate[]>>;
  /** Keep a template in the user's library under its name (one of the same name is replaced). */
  saveTemplate(request: SaveTemplateRequest): Promise<HostResult<StoredTemplate>>;
  /** Save a template as a file wherever the user says, to share it with colleagues. */
  exportTemplate(request: ExportTemplateRequest): Promise<HostResult<SavedDocument>>;
  /** A template file a colleague sent: picked in a dialog, returned as text for the page to check. */
  importTemplate(): Promise<HostResult<StoredTemplate>>;
  /** 底图 (issue 9): a floor plan picture (PNG, JPEG) or PDF picked in a dialog; one over the limit is not read. */
  pickFloorPlan(): Promise<HostResult<PickedFloorPlan>>;
  /** Electron only: the application menu's chosen Action, by name. Returns "stop listening". */
  onMenuAction?(listener: (actionName: string) => void): () => void;
}

export interface RecoveredDocument {
  /** ISO time of the autosave. */
  savedAt: string;
  fileName: string;
  path: string | null;
  text: string;
}

/** A room template file: its name in the library (or as picked) and its text. */
export interface StoredTemplate {
  fileName: string;
  text: string;
}

/** A picked floor plan: `base64` is null when the file is over MAX_BACKGROUND_BYTES (then only `bytes` is told). */
export interface PickedFloorPlan {
  fileName: string;
  type: 'image/png' | 'image/jpeg' | 'application/pdf';
  bytes: number;
  base64: string | null;
}

export interface RecentFile {
  path: string;
  fileName: string;
}

/** For calls without arguments: the payload must be exactly {}. */
export const emptyRequestSchema = z.object({}).strict();
export const saveDocumentRequestSchema = z.object({
  path: z.string().max(4096).nullable(),
  suggestedName: z.string().min(1).max(255),
  text: z.string().max(64 * 1024 * 1024),
});
export const autosaveRequestSchema = z.object({
  text: z.string().max(64 * 1024 * 1024),
  fileName: z.string().min(1).max(255),
  /** Only a hint for the restore banner: main grants no write access from it. */
  path: z.string().max(4096).nullable(),
}).strict();
export const openRecentRequestSchema = z.object({ path: z.string().min(1).max(4096) }).strict();
export const helpTopics = ['readme', 'installers'] as const;
/** The app's own help pages: the only addresses it ever opens in the system browser. */
export const HELP_LINKS: Record<(typeof helpTopics)[number], string> = {
  readme: 'https://github.com/zuoci/zuoci#readme',
  installers: 'https://github.com/zuoci/zuoci/blob/main/docs/installers.md',
};
export const openHelpRequestSchema = z.object({ topic: z.enum(helpTopics) }).strict();
const templateText = z.string().max(16 * 1024 * 1024);
export const saveTemplateRequestSchema = z.object({ name: z.string().min(1).max(100), text: templateText }).strict();
export const exportTemplateRequestSchema = z.object({ suggestedName: z.string().min(1).max(255), text: templateText }).strict();
export type SaveTemplateRequest = z.infer<typeof saveTemplateRequestSchema>;
export type ExportTemplateRequest = z.infer<typeof exportTemplateRequestSchema>;
export type AutosaveRequest = z.infer<typeof autosaveRequestSchema>;
export type OpenRecentRequest = z.infer<typeof openRecentRequestSchema>;
export type OpenHelpRequest = z.infer<typeof openHelpRequestSchema>;

export const pdfKinds = ['cards', 'map', 'index', 'sign-in', 'tickets', 'photo', 'cars', 'attendance'] as const;
export type PdfKind = (typeof pdfKinds)[number];

export const pdfRequestSchema = z.object({
  kind: z.enum(pdfKinds),
  /** The document as JSON text: the host validates it with loadProject like any file. */
  documentText: z.string().max(64 * 1024 * 1024),
  /** Cards only: which (6.5, 8.2). */
  selection: z.object({
    zones: z.array(z.enum(['rostrum', 'hall', 'table'])).optional(),
    seatIds: z.array(z.string().max(200)).max(100_000).optional(),
    changedOnly: z.boolean().optional(),
  }).strict().optional(),
  /** Cards for several sessions at once (every 分组讨论 room): their ids in the meeting `documentText` holds. 'attendance' (到会情况): the one session reported. */
  sessionIds: z.array(z.string().max(200)).min(1).max(200).optional(),
}).strict();

export const exportPdfRequestSchema = pdfRequestSchema.extend({
  suggestedName: z.string().min(1).max(255),
  openAfter: z.boolean(),
}).strict();

export const exportExcelRequestSchema = z.object({
  /** The open session as JSON text: the host validates it with loadProject like any file. */
  documentText: z.string().max(64 * 1024 * 1024),
  sheets: z.array(z.enum(excelSheetKinds)).min(1).max(excelSheetKinds.length),
  suggestedName: z.string().min(1).max(255),
}).strict();
export type ExportExcelRequest = z.infer<typeof exportExcelRequestSchema>;

export const cardChecklistRequestSchema = z.object({
  /** The session before and after the change, as JSON text: the host compares them itself. */
  previousText: z.string().max(64 * 1024 * 1024),
  documentText: z.string().max(64 * 1024 * 1024),
  suggestedName: z.string().min(1).max(255),
}).strict();
export type CardChecklistRequest = z.infer<typeof cardChecklistRequestSchema>;

export type SaveDocumentRequest = z.infer<typeof saveDocumentRequestSchema>;
export type PdfRequest = z.infer<typeof pdfRequestSchema>;
export type ExportPdfRequest = z.infer<typeof exportPdfRequestSchema>;

/** IPC channel names, prefixed like VS Code's so the preload exposes nothing else. */
export const CHANNELS = {
  openDocument: 'zuoci:open-document',
  saveDocument: 'zuoci:save-document',
  importRoster: 'zuoci:import-roster',
  readRosterTable: 'zuoci:read-roster-table',
  exportPdf: 'zuoci:export-pdf',
  previewPdf: 'zuoci:preview-pdf',
  exportExcel: 'zuoci:export-excel',
  exportCardChecklist: 'zuoci:export-card-checklist',
  listFonts: 'zuoci:list-fonts',
  autosave: 'zuoci:autosave',
  takeRecovery: 'zuoci:take-recovery',
  discardRecovery: 'zuoci:discard-recovery',
  recentFiles: 'zuoci:recent-files',
  openRecent: 'zuoci:open-recent',
  takeOpenedDocuments: 'zuoci:take-opened-documents',
  openHelp: 'zuoci:open-help',
  pickFont: 'zuoci:pick-font',
  listTemplates: 'zuoci:list-templates',
  saveTemplate: 'zuoci:save-template',
  exportTemplate: 'zuoci:export-template',
  importTemplate: 'zuoci:import-template',
  pickFloorPlan: 'zuoci:pick-floor-plan',
} as const;

/** Main → page: "takeOpenedDocuments() has something" (an event, not a call the page can make). */
export const DOCUMENTS_WAITING_EVENT = 'zuoci:documents-waiting';
/** Messages main sends to the page (not requests it handles): the menu's chosen Action's name. */
export const EVENTS = {
  menuAction: 'zuoci:menu-action',
} as const;
export const menuActionSchema = z.string().regex(/^[a-zA-Z]{1,40}$/);
