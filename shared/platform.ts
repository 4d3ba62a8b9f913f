// Everything the renderer may ask of its host. Electron implements it in the preload over IPC;
// the browser mode implements it over HTTP to a local dev server. Both hosts validate every
// payload with the schemas below before touching a service.
import { z } from 'zod';
import type { Person } from './model/schema';
import type { UserError } from './model/user-error';

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

export interface MadePdf {
  pageCount: number;
  /** Cards only: how many, and seatId → printed name for "reprint only what changed" (8.2). */
  cardCount: number;
  printed: Record<string, string>;
  /** Names whose characters no chosen font has: left out, never printed as boxes (6.4). */
  missingGlyphs: { name: string; characters: string[] }[];
}

export interface ExportedPdf extends MadePdf {
  /** Where the PDF went (a path, or the download's file name in the browser). */
  location: string;
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
export type HostResult<T> = { ok: true; value: T } | { ok: false; message: string } | { ok: false; cancelled: true };

export interface Platform {
  readonly kind: 'electron' | 'web';
  openDocument(): Promise<HostResult<OpenedDocument>>;
  /** `path` null means "save as": ask where. */
  saveDocument(request: SaveDocumentRequest): Promise<HostResult<SavedDocument>>;
  /** Ids in the result are provisional: the document matches them to people it already has. */
  importRoster(): Promise<HostResult<ImportedRoster>>;
  /** Make a PDF and save it where the user says (and open it in the system viewer if asked). */
  exportPdf(request: ExportPdfRequest): Promise<HostResult<ExportedPdf>>;
  /** Make a PDF for the print dialog's preview. */
  previewPdf(request: PdfRequest): Promise<HostResult<PdfPreview>>;
  /** Fonts installed on this computer that can print Chinese names. */
  listFonts(): Promise<HostResult<InstalledFontChoice[]>>;
}

/** For calls without arguments: the payload must be exactly {}. */
export const emptyRequestSchema = z.object({}).strict();
export const saveDocumentRequestSchema = z.object({
  path: z.string().max(4096).nullable(),
  suggestedName: z.string().min(1).max(255),
  text: z.string().max(64 * 1024 * 1024),
});
export const pdfKinds = ['cards', 'map', 'index', 'sign-in', 'tickets', 'photo', 'cars'] as const;
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
}).strict();

export const exportPdfRequestSchema = pdfRequestSchema.extend({
  suggestedName: z.string().min(1).max(255),
  openAfter: z.boolean(),
}).strict();

export type SaveDocumentRequest = z.infer<typeof saveDocumentRequestSchema>;
export type PdfRequest = z.infer<typeof pdfRequestSchema>;
export type ExportPdfRequest = z.infer<typeof exportPdfRequestSchema>;

/** IPC channel names, prefixed like VS Code's so the preload exposes nothing else. */
export const CHANNELS = {
  openDocument: 'zuoci:open-document',
  saveDocument: 'zuoci:save-document',
  importRoster: 'zuoci:import-roster',
  exportPdf: 'zuoci:export-pdf',
  previewPdf: 'zuoci:preview-pdf',
  listFonts: 'zuoci:list-fonts',
} as const;
