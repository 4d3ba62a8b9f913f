// Hand seating's UI state, never undoable and never in the document: the user's setting whether a
// hand drop locks the seat, and whether the canvas marks the empty seats (and lists who is left).
//
// 手动放置时锁定座位 is stored per user (this computer), not per meeting: it is how a member of
// staff likes to work, the same in every meeting they open, and changing it must not make a
// meeting file "unsaved" or take an undo step. Default on, as hand drops always locked before.
import { create } from 'zustand';

const LOCK_ON_DROP_KEY = 'zuoci.lockOnHandDrop';

function storedLockOnDrop(): boolean {
  try {
    return globalThis.localStorage?.getItem(LOCK_ON_DROP_KEY) !== 'false';
  } catch {
    return true; // storage refused (private mode): the default
  }
}

export interface HandSeatingState {
  lockOnDrop: boolean;
  /** Empty seats tinted on the canvas, the unseated people listed in the status bar. */
  showGaps: boolean;
  /** The person the unseated list asked the roster to show (serial: a new request each click). */
  rosterFocus: { personId: string; serial: number } | null;
  setLockOnDrop: (on: boolean) => void;
  setShowGaps: (on: boolean) => void;
}

export const useHandSeating = create<HandSeatingState>()((set) => ({
  lockOnDrop: storedLockOnDrop(),
  showGaps: false,
  rosterFocus: null,
  setLockOnDrop: (lockOnDrop) => {
    try {
      globalThis.localStorage?.setItem(LOCK_ON_DROP_KEY, String(lockOnDrop));
    } catch {
      // kept for this run only
    }
    set({ lockOnDrop });
  },
  setShowGaps: (showGaps) => set({ showGaps }),
}));

/** The options every hand placement passes to the edits in shared/model/hand-seating. */
export const handOptions = (): { lockOnDrop: boolean } => ({ lockOnDrop: useHandSeating.getState().lockOnDrop });

/**
 * Someone clicked in the unseated list: the roster should show that person. The roster panel
 * subscribes to `rosterFocus` (picks and scrolls to the row); then the row is flashed.
 */
export function requestRosterFocus(personId: string, name: string): void {
  useHandSeating.setState((state) => ({ rosterFocus: { personId, serial: (state.rosterFocus?.serial ?? 0) + 1 } }));
  // After the roster has re-rendered for the focus (picked, scrolled to, drawn if it was outside
  // the table's window), so React's class update does not wipe the flash.
  requestAnimationFrame(() => {
    const row = globalThis.document?.querySelector<HTMLElement>(`tr[data-person="${CSS.escape(name)}"]`);
    if (!row) return;
    row.scrollIntoView({ block: 'center' });
    row.classList.remove('is-flashed');
    void row.offsetWidth; // restart the flash
    row.classList.add('is-flashed');
  });
}
