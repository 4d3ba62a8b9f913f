// The roster in the side panel: this session's people, how many sit, and the table (a few
// columns here; all of them when opened wide below the canvas, where the table then lives).
import { useMemo, useRef, useState } from 'react';
import { runAction } from '../../actions/run';
import { useMessages } from '../../i18n/useMessages';
import { useZuoci } from '../../store/store';
import { COMPACT_COLUMNS, WIDE_COLUMNS } from './columns';
import { toggleRosterTableAction } from './roster-actions';
import { useRosterView } from './roster-view';
import { RosterTable } from './RosterTable';
import { RosterToolbar } from './RosterToolbar';
import { useRosterRows } from './use-roster-rows';

/** Headed "名单 170 人 · 已入座 165": the open session's people and how many of them have a seat. */
function RosterHeading() {
  const messages = useMessages();
  const attending = useZuoci((state) => state.project.people);
  const assignment = useZuoci((state) => state.project.assignment);
  const seated = useMemo(() => {
    const ids = new Set(Object.values(assignment));
    return attending.filter((person) => ids.has(person.id)).length;
  }, [attending, assignment]);
  return <h2>{messages.roster} <small>{attending.length} {messages.people} · {messages.seated} {seated}</small></h2>;
}

function Table({ wide }: { wide: boolean }) {
  const { all, rows } = useRosterRows();
  return (
    <>
      <RosterToolbar wide={wide} all={all} shown={rows.length} />
      <RosterTable rows={rows} columns={wide ? WIDE_COLUMNS : COMPACT_COLUMNS} wide={wide} />
    </>
  );
}

export function RosterPanel() {
  const messages = useMessages();
  const empty = useZuoci((state) => state.meeting.people.length === 0);
  const expanded = useRosterView((state) => state.expanded);
  return (
    <aside className="roster-panel" aria-label={messages.roster}>
      <RosterHeading />
      {empty ? (
        <p className="empty">{messages.noPeople}</p>
      ) : expanded ? (
        <p className="empty">
          {messages.rosterTable.expandedHint}{' '}
          <button type="button" className="link" onClick={() => void runAction(toggleRosterTableAction)}>{messages.rosterTable.collapse}</button>
        </p>
      ) : (
        <Table wide={false} />
      )}
    </aside>
  );
}

/** The table opened wide: below the canvas, which stays in sight to show the picked people's seats. */
export function RosterDock() {
  const messages = useMessages();
  const expanded = useRosterView((state) => state.expanded);
  const [height, setHeight] = useState<number | null>(null);
  const dock = useRef<HTMLElement>(null);
  if (!expanded) return null;
  // The bar on top moves the border between canvas and table; both keep a usable height.
  const onPointerDown = (event: React.PointerEvent) => {
    const column = dock.current!.parentElement!.getBoundingClientRect();
    const bar = event.currentTarget as HTMLElement;
    bar.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => setHeight(Math.max(160, Math.min(column.bottom - e.clientY, column.height - 200)));
    const up = () => {
      bar.removeEventListener('pointermove', move);
      bar.removeEventListener('pointerup', up);
    };
    bar.addEventListener('pointermove', move);
    bar.addEventListener('pointerup', up);
  };
  return (
    <section ref={dock} className="roster-dock" aria-label={messages.rosterTable.table} data-testid="roster-dock" style={height ? { flexBasis: height } : undefined}>
      <div className="roster-dock-splitter" role="separator" aria-orientation="horizontal" title={messages.rosterTable.resize} onPointerDown={onPointerDown} />
      <Table wide />
    </section>
  );
}
