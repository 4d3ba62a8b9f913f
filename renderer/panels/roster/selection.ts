// Picking rows as in a file manager: a click picks one, Ctrl (⌘) adds or removes one, Shift picks
// the run from the anchor to the clicked row in the order the table shows.
export interface RowPick {
  selectedIds: string[];
  anchorId: string | null;
}

export function pickRow(order: readonly string[], current: { selectedIds: readonly string[]; anchorId: string | null }, id: string, modifiers: { shift: boolean; toggle: boolean }): RowPick {
  if (modifiers.shift && current.anchorId !== null) {
    const from = order.indexOf(current.anchorId);
    const to = order.indexOf(id);
    if (from !== -1 && to !== -1) {
      const run = order.slice(Math.min(from, to), Math.max(from, to) + 1);
      const kept = modifiers.toggle ? current.selectedIds.filter((other) => !run.includes(other)) : [];
      return { selectedIds: [...kept, ...run], anchorId: current.anchorId };
    }
  }
  if (modifiers.toggle) {
    const selected = current.selectedIds.includes(id);
    return { selectedIds: selected ? current.selectedIds.filter((other) => other !== id) : [...current.selectedIds, id], anchorId: id };
  }
  return { selectedIds: [id], anchorId: id };
}

/** The selected ids in the table's order (a multi-row drag fills seats in that order). */
export const inTableOrder = (order: readonly string[], selectedIds: readonly string[]): string[] => {
  const selected = new Set(selectedIds);
  return order.filter((id) => selected.has(id));
};

export interface RowRange {
  start: number;
  end: number;
}

/** Short lists are drawn whole: no blank flash, and the browser's find-in-page sees every row. */
export const DRAW_WHOLE_UP_TO = 200;
/** Rows drawn beyond the view on each side, and how close the view may come to their end. */
const OVERSCAN = 20;
const MARGIN = 4;

/**
 * Which rows to draw for this scroll position. The range only moves when the view comes within a
 * few rows of its end, so most scrolled frames change no DOM and the browser just moves pixels.
 * Returns `current` itself when it still serves.
 */
export function rowWindow(current: RowRange | null, count: number, scrollTop: number, viewHeight: number, rowHeight: number): RowRange {
  if (count <= DRAW_WHOLE_UP_TO) return current && current.start === 0 && current.end === count ? current : { start: 0, end: count };
  const first = Math.max(0, Math.min(count, Math.floor(scrollTop / rowHeight)));
  const last = Math.max(first, Math.min(count, Math.ceil((scrollTop + Math.max(viewHeight, rowHeight)) / rowHeight)));
  if (current && current.end <= count && (current.start === 0 || first - MARGIN >= current.start) && (current.end === count || last + MARGIN <= current.end) && first >= current.start && last <= current.end) return current;
  return { start: Math.max(0, first - OVERSCAN), end: Math.min(count, last + OVERSCAN) };
}
