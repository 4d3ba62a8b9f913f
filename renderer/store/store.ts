// One zustand store: the document (the only undoable state), its history, and UI state.
import { create } from 'zustand';
import type { Project } from '../../shared/model/schema';
import { sampleProject } from '../../shared/model/sample';
import type { Language } from '../i18n/i18n';
import { emptyHistory, recordStep, redoStep, undoStep, type History } from './history';

export interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  text: string;
  details?: string[];
  /**
   * A notice replaces earlier ones with its key and those below it: 'arrange' (a new arrangement's
   * result) also clears the last one's 'arrange:unplaced' warnings, which the new one re-issues.
   */
  key?: string;
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
  /** The zone the rules panel shows. */
  selectedZoneId: string | null;
  printDialogOpen: boolean;
  /** Seats picked on the canvas (click, Shift+click to add). Never undoable. */
  selectedSeatIds: string[];

  /** Apply one document change as one undo step. */
  commit: (change: (project: Project) => Project) => void;
  /**
   * A fact about the document that is not an edit of the plan (which cards were printed): applied
   * to the document and to every snapshot in the history, so undo neither undoes nor loses it.
   */
  recordFact: (change: (project: Project) => Project) => void;
  undo: () => void;
  redo: () => void;
  /** A document from a file: a fresh history. */
  replaceDocument: (project: Project, filePath: string | null, fileName: string) => void;
  markSaved: (filePath: string | null, fileName: string) => void;
  notify: (notice: Omit<Notice, 'id'>) => void;
  dismissNotice: (id: number) => void;
  setLanguage: (language: Language) => void;
  setHoveredSeat: (seatId: string | null) => void;
  selectZone: (elementId: string) => void;
  setPrintDialogOpen: (open: boolean) => void;
  selectSeats: (seatIds: string[]) => void;
}

let noticeId = 0;

export const useZuoci = create<ZuociState>()((set, get) => ({
  project: sampleProject(),
  savedProject: null,
  filePath: null,
  fileName: '示例会议.zuoci',
  history: emptyHistory(),
  language: 'zh-CN',
  notices: [],
  hoveredSeatId: null,
  selectedZoneId: null,
  printDialogOpen: false,
  selectedSeatIds: [],

  commit: (change) => {
    const before = get().project;
    const after = change(before);
    if (after === before) return;
    set({ project: after, history: recordStep(get().history, before) });
  },
  recordFact: (change) => {
    const { project, history } = get();
    set({ project: change(project), history: { past: history.past.map(change), future: history.future.map(change) } });
  },
  undo: () => {
    const step = undoStep(get().history, get().project);
    if (step) set(step);
  },
  redo: () => {
    const step = redoStep(get().history, get().project);
    if (step) set(step);
  },
  replaceDocument: (project, filePath, fileName) =>
    set({ project, savedProject: project, filePath, fileName, history: emptyHistory(), selectedSeatIds: [] }),
  markSaved: (filePath, fileName) => set({ savedProject: get().project, filePath, fileName }),
  notify: (notice) => set({ notices: [...get().notices.filter((n) => !notice.key || !(n.key === notice.key || n.key?.startsWith(`${notice.key}:`))).slice(-4), { ...notice, id: ++noticeId }] }),
  dismissNotice: (id) => set({ notices: get().notices.filter((notice) => notice.id !== id) }),
  setLanguage: (language) => set({ language }),
  setHoveredSeat: (hoveredSeatId) => set({ hoveredSeatId }),
  selectZone: (selectedZoneId) => set({ selectedZoneId }),
  setPrintDialogOpen: (printDialogOpen) => set({ printDialogOpen }),
  selectSeats: (selectedSeatIds) => set({ selectedSeatIds }),
}));

export const selectIsDirty = (state: ZuociState): boolean => state.project !== state.savedProject;
