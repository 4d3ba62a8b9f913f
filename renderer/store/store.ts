// One zustand store: the meeting (the only undoable state), its history, and UI state. The plan of
// the session on screen (`project`) is derived from the meeting whenever either changes.
import { create } from 'zustand';
import type { Meeting } from '../../shared/model/meeting-schema';
import { findSession, planOf, withPlan } from '../../shared/model/plan';
import { elementOfSeat } from '../../shared/model/ids';
import { sampleMeeting } from '../../shared/model/sample';
import type { Project } from '../../shared/model/schema';
import type { Language } from '../i18n/i18n';
import type { Messages } from '../i18n/zh-CN';
import { checkMeetingLimits } from '../../shared/model/limits';
import type { UserError } from '../../shared/model/user-error';
import { emptyHistory, recordStep, redoStep, undoStep, type History } from './history';
import { withLogEntry } from './log-entry';

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
  /**
   * The words again in whatever language is on screen (renderer/store/notice-words.ts), so a notice
   * follows a change of UI language; `text` and `details` are the words as made, for the old form.
   */
  say?: (messages: Messages, language: Language) => string;
  sayDetails?: (messages: Messages, language: Language) => string[];
}

export interface ZuociState {
  meeting: Meeting;
  /** The session whose tab is open. UI state: never undoable. */
  sessionId: string;
  /** The open session's plan, derived from `meeting` and `sessionId`. Read it; change it with `commit`. */
  project: Project;
  /** The meeting as last saved or opened, to tell whether there are unsaved changes (null: never saved, e.g. recovered work). */
  savedMeeting: Meeting | null;
  /** The format version of a file from a newer Zuoci: saving it over asks first. */
  newerVersion: number | null;
  filePath: string | null;
  fileName: string;
  /** Whether the meeting was opened from or saved to a file: a new one asks for a name on Ctrl+S. */
  hasFile: boolean;
  history: History;
  /** The meeting when the current drag began (gesture API), or null. */
  gestureBase: Meeting | null;
  language: Language;
  notices: Notice[];
  hoveredSeatId: string | null;
  /** The zone the rules panel shows. */
  selectedZoneId: string | null;
  printDialogOpen: boolean;
  /** Seats picked on the canvas (click, Shift+click to add). Never undoable. */
  selectedSeatIds: string[];

  /** Apply one change to the open session's plan as one undo step. */
  commit: (change: (project: Project) => Project) => void;
  /** Apply one change to the meeting (sessions, roster, groups) as one undo step. */
  commitMeeting: (change: (meeting: Meeting) => Meeting) => void;
  /**
   * A fact about the plan that is not an edit (which cards were printed): applied outside the
   * history, and since undo restores only the records a step changed, undo neither undoes nor loses it.
   */
  recordFact: (change: (project: Project) => Project) => void;
  /** The same for a fact about several sessions (cards printed for every group's room). */
  recordMeetingFact: (change: (meeting: Meeting) => Meeting) => void;
  /** One drag = one undo step: begin, update as often as needed, then commit, or cancel (Escape) to restore. */
  beginGesture: () => void;
  updateGesture: (change: (project: Project) => Project) => void;
  commitGesture: () => void;
  cancelGesture: () => void;
  undo: () => void;
  redo: () => void;
  selectSession: (sessionId: string) => void;
  /** A meeting from a file (or a new one): a fresh history, and nothing left of the previous one on screen. */
  replaceDocument: (meeting: Meeting, filePath: string | null, fileName: string, options?: { newerVersion?: number | null; hasFile?: boolean }) => void;
  markSaved: (meeting: Meeting, filePath: string | null, fileName: string) => void;
  notify: (notice: Omit<Notice, 'id'>) => void;
  dismissNotice: (id: number) => void;
  setLanguage: (language: Language) => void;
  setHoveredSeat: (seatId: string | null) => void;
  selectZone: (elementId: string) => void;
  setPrintDialogOpen: (open: boolean) => void;
  selectSeats: (seatIds: string[]) => void;
}

let noticeId = 0;

/** The first document limit `after` breaks, checked only where the edit changed the roster or a room (cheap). */
function limitsBroken(before: Meeting, after: Meeting): UserError | null {
  if (after.people === before.people && after.sessions.length === before.sessions.length && after.sessions.every((s, i) => s.venue === before.sessions[i]?.venue)) return null;
  return checkMeetingLimits(after)[0] ?? null;
}

/** The meeting on screen, its open session and that session's plan, always consistent. */
function shown(meeting: Meeting, sessionId: string): Pick<ZuociState, 'meeting' | 'sessionId' | 'project'> {
  const session = findSession(meeting, sessionId);
  return { meeting, sessionId: session.id, project: planOf(meeting, session.id) };
}

const initial = sampleMeeting();

