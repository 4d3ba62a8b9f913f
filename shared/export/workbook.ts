// Which sheets an Excel export holds (the user ticks them), in a fixed order.
import type { Project } from '../model/schema';
import { seatGridSheet } from './seat-grid';
import type { SheetSpec } from './sheet';
import { seatIndexSheet, seatingListSheet, signInSheet } from './table-sheets';

export const excelSheetKinds = ['list', 'map', 'index', 'sign-in'] as const;
export type ExcelSheetKind = (typeof excelSheetKinds)[number];

const SHEETS: Record<ExcelSheetKind, (project: Project) => SheetSpec> = {
  list: seatingListSheet,
  map: seatGridSheet,
  index: seatIndexSheet,
  'sign-in': signInSheet,
};

export function workbookSheets(project: Project, kinds: readonly ExcelSheetKind[] = excelSheetKinds): SheetSpec[] {
  return excelSheetKinds.filter((kind) => kinds.includes(kind)).map((kind) => SHEETS[kind](project));
}
