// Writes the export's sheets as .xlsx with exceljs. Every string is written as a text cell with
// the Text number format (@): a name such as "=HYPERLINK(…)" or "-1" stays text when opened and
// when someone edits the cell later, without a visible apostrophe spoiling the name.
import ExcelJS from 'exceljs';
import type { Project } from '../../../shared/model/schema';
import type { BorderWeight, CellSpec, SheetSpec } from '../../../shared/export/sheet';
import { workbookSheets, type ExcelSheetKind } from '../../../shared/export/workbook';

const FONT = '宋体';
const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

function styleCell(cell: ExcelJS.Cell, spec: CellSpec): void {
  cell.value = spec.value;
  if (typeof spec.value === 'string') cell.numFmt = '@';
  cell.font = { name: FONT, size: spec.size ?? 11, bold: spec.bold ?? false };
  cell.alignment = { horizontal: spec.align ?? 'left', vertical: 'middle', wrapText: true };
  if (spec.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(spec.fill) } };
  if (spec.border) {
    const side = (weight: BorderWeight | undefined) => (weight ? { style: weight, color: { argb: 'FF000000' } } : undefined);
    cell.border = Object.fromEntries(Object.entries(spec.border).map(([name, weight]) => [name, side(weight)]));
  }
}

function addSheet(book: ExcelJS.Workbook, sheet: SheetSpec): void {
  const header = sheet.headerRows ?? 0;
  const ws = book.addWorksheet(sheet.name, {
    pageSetup: {
      paperSize: 9, orientation: sheet.landscape ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      horizontalCentered: true, ...(header ? { printTitlesRow: `1:${header}` } : {}),
    },
    ...(header ? { views: [{ state: 'frozen' as const, ySplit: header }] } : {}),
  });
  sheet.columnWidths.forEach((width, i) => { ws.getColumn(i + 1).width = width; });
  sheet.rows.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    if (sheet.rowHeight && r >= header) row.height = sheet.rowHeight;
    cells.forEach((spec, c) => { if (spec) styleCell(row.getCell(c + 1), spec); });
  });
  for (const m of sheet.merges) {
    if (m.rows > 1 || m.cols > 1) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  }
}

export async function xlsxFromSheets(sheets: readonly SheetSpec[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Zuoci 座次';
  // A fixed date: the same document exports the same file (nothing depends on the clock).
  book.created = book.modified = new Date(0);
  for (const sheet of sheets) addSheet(book, sheet);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export function exportXlsx(project: Project, kinds?: readonly ExcelSheetKind[]): Promise<Buffer> {
  return xlsxFromSheets(workbookSheets(project, kinds));
}
