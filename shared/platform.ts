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

export interface ExportedCards {
  /** Where the PDF went (a path, or the download's file name in the browser). */
  location: string;
  cardCount: number;
  missingGlyphs: { name: string; characters: string[] }[];
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
  exportCards(request: ExportCardsRequest): Promise<HostResult<ExportedCards>>;
}

/** For calls without arguments: the payload must be exactly {}. */
export const emptyRequestSchema = z.object({}).strict();
export const saveDocumentRequestSchema = z.object({
  path: z.string().max(4096).nullable(),
  suggestedName: z.string().min(1).max(255),
  text: z.string().max(64 * 1024 * 1024),
});
export const exportCardsRequestSchema = z.object({
  /** The document as JSON text: the host validates it with loadProject like any file. */
  documentText: z.string().max(64 * 1024 * 1024),
  suggestedName: z.string().min(1).max(255),
});

export type SaveDocumentRequest = z.infer<typeof saveDocumentRequestSchema>;
export type ExportCardsRequest = z.infer<typeof exportCardsRequestSchema>;

/** IPC channel names, prefixed like VS Code's so the preload exposes nothing else. */
export const CHANNELS = {
  openDocument: 'zuoci:open-document',
  saveDocument: 'zuoci:save-document',
  importRoster: 'zuoci:import-roster',
  exportCards: 'zuoci:export-cards',
} as const;
