// Layout mode's UI state: whether the canvas acts on elements, which elements are selected, the
// copied elements (kept across session tabs, so they paste into another session's room), the guide
// lines of a drag, and whether drags snap. Nothing here is ever undoable.
import { create } from 'zustand';
import type { Guide } from '../../../shared/model/element-arrange';
import type { ElementClip } from '../../../shared/model/element-clipboard';
import { useZuoci } from '../../store/store';

export interface DesignState {
  /** 布置: the pointer acts on elements instead of seats. */
  active: boolean;
  selected: readonly string[];
  clipboard: ElementClip | null;
  guides: readonly Guide[];
  snap: boolean;
  setActive: (active: boolean) => void;
  select: (ids: readonly string[]) => void;
  setClipboard: (clip: ElementClip) => void;
  setGuides: (guides: readonly Guide[]) => void;
  setSnap: (snap: boolean) => void;
}

/** Grid step of a snapping drag, in cm. */
export const GRID_CM = 10;

export const useDesign = create<DesignState>()((set) => ({
  active: false,
  selected: [],
  clipboard: null,
  guides: [],
  snap: true,
  setActive: (active) => set(active ? { active } : { active, selected: [], guides: [] }),
  select: (selected) => {
    set({ selected });
    // One element selected: the property panel shows it (its real units, its rules).
    if (selected.length === 1) useZuoci.getState().selectZone(selected[0]!);
  },
  setClipboard: (clipboard) => set({ clipboard }),
  setGuides: (guides) => set({ guides }),
  setSnap: (snap) => set({ snap }),
}));

export const layoutActive = (): boolean => useDesign.getState().active;

/** The selected elements that still exist in the open session's room (an undo may have removed some). */
export function selectedElementIds(): string[] {
  const { selected } = useDesign.getState();
  if (!selected.length) return [];
  const ids = new Set(useZuoci.getState().project.venue.elements.map((e) => e.id));
  return selected.filter((id) => ids.has(id));
}

// Another session's tab shows another room: its elements are not the ones selected.
useZuoci.subscribe((state, prev) => {
  if (state.sessionId !== prev.sessionId && useDesign.getState().selected.length) useDesign.setState({ selected: [] });
});
