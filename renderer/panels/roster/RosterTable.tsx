// The roster as a working table (名单表): headed columns, sorted by a header click, rows drawn only
// where the list is scrolled to (a 10,000-person roster scrolls like a 50-person one), edited in
// place, picked like files, dragged onto the canvas. Picking a row finds the person's seat.
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { explainPlacementIn } from '../../../shared/arrange/explain';
import { seatCode } from '../../../shared/i18n/place-names';
import { parseField, parseGroupNames, setPersonGroups, updatePerson } from '../../../shared/model/roster-edits';
import { centreOnSeat } from '../../canvas/view-commands';
import type { RosterColumnKey } from '../../i18n/roster10-messages';
import { pickText, useLanguage } from '../../i18n/shared-text';
import { useMessages } from '../../i18n/useMessages';
import { useZuoci } from '../../store/store';
import { CellEditor } from './CellEditor';
import { rowsAsTsv } from './copy-rows';
import { COLUMN_WIDTH, COMPACT_WIDTH, editableColumn, editableField, ROW_HEIGHT } from './columns';
import { setPersonDrag } from './drag-rows';
import type { RosterRow } from './rows';
import { useRosterView } from './roster-view';
import { inTableOrder, pickRow, rowWindow, type RowRange } from './selection';
import { StatusCell } from './StatusCell';
import { freshSeat } from './use-roster-rows';
import './roster.css';

interface Props {
  rows: readonly RosterRow[];
  columns: readonly RosterColumnKey[];
  wide: boolean;
}

/** Select the rows' seats on the canvas and bring the clicked person's into view. */
function showSeats(rows: readonly RosterRow[], ids: readonly string[], focusId: string | null): void {
  const picked = new Set(ids);
  const seatIds = rows.filter((row) => picked.has(row.person.id) && row.seat).map((row) => row.seat!.seat.id);
  useZuoci.getState().selectSeats(seatIds);
  const focused = rows.find((row) => row.person.id === focusId)?.seat;
  if (focused) centreOnSeat(focused.seat.id);
}

