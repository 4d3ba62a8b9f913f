// Cells copied from Excel or WPS arrive as text: rows by line breaks, cells by tabs, and a cell
// holding a line break or a tab quoted ("a""b" for a quote inside). This reads that text back into
// a table for the same column-mapping dialog a file goes through.
import { looksLikeHeader, type ColumnMapping, BARE_TABLE_ORDER, proposeMapping } from './mapping';

/** Excel's clipboard text to rows of cells; the trailing line break Excel adds makes no empty row. */
export function parseTabbedText(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && cell === '') {
      // A quoted cell: up to the closing quote ("" is a quote inside).
      let j = i + 1;
      let quoted = '';
      for (; j < text.length; j++) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            quoted += '"';
            j++;
          } else break;
        } else quoted += text[j];
      }
      // Only a real quoted cell ends at a tab, a line break or the end; otherwise the quote is text.
      const after = text[j + 1];
      if (j < text.length && (after === undefined || after === '\t' || after === '\n' || after === '\r')) {
        cell = quoted;
        i = j + 1;
        continue;
      }
    }
    if (ch === '\t') endCell();
    else if (ch === '\r' || ch === '\n') {
      endRow();
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else cell += ch;
    i++;
  }
  if (cell !== '' || row.length) endRow();
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

/** Does the text look like cells from a spreadsheet (tabs or several lines), not a word? */
export function looksLikeCells(text: string): boolean {
  return text.includes('\t') || text.trim().includes('\n');
}

/**
 * The mapping a paste starts from: its first row as headers when it reads as headers, else the
 * roster table's column order (姓名 单位 职务 排序号 类别 …).
 */
export function proposePasteMapping(table: readonly (readonly string[])[]): ColumnMapping {
  if (table[0] && looksLikeHeader(table[0])) return proposeMapping(table, 0);
  const width = table.reduce((max, row) => Math.max(max, row.length), 0);
  return { headerRow: -1, columns: Array.from({ length: width }, (_, i) => BARE_TABLE_ORDER[i] ?? null) };
}
