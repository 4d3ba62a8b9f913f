// The sheets an Excel export can hold, in the workbook's order; its own file so the Platform
// contract and the renderer can name them without loading the sheet layouts.
export const excelSheetKinds = ['list', 'map', 'index', 'sign-in'] as const;
export type ExcelSheetKind = (typeof excelSheetKinds)[number];
