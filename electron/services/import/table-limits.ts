// A table read from a file within IMPORT_LIMITS; the per-person document limits are shared
// (shared/roster/field-limits.ts) because the import dialog maps columns in the page.
import { IMPORT_LIMITS } from '../../../shared/model/limits';
import { applyFieldLimits as limitFields, columnLetter } from '../../../shared/roster/field-limits';
import { proposeMapping } from '../../../shared/roster/mapping';
import type { RosterImport } from '../../../shared/roster/people-from-table';
import { HostError } from '../host-error';

export { columnLetter };

export class TableLimitError extends HostError {}


export function checkTableSize(table: readonly (readonly unknown[])[]): void {
  // A few rows above the header (title, date) are normal; the people are what is limited.
  if (table.length > IMPORT_LIMITS.rows + 20) {
    throw new TableLimitError({ zh: `名单行数过多（${table.length} 行，上限 ${IMPORT_LIMITS.rows} 人）。请拆分后分别导入。`, en: `The roster has too many rows (${table.length}; the limit is ${IMPORT_LIMITS.rows} people). Split it and import the parts.` });
  }
  const widest = table.reduce((max, row) => Math.max(max, row.length), 0);
  if (widest > IMPORT_LIMITS.columns) throw new TableLimitError({ zh: `名单列数过多（${widest} 列，上限 ${IMPORT_LIMITS.columns}）。`, en: `The roster has too many columns (${widest}; the limit is ${IMPORT_LIMITS.columns}).` });
}

/** People who break a document limit are left out (the table's headers as recognised name the columns). */
export function applyFieldLimits(imported: RosterImport, table: readonly (readonly string[])[]): RosterImport {
  return limitFields(imported, proposeMapping(table).columns);
}
