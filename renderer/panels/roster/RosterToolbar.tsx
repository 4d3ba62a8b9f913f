// Above the table: find (name, pinyin initials, unit), the filters, and the table's commands.
// The narrow side panel shows the filters that fit; the wide table adds 类别 and 单位.
import { useMemo } from 'react';
import { runAction } from '../../actions/run';
import { useMessages } from '../../i18n/useMessages';
import { useZuoci } from '../../store/store';
import { addRosterPersonAction, deleteRosterRowsAction, toggleRosterTableAction } from './roster-actions';
import { distinctValues, type RosterRow } from './rows';
import { useRosterView, type RowStatus } from './roster-view';

const STATUSES: RowStatus[] = ['present', 'absent', 'substituted', 'not-attending'];

export function RosterToolbar({ wide, all, shown }: { wide: boolean; all: readonly RosterRow[]; shown: number }) {
  const messages = useMessages();
  const t = messages.rosterTable;
  const people = useZuoci((state) => state.meeting.people);
  const filters = useRosterView((state) => state.filters);
  const setFilters = useRosterView((state) => state.setFilters);
  const picked = useRosterView((state) => state.selectedIds.length);
  const expanded = useRosterView((state) => state.expanded);
  const categories = useMemo(() => (wide ? distinctValues(people, 'category') : []), [people, wide]);
  const units = useMemo(() => (wide ? distinctValues(people, 'unit') : []), [people, wide]);
  const total = filters.scope === 'all' ? all.length : all.filter((row) => row.status !== 'not-attending').length;
  const expand = <button type="button" data-action="toggleRosterTable" aria-pressed={expanded} onClick={() => void runAction(toggleRosterTableAction)}>{expanded ? t.collapse : t.expand}</button>;
  return (
    <div className="roster-toolbar">
      <div className="roster-find">
        <input
          className="roster-search"
          type="search"
          data-control="roster-search"
          placeholder={t.search}
          aria-label={t.search}
          value={filters.query}
          onChange={(event) => setFilters({ query: event.target.value })}
        />
        {!wide && expand}
      </div>
      <div className="roster-filters">
        <select data-control="roster-scope" aria-label={t.scope} value={filters.scope} onChange={(event) => setFilters({ scope: event.target.value as 'session' | 'all', ...(event.target.value === 'session' && filters.status === 'not-attending' ? { status: null } : {}) })}>
          <option value="session">{t.scopes.session}</option>
          <option value="all">{t.scopes.all}</option>
        </select>
        <select data-control="roster-status" aria-label={t.columns.status} value={filters.status ?? ''} onChange={(event) => setFilters({ status: (event.target.value || null) as RowStatus | null })}>
          <option value="">{t.anyStatus}</option>
          {STATUSES.filter((status) => status !== 'not-attending' || filters.scope === 'all').map((status) => <option key={status} value={status}>{t.statuses[status]}</option>)}
        </select>
        {wide && (
          <>
            <select data-control="roster-category" aria-label={t.columns.category} value={filters.category ?? ''} onChange={(event) => setFilters({ category: event.target.value || null })}>
              <option value="">{t.anyCategory}</option>
              {categories.map((category) => <option key={category} value={category}>{category}</option>)}
            </select>
            <select data-control="roster-unit" aria-label={t.columns.unit} value={filters.unit ?? ''} onChange={(event) => setFilters({ unit: event.target.value || null })}>
              <option value="">{t.anyUnit}</option>
              {units.map((unit) => <option key={unit} value={unit}>{unit}</option>)}
            </select>
          </>
        )}
        <label className="roster-unseated">
          <input type="checkbox" data-control="roster-unseated" checked={filters.unseatedOnly} onChange={(event) => setFilters({ unseatedOnly: event.target.checked })} />
          {t.onlyUnseated}
        </label>
        <span className="muted roster-count" data-testid="roster-shown">{t.shown(shown, total)}{picked > 0 ? ` · ${t.selected(picked)}` : ''}</span>
      </div>
      {/* Adding and deleting belong to the table opened wide (the Delete key works in both). */}
      {wide && (
        <div className="roster-commands">
          <button type="button" data-action="addRosterPerson" onClick={() => void runAction(addRosterPersonAction)}>{t.add}</button>
          <button type="button" data-action="deleteRosterRows" disabled={picked === 0} onClick={() => void runAction(deleteRosterRowsAction)}>{t.delete}</button>
          {expand}
        </div>
      )}
    </div>
  );
}
