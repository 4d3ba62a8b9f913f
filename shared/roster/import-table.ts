// A table and the mapping the user confirmed, to people within the document's limits, and the
// first rows as the dialog previews them: each row's person (or none) and its faults.
import { applyFieldLimits } from './field-limits';
import type { ColumnMapping, Table } from './mapping';
import { peopleFromMapping, type MappingOptions, type RosterImport, type RosterProblem } from './people-from-table';
import type { Person } from '../model/schema';

export function rosterFromTable(table: Table, mapping: ColumnMapping, options: MappingOptions = {}): RosterImport {
  return applyFieldLimits(peopleFromMapping(table, mapping, options), mapping.columns);
}

export interface PreviewRow {
  /** The row as Excel numbers it (1-based). */
  readonly row: number;
  /** The person it makes; null when the row is not imported. */
  readonly person: Person | null;
  /** The name cell as written, for rows that make nobody. */
  readonly cells: readonly string[];
  readonly problems: readonly RosterProblem[];
}

/** The first `limit` non-blank rows below the header, as they will import. */
export function previewRows(table: Table, mapping: ColumnMapping, imported: RosterImport, limit: number): PreviewRow[] {
  const personAt = new Map(imported.tableRows.map((index, i) => [index, imported.people[i]!]));
  const problemsAt = new Map<number, RosterProblem[]>();
  for (const problem of imported.problems) problemsAt.set(problem.row ?? 0, [...(problemsAt.get(problem.row ?? 0) ?? []), problem]);
  const rows: PreviewRow[] = [];
  for (let index = mapping.headerRow + 1; index < table.length && rows.length < limit; index++) {
    const cells = table[index]!;
    if (cells.every((cell) => cell.trim() === '')) continue;
    rows.push({ row: index + 1, person: personAt.get(index) ?? null, cells, problems: problemsAt.get(index + 1) ?? [] });
  }
  return rows;
}
