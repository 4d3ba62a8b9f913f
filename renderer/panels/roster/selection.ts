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

/** Which rows to draw: the ones in view and a few either side. Short lists are drawn whole. */
export function rowWindow(count: number, scrollTop: number, viewHeight: number, rowHeight: number, overscan = 8, drawWholeUpTo = 200): { start: number; end: number } {
  if (count <= drawWholeUpTo) return { start: 0, end: count };
  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((scrollTop + Math.max(viewHeight, rowHeight)) / rowHeight) + overscan);
  return { start, end };
}