export function RosterTable({ rows, columns, wide }: Props) {
  const messages = useMessages();
  const t = messages.rosterTable;
  const language = useLanguage();
  const commitMeeting = useZuoci((state) => state.commitMeeting);
  const { selectedIds, anchorId, activeColumn, sort, editing } = useRosterView();
  const view = useRosterView.getState;
  const scroller = useRef<HTMLDivElement>(null);
  const [range, setRange] = useState<RowRange | null>(null);
  const [viewHeight, setViewHeight] = useState(400);
  const [draft, setDraft] = useState('');
  const [editError, setEditError] = useState<string | null>(null);
  const editingRef = useRef(editing);
  editingRef.current = editing;

  const order = useMemo(() => rows.map((row) => row.person.id), [rows]);
  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);
  // The rows to draw: kept while they cover the view (a scroll mostly changes no DOM), moved when
  // the view nears their end, and recomputed when the list or the view's height changes.
  const scrollTop = scroller.current?.scrollTop ?? 0;
  const { start, end } = rowWindow(range, rows.length, scrollTop, viewHeight, ROW_HEIGHT);
  const onScroll = () => {
    const element = scroller.current!;
    setRange((current) => rowWindow(current, latest.current.rows.length, element.scrollTop, element.clientHeight, ROW_HEIGHT));
  };
  const widths = wide ? COLUMN_WIDTH : COMPACT_WIDTH;

  useLayoutEffect(() => {
    const element = scroller.current!;
    const observer = new ResizeObserver(([entry]) => entry && setViewHeight(entry.contentRect.height));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // The anchor row (clicked, reached with the arrows, just added) is scrolled into view.
  useEffect(() => {
    const element = scroller.current;
    const index = anchorId ? order.indexOf(anchorId) : -1;
    if (!element || index === -1) return;
    const top = index * ROW_HEIGHT;
    const header = (element.querySelector('thead') as HTMLElement | null)?.offsetHeight ?? ROW_HEIGHT;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + ROW_HEIGHT > element.scrollTop + element.clientHeight - header) element.scrollTop = top + ROW_HEIGHT - element.clientHeight + header;
  }, [anchorId, order]);

  // A cell opened for editing starts from its current value (read once, when it opens).
  useEffect(() => {
    if (!editing) return;
    const row = rows.find((r) => r.person.id === editing.personId);
    const field = editableField(editing.column);
    setDraft(!row ? '' : field ? String(row.person[field] ?? '') : editing.column === 'groups' ? row.groups : '');
    setEditError(null);
  }, [editing]);

  // The cell being edited left the list (its person deleted, or the add undone): nothing is open.
  useEffect(() => {
    if (editing && !rows.some((row) => row.person.id === editing.personId)) view().setEditing(null);
  }, [editing, rows, view]);

  /** Enter (keep) or Escape; `byKey` gives the keyboard back to the table, a click elsewhere keeps it there. */
  const finishEditing = useCallback((keep: boolean, byKey = true) => {
    const current = editingRef.current;
    if (!current) return;
    const field = editableField(current.column);
    if (keep && field) {
      const parsed = parseField(field, draft);
      if (!parsed.ok) return setEditError(pickText(parsed.error, language));
      commitMeeting((meeting) => updatePerson(meeting, current.personId, field, parsed.value));
    } else if (keep && current.column === 'groups') {
      const parsed = parseGroupNames(draft);
      if (!parsed.ok) return setEditError(pickText(parsed.error, language));
      commitMeeting((meeting) => setPersonGroups(meeting, current.personId, parsed.value));
    }
    editingRef.current = null;
    view().setEditing(null);
    setEditError(null);
    if (byKey) scroller.current?.focus({ preventScroll: true });
  }, [draft, language, commitMeeting, view]);

  // The rows' handlers read the latest rows through a ref, so they never change and a scroll
  // redraws only the rows that come into view (RowView is memoised).
  const latest = useRef({ order, rows, selected, selectedIds });
  latest.current = { order, rows, selected, selectedIds };

  const startEditing = useCallback((personId: string, column: RosterColumnKey) => {
    if (editableColumn(column)) view().setEditing({ personId, column });
  }, [view]);

  const onRowClick = useCallback((event: React.MouseEvent, id: string) => {
    const cell = (event.target as Element).closest<HTMLElement>('td[data-col]');
    if ((event.target as Element).closest('input, button, label')) return;
    if (cell) view().setActiveColumn(cell.dataset.col as RosterColumnKey);
    const pick = pickRow(latest.current.order, view(), id, { shift: event.shiftKey, toggle: event.ctrlKey || event.metaKey });
    view().select(pick.selectedIds, pick.anchorId);
    showSeats(latest.current.rows, pick.selectedIds, id);
  }, [view]);

  const onDragStart = useCallback((event: React.DragEvent, id: string) => {
    const { selected, selectedIds, order } = latest.current;
    const ids = selected.has(id) && selectedIds.length > 1 ? inTableOrder(order, selectedIds) : [id];
    setPersonDrag(event.dataTransfer, ids);
  }, []);

  // Ctrl+C on picked rows copies them as a table (text being edited copies as text).
  const onCopy = (event: React.ClipboardEvent) => {
    if (editingRef.current || event.target !== scroller.current || selectedIds.length === 0) return;
    event.preventDefault();
    const picked = rows.filter((row) => selected.has(row.person.id));
    event.clipboardData.setData('text/plain', rowsAsTsv(picked, columns, t, messages.unseated, language));
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (editingRef.current || event.target !== scroller.current) return;
    const index = anchorId ? order.indexOf(anchorId) : -1;
    const columnIndex = columns.indexOf(activeColumn);
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && order.length) {
      event.preventDefault();
      const next = order[Math.max(0, Math.min(order.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)))]!;
      const pick = pickRow(order, view(), next, { shift: event.shiftKey, toggle: false });
      view().select(pick.selectedIds, event.shiftKey ? pick.anchorId : next);
      showSeats(rows, pick.selectedIds, next);
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      const next = columns[Math.max(0, Math.min(columns.length - 1, (columnIndex === -1 ? 0 : columnIndex) + (event.key === 'ArrowRight' ? 1 : -1)))];
      if (next) view().setActiveColumn(next);
    } else if ((event.key === 'Enter' || event.key === 'F2') && anchorId) {
      event.preventDefault();
      startEditing(anchorId, columns.includes(activeColumn) ? activeColumn : 'name');
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      // Ctrl+A in the table picks every row shown, not every seat on the canvas.
      event.preventDefault();
      view().select(order, order[0] ?? null);
    }
  };

  return (
    <div
      ref={scroller}
      className={`roster-table${wide ? ' wide' : ''}`}
      data-roster-table
      data-testid="roster-table"
      tabIndex={0}
      aria-label={t.table}
      title={t.editHint}
      onScroll={onScroll}
      onKeyDown={onKeyDown}
      onCopy={onCopy}
    >
      <table>
        <colgroup>
          {columns.map((column) => <col key={column} style={widths[column] ? { width: widths[column] } : undefined} />)}
        </colgroup>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column}
                data-col={column}
                aria-sort={sort?.column === column ? (sort.descending ? 'descending' : 'ascending') : undefined}
                title={t.sortBy(t.columns[column])}
                onClick={() => view().sortBy(column)}
              >
                {t.columns[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {start > 0 && <tr className="spacer" style={{ height: start * ROW_HEIGHT }} />}
          {rows.slice(start, end).map((row) => (
            <RowView
              key={row.person.id}
              row={row}
              columns={columns}
              selected={selected.has(row.person.id)}
              activeColumn={row.person.id === anchorId ? activeColumn : null}
              editingColumn={editing?.personId === row.person.id ? editing.column : null}
              editor={editing?.personId === row.person.id ? { draft, error: editError, onDraft: setDraft, onCommit: () => finishEditing(true), onBlur: () => finishEditing(true, false), onCancel: () => finishEditing(false) } : null}
              language={language}
              onClick={onRowClick}
              onDoubleClick={startEditing}
              onDragStart={onDragStart}
            />
          ))}
          {end < rows.length && <tr className="spacer" style={{ height: (rows.length - end) * ROW_HEIGHT }} />}
        </tbody>
      </table>
      {rows.length === 0 && <p className="empty">{t.emptyFilter}</p>}
    </div>
  );
}

