import type { Project } from '../../shared/model/schema';
import type { Language } from '../i18n/i18n';
import { type History } from './history';
export interface Notice {
    id: number;
    kind: 'info' | 'warning' | 'error';
    text: string;
    details?: string[];
}
export interface ZuociState {
    project: Project;
    /** The document as last saved or opened, to tell whether there are unsaved changes. */
    savedProject: Project | null;
    filePath: string | null;
    fileName: string;
    history: History;
    language: Language;
    notices: Notice[];
    hoveredSeatId: string | null;
    /** Apply one document change as one undo step. */
    commit: (change: (project: Project) => Project) => void;
    undo: () => void;
    redo: () => void;
    /** A document from a file: a fresh history. */
    replaceDocument: (project: Project, filePath: string | null, fileName: string) => void;
    markSaved: (filePath: string | null, fileName: string) => void;
    notify: (notice: Omit<Notice, 'id'>) => void;
    dismissNotice: (id: number) => void;
    setLanguage: (language: Language) => void;
    setHoveredSeat: (seatId: string | null) => void;
}
export declare const useZuoci: import("zustand").UseBoundStore<import("zustand").StoreApi<ZuociState>>;
export declare const selectIsDirty: (state: ZuociState) => boolean;
