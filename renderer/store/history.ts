// Undo/redo over whole documents. Documents are immutable, so a snapshot is a pointer and shares
// everything that did not change.
import type { Project } from '../../shared/model/schema';

export interface History {
  past: Project[];
  future: Project[];
}

const LIMIT = 200;

export const emptyHistory = (): History => ({ past: [], future: [] });

export function recordStep(history: History, before: Project): History {
  return { past: [...history.past.slice(-(LIMIT - 1)), before], future: [] };
}

export function undoStep(history: History, current: Project): { history: History; project: Project } | null {
  const previous = history.past.at(-1);
  if (!previous) return null;
  return { history: { past: history.past.slice(0, -1), future: [current, ...history.future] }, project: previous };
}

export function redoStep(history: History, current: Project): { history: History; project: Project } | null {
  const [next, ...rest] = history.future;
  if (!next) return null;
  return { history: { past: [...history.past, current], future: rest }, project: next };
}