interface RowProps {
  row: RosterRow;
  columns: readonly RosterColumnKey[];
  selected: boolean;
  activeColumn: RosterColumnKey | null;
  editingColumn: RosterColumnKey | null;
  editor: { draft: string; error: string | null; onDraft: (text: string) => void; onCommit: () => void; onBlur: () => void; onCancel: () => void } | null;
  language: ReturnType<typeof useLanguage>;
  onClick: (event: React.MouseEvent, id: string) => void;
  onDoubleClick: (id: string, column: RosterColumnKey) => void;
  onDragStart: (event: React.DragEvent, id: string) => void;
}

/** One row; redrawn only when its person, seat, status or selection changes (or it is being edited). */
const RowView = memo(function RowView({ row, columns, selected, activeColumn, editingColumn, editor, language, onClick, onDoubleClick, onDragStart }: RowProps) {
  const messages = useMessages();
  const t = messages.rosterTable;
  const { person } = row;
  const classes = [selected && 'selected', row.status !== 'present' && row.status !== 'not-attending' && 'is-absent', row.status === 'not-attending' && 'not-here'].filter(Boolean).join(' ');
  return (
    <tr
      data-person={person.name}
      data-person-id={person.id}
      aria-selected={selected}
      className={classes || undefined}
      style={{ height: ROW_HEIGHT }}
      // Explained when the pointer reaches the row, not for every row on every change.
      onMouseEnter={(event) => {
        const project = useZuoci.getState().project;
        const planPerson = row.seat && project.people.find((p) => p.id === person.id);
        // The seat as the room is now: the row's may be from before a block was moved (seatsOf).
        const seat = row.seat && freshSeat(project.venue, row.seat.seat.id);
        event.currentTarget.title = seat && planPerson ? pickText(explainPlacementIn(project, seat, planPerson), language) : messages.dragHint;
      }}
      draggable={editingColumn === null}
      onDragStart={(event) => onDragStart(event, person.id)}
      onClick={(event) => onClick(event, person.id)}
      onDoubleClick={(event) => {
        const cell = (event.target as Element).closest<HTMLElement>('td[data-col]');
        if (cell && !(event.target as Element).closest('input, button, label')) onDoubleClick(person.id, cell.dataset.col as RosterColumnKey);
      }}
    >
      {columns.map((column) => (
        <td key={column} data-col={column} className={`${column}${activeColumn === column ? ' active' : ''}`} onMouseEnter={(event) => showCutText(event.currentTarget, row, column, language)}>
          {editingColumn === column && editor ? (
            <CellEditor {...editor} label={t.columns[column]} />
          ) : (
            <CellContent row={row} column={column} language={language} />
          )}
        </td>
      ))}
    </tr>
  );
});

/**
 * A cell cut short by the column's width (区委书记…) shows its whole text as a tooltip, read when
 * the pointer arrives (not measured for every row). Cells shown whole keep no title of their own,
 * so the row's explanation still shows there.
 */
function showCutText(cell: HTMLElement, row: RosterRow, column: RosterColumnKey, language: ReturnType<typeof useLanguage>): void {
  const text = cellText(row, column, language);
  if (text && cell.scrollWidth > cell.clientWidth) cell.title = text;
  else cell.removeAttribute('title');
}

/** The whole text of a cell that can be cut; null for cells that are controls or always short. */
export function cellText(row: RosterRow, column: RosterColumnKey, language: ReturnType<typeof useLanguage>): string | null {
  switch (column) {
    case 'order': case 'rank': case 'status': return null;
    case 'groups': return row.groups || null;
    case 'seat': return row.seat ? seatCode(row.seat.seat, language) : null;
    default: return row.person[column] || null;
  }
}

function CellContent({ row, column, language }: { row: RosterRow; column: RosterColumnKey; language: ReturnType<typeof useLanguage> }) {
  const messages = useMessages();
  const t = messages.rosterTable;
  const { person } = row;
  switch (column) {
    case 'order':
      return <>{row.order}</>;
    case 'name':
      return (
        <>
          {person.name}
          {row.namesakes.length > 0 && (
            <span className="namesake" data-testid="namesake" title={t.namesakeOf(row.namesakes.map((other) => t.namesakeOther(other.name, other.unit)).join('、'))}>{t.namesake}</span>
          )}
        </>
      );
    case 'rank':
      return <>{person.rank ?? ''}</>;
    case 'groups':
      return <span title={row.groups}>{row.groups}</span>;
    case 'status':
      return <StatusCell row={row} />;
    case 'seat':
      if (row.status === 'not-attending') return <span className="muted">{t.notInSession}</span>;
      return row.seat ? <>{seatCode(row.seat.seat, language)}</> : <span className="unseated">{messages.unseated}</span>;
    default:
      return <span title={person[column] || undefined}>{person[column]}</span>;
  }
}
