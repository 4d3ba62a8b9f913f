// The import dialog's own state (never undoable, never in the document): which step it shows and
// the table and mapping the user is working on. One import at a time.
import { create } from 'zustand';
import type { ColumnMapping, Table } from '../../../shared/roster/mapping';

export type ImportStep =
  | { kind: 'reading' }
  | { kind: 'paste'; problem: string | null }
  | { kind: 'mapping' }
  | { kind: 'merge' };

export interface ImportSession {
  /** A file's name; null for a paste. */
  fileName: string | null;
  step: ImportStep;
  table: Table;
  mapping: ColumnMapping;
  /** The rostrum question's answer (on when marks were found). */
  useRostrumMarks: boolean;
  /** The merge step's choice: a paste adds to the roster, a file replaces it (after showing how). */
  keepRemoved: boolean;
}

interface ImportState {
  session: ImportSession | null;
  open: (session: ImportSession) => void;
  update: (change: Partial<ImportSession>) => void;
  close: () => void;
}

export const useImport = create<ImportState>()((set, get) => ({
  session: null,
  open: (session) => set({ session }),
  update: (change) => {
    const session = get().session;
    if (session) set({ session: { ...session, ...change } });
  },
  close: () => set({ session: null }),
}));
