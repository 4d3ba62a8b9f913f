// Undo/redo by change: a step keeps the records it changed (before → after) and the session it was
// made in. Undo puts those records back on the current meeting, so a change made outside the
// history since then (printed cards, later a collaborator's edit) survives.
import type { Meeting } from '../../shared/model/meeting-schema';
import { applyChanges, diffMeetings, type RecordChange } from '../../shared/model/records';

export interface HistoryStep {
  changes: readonly RecordChange[];
  /** The session tab to show when the step is undone or redone. */
  sessionId: string;
}

export interface History {
  past: readonly HistoryStep[];
  future: readonly HistoryStep[];
}

const LIMIT = 200;

export const emptyHistory = (): History => ({ past: [], future: [] });

/** The step from `before` to `after`, or the same history when nothing changed. */
export function recordStep(history: History, before: Meeting, after: Meeting, sessionId: string): History {
  const changes = diffMeetings(before, after);
  if (changes.length === 0) return history;
  return { past: [...history.past.slice(-(LIMIT - 1)), { changes, sessionId }], future: [] };
}

export function undoStep(history: History, current: Meeting): { history: History; meeting: Meeting; sessionId: string } | null {
  const step = history.past.at(-1);
  if (!step) return null;
  return { history: { past: history.past.slice(0, -1), future: [step, ...history.future] }, meeting: applyChanges(current, step.changes, 'before'), sessionId: step.sessionId };
}

export function redoStep(history: History, current: Meeting): { history: History; meeting: Meeting; sessionId: string } | null {
  const [step, ...rest] = history.future;
  if (!step) return null;
  return { history: { past: [...history.past, step], future: rest }, meeting: applyChanges(current, step.changes, 'after'), sessionId: step.sessionId };
}
