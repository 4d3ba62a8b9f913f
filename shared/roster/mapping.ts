// The import dialog's column mapping (issue 10 item 2): which column of the table is which field
// of a person. Proposed from the header row (columns.ts), changed by the user per column; a table
// without a recognisable header (a paste of bare rows) is read in the roster table's own order.
import { normalizeHeader } from '../names/normalize';
import { fieldForHeader, findHeaderRow, type RosterField } from './columns';

export type Table = readonly (readonly string[])[];

export interface ColumnMapping {
  /** The header row's index in the table; -1 when the table has none (every row is a person). */
  readonly headerRow: number;
  /** For each column, the field it fills, or null to leave it out. */
  readonly columns: readonly (RosterField | null)[];
}

/** A bare table's columns, in the roster table's order (序号 aside): 姓名 单位 职务 排序号 类别 … */
export const BARE_TABLE_ORDER: readonly RosterField[] = ['name', 'unit', 'title', 'rank', 'category', 'gender', 'ethnicity', 'seatZone', 'group', 'note'];

const widthOf = (table: Table): number => table.reduce((max, row) => Math.max(max, row.length), 0);

/** The mapping the dialog starts from: recognised headers, each field used once (the first column wins). */
export function proposeMapping(table: Table, headerRow = findHeaderRow(table)): ColumnMapping {
  const width = widthOf(table);
  if (headerRow < 0) return { headerRow: -1, columns: Array.from({ length: width }, (_, i) => BARE_TABLE_ORDER[i] ?? null) };
  const used = new Set<RosterField>();
  const columns = Array.from({ length: width }, (_, i) => {
    const field = fieldForHeader(table[headerRow]![i] ?? '');
    if (!field || used.has(field)) return null;
    used.add(field);
    return field;
  });
  return { headerRow, columns };
}

/** The user picked `field` for `column`: any other column that had it gives it up (one column per field). */
export function setColumnField(mapping: ColumnMapping, column: number, field: RosterField | null): ColumnMapping {
  return { ...mapping, columns: mapping.columns.map((old, i) => (i === column ? field : old === field ? null : old)) };
}

/** The header cell shown above a column: the file's own, or 第N列 for a bare table. */
export function headerText(table: Table, mapping: ColumnMapping, column: number): string {
  return mapping.headerRow >= 0 ? (table[mapping.headerRow]![column] ?? '').trim() : '';
}

/** Does a pasted first row read as a header (it names 姓名, or most of its cells are known headers)? */
export function looksLikeHeader(row: readonly string[]): boolean {
  const filled = row.filter((cell) => normalizeHeader(cell) !== '');
  const known = filled.filter((cell) => fieldForHeader(cell));
  return known.some((cell) => fieldForHeader(cell) === 'name') || (filled.length > 0 && known.length * 2 > filled.length);
}

/** Where the 主席台 marks are: a 座区/位置 column, else 主席台 written in 备注. */
export interface RostrumMarks {
  readonly source: 'zone-column' | 'note';
  readonly column: number;
  /** People marked for the rostrum. */
  readonly count: number;
}

const ROSTRUM = '主席台';
/** 座区 / 位置 cells: 主席台, 台上 or 主席台第一排 all mean the rostrum; 台下, 主桌… stay as written. */
export function zoneFromCell(cell: string): string {
  const text = normalizeHeader(cell);
  return text.includes(ROSTRUM) || text === '台上' ? ROSTRUM : text;
}

export function findRostrumMarks(table: Table, mapping: ColumnMapping): RostrumMarks | null {
  const rows = table.slice(mapping.headerRow + 1);
  const count = (column: number, isRostrum: (cell: string) => boolean) =>
    rows.filter((row) => isRostrum(row[column] ?? '')).length;
  const zone = mapping.columns.indexOf('seatZone');
  if (zone >= 0) return { source: 'zone-column', column: zone, count: count(zone, (cell) => zoneFromCell(cell) === ROSTRUM) };
  const note = mapping.columns.indexOf('note');
  if (note < 0) return null;
  const marked = count(note, (cell) => cell.includes(ROSTRUM));
  return marked > 0 ? { source: 'note', column: note, count: marked } : null;
}
