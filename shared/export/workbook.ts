// Which sheets an Excel export holds (the user ticks them), in a fixed order.
import type { Project } from '../model/schema';
import { seatGridSheet } from './seat-grid';
import type { SheetSpec } from './sheet';
import { seatIndexSheet, seatingListSheet, signInSheet } from './table-sheets';

import { excelSheetKinds, type ExcelSheetKind } from './sheet-kinds';

export { excelSheetKinds, type ExcelSheetKind };

const SHEETS: Record<ExcelSheetKind, (project: Project) => SheetSpec> = {
  list: seatingListSheet,
  map: seatGridSheet,
  index: seatIndexSheet,
  'sign-in': signInSheet,
};

export function workbookSheets(project: Project, kinds: readonly ExcelSheetKind[] = excelSheetKinds): SheetSpec[] {
  return excelSheetKinds.filter((kind) => kinds.includes(kind)).map((kind) => SHEETS[kind](project));
}
