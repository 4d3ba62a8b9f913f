// A worksheet as plain data: what the Excel writer (electron/services/export) draws, and what tests
// read without opening a file. Rows and columns are 0-based here; the writer adds one.
export type BorderWeight = 'thin' | 'medium';
export type Side = 'top' | 'left' | 'bottom' | 'right';

export interface CellSpec {
  value: string | number;
  bold?: boolean;
  /** Font size in points; the writer's default when absent. */
  size?: number;
  /** Background, '#rrggbb'. */
  fill?: string;
  align?: 'left' | 'center';
  border?: Partial<Record<Side, BorderWeight>>;
}

export interface Merge { row: number; col: number; rows: number; cols: number }

export interface SheetSpec {
  /** The tab's name: at most 31 characters, none of : \ / ? * [ ]. */
  name: string;
  /** Sparse rows of cells; a missing cell is blank. */
  rows: (CellSpec | undefined)[][];
  merges: Merge[];
  /** Column widths in Excel's character units. */
  columnWidths: number[];
  landscape: boolean;
  /** Every row's height in points (the sign-in sheet leaves room to sign); Excel's default when absent. */
  rowHeight?: number;
  /** Header rows kept in view when scrolling and repeated on every printed page. */
  headerRows?: number;
}

const HEAVIER: Record<BorderWeight, number> = { thin: 1, medium: 2 };

/** Writes a cell, keeping the heavier border of what was there and what is added. */
export function putCell(rows: (CellSpec | undefined)[][], row: number, col: number, cell: CellSpec): void {
  const line = (rows[row] ??= []);
  const before = line[col];
  const border = { ...before?.border };
  for (const [side, weight] of Object.entries(cell.border ?? {}) as [Side, BorderWeight][]) {
    const had = border[side];
    if (!had || HEAVIER[weight] > HEAVIER[had]) border[side] = weight;
  }
  line[col] = { ...before, ...cell, ...(Object.keys(border).length ? { border } : {}) };
}

/** A medium outline round a rectangle of cells (an aisle block, the rostrum, a table). */
export function outline(rows: (CellSpec | undefined)[][], top: number, left: number, height: number, width: number): void {
  for (let c = left; c < left + width; c++) {
    putCell(rows, top, c, { value: rows[top]?.[c]?.value ?? '', border: { top: 'medium' } });
    putCell(rows, top + height - 1, c, { value: rows[top + height - 1]?.[c]?.value ?? '', border: { bottom: 'medium' } });
  }
  for (let r = top; r < top + height; r++) {
    putCell(rows, r, left, { value: rows[r]?.[left]?.value ?? '', border: { left: 'medium' } });
    putCell(rows, r, left + width - 1, { value: rows[r]?.[left + width - 1]?.value ?? '', border: { right: 'medium' } });
  }
}

export const ALL_THIN: CellSpec['border'] = { top: 'thin', left: 'thin', bottom: 'thin', right: 'thin' };