export const useZuoci = create<ZuociState>()((set, get) => {
  const planChange = (change: (project: Project) => Project): Meeting => {
    const { meeting, sessionId, project } = get();
    return withPlan(meeting, sessionId, project, change(project));
  };
  return {
    ...shown(initial, initial.sessions[0]!.id),
    savedMeeting: initial,
    newerVersion: null,
    filePath: null,
    fileName: '示例会议.zuoci',
    hasFile: false,
    history: emptyHistory(),
    gestureBase: null,
    language: 'zh-CN',
    notices: [],
    hoveredSeatId: null,
    selectedZoneId: null,
    printDialogOpen: false,
    selectedSeatIds: [],

    commit: (change) => get().commitMeeting(() => planChange(change)),
    commitMeeting: (change) => {
      const { meeting, sessionId, history, gestureBase } = get();
      const after = change(meeting);
      if (after === meeting) return;
      // The document limits hold after every edit, not only on load: an edit past them (a hall of a
      // million seats typed in the designer) is refused with the reason, and the plan stays.
      const overLimits = limitsBroken(meeting, after);
      if (overLimits) return get().notify({ kind: 'error', key: 'limits', text: get().language === 'en' ? overLimits.en ?? overLimits.message : overLimits.message });
      // Inside a drag, a change is part of the drag's one step (recorded when the drag ends).
      if (gestureBase) return set(shown(after, sessionId));
      // The step is logged (修改记录) outside the history, so undoing it never erases its entry.
      const next = recordStep(history, meeting, after, sessionId);
      set({ ...shown(withLogEntry(after, next === history ? undefined : next.past.at(-1), meeting, 'edit'), sessionId), history: next });
    },
    recordFact: (change) => set(shown(planChange(change), get().sessionId)),
    recordMeetingFact: (change) => set(shown(change(get().meeting), get().sessionId)),
    beginGesture: () => set({ gestureBase: get().meeting }),
    updateGesture: (change) => set(shown(planChange(change), get().sessionId)),
    commitGesture: () => {
      const { gestureBase, meeting, history, sessionId } = get();
      if (!gestureBase) return;
      const next = recordStep(history, gestureBase, meeting, sessionId);
      set({ ...shown(withLogEntry(meeting, next === history ? undefined : next.past.at(-1), gestureBase, 'edit'), sessionId), gestureBase: null, history: next });
    },
    cancelGesture: () => {
      const { gestureBase, sessionId } = get();
      if (gestureBase) set({ ...shown(gestureBase, sessionId), gestureBase: null });
    },
    undo: () => {
      const step = undoStep(get().history, get().meeting);
      if (step) set({ ...shown(withLogEntry(step.meeting, get().history.past.at(-1), get().meeting, 'undo'), step.sessionId), history: step.history });
    },
    redo: () => {
      const step = redoStep(get().history, get().meeting);
      if (step) set({ ...shown(withLogEntry(step.meeting, get().history.future[0], get().meeting, 'redo'), step.sessionId), history: step.history });
    },
    // Another session's tab: its selection and the last arrangement's notices belonged to the old one.
    selectSession: (sessionId) => set({
      ...shown(get().meeting, sessionId), selectedSeatIds: [], hoveredSeatId: null, selectedZoneId: null,
      notices: get().notices.filter((notice) => !notice.key?.startsWith('arrange')),
    }),
    replaceDocument: (meeting, filePath, fileName, { newerVersion = null, hasFile = true } = {}) =>
      set({
        ...shown(meeting, meeting.sessions[0]!.id), savedMeeting: meeting, newerVersion, filePath, fileName, hasFile,
        printDialogOpen: false,
        history: emptyHistory(), gestureBase: null, selectedSeatIds: [], hoveredSeatId: null, selectedZoneId: null, notices: [],
      }),
    markSaved: (meeting, filePath, fileName) => set({ savedMeeting: meeting, filePath, fileName, newerVersion: null, hasFile: true }),
    // A notice replaces older ones with the same key (or a key under it), so a new 已排好 clears the old 未能安排.
    notify: (notice) => set({ notices: [...get().notices.filter((n) => !notice.key || !(n.key === notice.key || n.key?.startsWith(`${notice.key}:`))).slice(-4), { ...notice, id: ++noticeId }] }),
    dismissNotice: (id) => set({ notices: get().notices.filter((notice) => notice.id !== id) }),
    setLanguage: (language) => set({ language }),
    setHoveredSeat: (hoveredSeatId) => set({ hoveredSeatId }),
    selectZone: (selectedZoneId) => set({ selectedZoneId }),
    setPrintDialogOpen: (printDialogOpen) => set({ printDialogOpen }),
    // Seats of one element picked on the canvas pick that element too, for the rules and designer panels.
    selectSeats: (selectedSeatIds) => {
      const elements = new Set(selectedSeatIds.map(elementOfSeat));
      set({ selectedSeatIds, ...(elements.size === 1 ? { selectedZoneId: [...elements][0]! } : {}) });
    },
  };
});

export const selectIsDirty = (state: ZuociState): boolean => state.meeting !== state.savedMeeting;
