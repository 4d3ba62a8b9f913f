// The roster table's view state: which rows are picked, how they are sorted and filtered, whether
// the table is opened wide below the canvas. UI state, never part of the document or its undo.
import { create } from 'zustand';
import type { RosterColumnKey } from '../../i18n/roster10-messages';
import { useHandSeating } from '../../canvas/hand-seating-store';

export type RowStatus = 'present' | 'absent' | 'substituted' | 'not-attending';

export interface RosterFilters {
  /** 本场人员 (the open session's people, the default) or 全体名单 (the meeting's whole roster). */
  scope: 'session' | 'all';
  category: string | null;
  unit: string | null;
  status: RowStatus | null;
  unseatedOnly: boolean;
  /** Name, pinyin initials (wjg) or unit. */
  query: string;
}

export interface RosterSort {
  column: RosterColumnKey;
  descending: boolean;
}

export const NO_FILTERS: RosterFilters = { scope: 'session', category: null, unit: null, status: null, unseatedOnly: false, query: '' };

interface RosterView {
  expanded: boolean;
  selectedIds: readonly string[];
  /** The row Shift+click and the arrow keys extend from. */
  anchorId: string | null;
  /** The column Enter/F2 edits in the anchor row. */
  activeColumn: RosterColumnKey;
  sort: RosterSort | null;
  filters: RosterFilters;
  /** The cell open for typing, if any. */
  editing: { personId: string; column: RosterColumnKey } | null;
  setExpanded: (expanded: boolean) => void;
  select: (ids: readonly string[], anchorId: string | null) => void;
  setActiveColumn: (column: RosterColumnKey) => void;
  /** A header clicked: sort by it, or reverse when it already sorts. */
  sortBy: (column: RosterColumnKey) => void;
  setFilters: (change: Partial<RosterFilters>) => void;
  setEditing: (editing: { personId: string; column: RosterColumnKey } | null) => void;
}

export const useRosterView = create<RosterView>()((set, get) => ({
  expanded: false,
  selectedIds: [],
  anchorId: null,
  activeColumn: 'name',
  sort: null,
  filters: NO_FILTERS,
  editing: null,
  setExpanded: (expanded) => set({ expanded }),
  select: (selectedIds, anchorId) => set({ selectedIds, anchorId }),
  setActiveColumn: (activeColumn) => set({ activeColumn }),
  sortBy: (column) => {
    const { sort } = get();
    set({ sort: { column, descending: sort?.column === column ? !sort.descending : false } });
  },
  setFilters: (change) => set({ filters: { ...get().filters, ...change } }),
  setEditing: (editing) => set({ editing }),
}));

// A name clicked in the canvas's unseated list asks for that person's row: pick it, and the table
// scrolls its anchor row into view (the row may not be drawn yet in a windowed 10,000-row table).
useHandSeating.subscribe((state, previous) => {
  const focus = state.rosterFocus;
  if (focus && focus !== previous.rosterFocus) useRosterView.getState().select([focus.personId], focus.personId);
});
