// The mapping step: a select per column (proposed from the headers), the rostrum question when
// the roster marks people for 主席台, and the first rows as they will import with each row's faults.
import { useMemo } from 'react';
import { ROSTER_FIELDS, type RosterField } from '../../../shared/roster/columns';
import { columnLetter } from '../../../shared/roster/field-limits';
import { previewRows } from '../../../shared/roster/import-table';
import { findRostrumMarks, headerText, setColumnField } from '../../../shared/roster/mapping';
import type { Person } from '../../../shared/model/schema';
import { useMessages } from '../../i18n/useMessages';
import { useZuoci } from '../../store/store';
import { importedFrom } from './import-flow';
import type { ImportSession } from './import-state';
import { useImport } from './import-state';

const PREVIEW_ROWS = 20;
/** A list a person can read; the notice after importing lists every one. */
const MAX_LISTED = 500;

/** What a preview cell shows for an imported person: the value as it will be kept. */
function personValue(person: Person, field: RosterField, raw: string): string {
  switch (field) {
    case 'rank': return person.rank === null ? '' : String(person.rank);
    case 'agenda': return person.agendaItems?.join(',') ?? '';
    case 'role': return person.role ?? '';
    case 'group': return person.group ?? '';
    case 'externalId': return person.externalId ?? '';
    case 'status': case 'substituteFor': case 'serial': return raw.trim();
    default: return String(person[field] ?? '');
  }
}

export function MappingStep({ session }: { session: ImportSession }) {
  const messages = useMessages();
  const words = messages.importDialog;
  const english = useZuoci((state) => state.language === 'en');
  const update = useImport((state) => state.update);
  const { table, mapping } = session;
  const imported = useMemo(() => importedFrom(session), [session]);
  const marks = useMemo(() => findRostrumMarks(table, mapping), [table, mapping]);
  const rows = useMemo(() => previewRows(table, mapping, imported, PREVIEW_ROWS), [table, mapping, imported]);
  const totalRows = useMemo(() => table.slice(mapping.headerRow + 1).filter((row) => row.some((cell) => cell.trim() !== '')).length, [table, mapping.headerRow]);
  const shownFields = mapping.columns.map((field, column) => ({ field, column })).filter((c): c is { field: RosterField; column: number } => c.field !== null && c.field !== 'serial');
  // 主席台 from 备注 becomes a 座区 the file has no column for: show it as its own column.
  const zoneFromNote = session.useRostrumMarks && marks?.source === 'note';
  const errors = imported.problems.filter((p) => p.severity === 'error').length;
  const warnings = imported.problems.length - errors;
  const say = (problem: { message: string; en?: string }) => (english ? problem.en ?? problem.message : problem.message);
  // A column the user has just made 座区 (or the marks moving elsewhere) asks afresh, ticked.
  const remap = (column: number, field: RosterField | null) => {
    const next = setColumnField(mapping, column, field);
    const found = findRostrumMarks(table, next);
    const moved = found?.source !== marks?.source || found?.column !== marks?.column;
    update(moved ? { mapping: next, useRostrumMarks: found !== null } : { mapping: next });
  };
  const examples = (column: number) => table.slice(mapping.headerRow + 1).map((row) => row[column]?.trim() ?? '').filter(Boolean).slice(0, 2).join(words.listSeparator);

  return (
    <div className="import-mapping">
      <section>
        <h3>{words.columnsHeading}</h3>
        {mapping.headerRow < 0 && <p className="import-hint">{words.noHeader}</p>}
        <div className="import-columns">
          {mapping.columns.map((field, column) => (
            <label key={column} className="import-column">
              <span className="import-column-name">{headerText(table, mapping, column) || words.column(columnLetter(column))}</span>
              <select data-column={column} value={field ?? ''} onChange={(event) => remap(column, (event.target.value || null) as RosterField | null)}>
                <option value="">{words.ignore}</option>
                {ROSTER_FIELDS.map((f) => <option key={f} value={f}>{words.fields[f]}</option>)}
              </select>
              <span className="import-examples" title={words.examples}>{examples(column)}</span>
            </label>
          ))}
        </div>
      </section>
      {marks && (
        <section className="import-rostrum">
          <label>
            <input type="checkbox" data-import="rostrum" data-source={marks.source} checked={session.useRostrumMarks} onChange={(event) => update({ useRostrumMarks: event.target.checked })} />
            {marks.source === 'note' ? words.rostrumNote(marks.count) : words.rostrumZone(marks.count)}
          </label>
          <span className="import-hint">{words.rostrumHint}</span>
        </section>
      )}
      <p className="import-summary" data-import="summary">{words.summary(imported.people.length, errors, warnings)}</p>
      <section>
        <h3>{words.previewHeading(rows.length, totalRows)}</h3>
        <div className="import-preview-scroll">
          <table className="import-preview" data-import="preview">
            <thead>
              <tr>
                <th>{words.row}</th>
                {shownFields.map(({ field, column }) => <th key={column}>{words.fields[field]}</th>)}
                {zoneFromNote && <th>{words.fields.seatZone}</th>}
                <th>{words.problems}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.row} data-row={row.row} className={row.person ? '' : 'import-rejected'}>
                  <td>{row.row}</td>
                  {shownFields.map(({ field, column }) => (
                    <td key={column}>
                      {row.person ? personValue(row.person, field, row.cells[column] ?? '') : row.cells[column] ?? ''}
                      {field === 'name' && row.person?.originalName && <div className="import-original">{words.original(row.person.originalName)}</div>}
                    </td>
                  ))}
                  {zoneFromNote && <td>{row.person?.seatZone ?? ''}</td>}
                  <td className="import-row-problems">
                    {!row.person && <strong>{words.notImported} </strong>}
                    {row.problems.map((p, i) => <div key={i} className={`import-problem-${p.severity}`}>{english ? '' : `${p.field}：`}{say(p)}</div>)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {imported.problems.length > 0 && (
        <details className="import-all-problems" open={imported.problems.length <= 30}>
          <summary>{words.allProblems(imported.problems.length)}</summary>
          <ul data-import="problems">
            {imported.problems.slice(0, MAX_LISTED).map((p, i) => <li key={i} data-problem-row={p.row} className={`import-problem-${p.severity}`}>{say(p)}</li>)}
          </ul>
          {imported.problems.length > MAX_LISTED && <p className="import-hint">{words.moreProblems(imported.problems.length - MAX_LISTED)}</p>}
        </details>
      )}
    </div>
  );
}
