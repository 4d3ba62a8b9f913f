// 修改记录: the open session's log, newest first — when, who (经办人) and what — and the staff
// name setting that signs every entry from now on.
import { useState } from 'react';
import { changeEntryText } from '../../../shared/model/change-log';
import { useLanguage } from '../../i18n/shared-text';
import { useMessages } from '../../i18n/useMessages';
import { useZuoci } from '../../store/store';
import { DraftInput } from '../DraftInput';
import { useStaffName } from '../../store/staff-name';
import '../agenda/agenda.css';

const SHOWN = 200;

/** 11-26 09:05 in local time. */
function when(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

export function ChangeLogPanel() {
  const t = useMessages().desk;
  const language = useLanguage();
  const log = useZuoci((s) => s.meeting.changeLog);
  const sessionId = useZuoci((s) => s.sessionId);
  const sessions = useZuoci((s) => s.meeting.sessions);
  const staff = useStaffName((s) => s.name);
  const setStaff = useStaffName((s) => s.setName);
  const [all, setAll] = useState(false);
  const entries = (log ?? []).filter((e) => all || e.sessionId === sessionId);
  const shown = entries.slice(-SHOWN).reverse();
  const sessionName = (id: string) => sessions.find((s) => s.id === id)?.name ?? '';
  return (
    <details className="change-log-panel" data-testid="change-log">
      <summary>{t.changeLog} <small>{entries.length}</small></summary>
      <label className="staff-name">
        <span>{t.staffName}</span>
        <DraftInput value={staff} data-control="staff-name" placeholder={t.staffNamePlaceholder} onCommit={setStaff} />
      </label>
      <label className="all-sessions">
        <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} /> {t.allSessions}
      </label>
      {shown.length === 0 ? <p className="empty">{t.noChanges}</p> : (
        <ol className="change-log-entries">
          {shown.map((entry, i) => (
            <li key={`${entry.at}-${i}`} data-kind={entry.kind} data-by={entry.by}>
              <span className="when">{when(entry.at)}</span>
              <span className="by">{entry.by || t.unknownStaff}</span>
              {all && <span className="session">{sessionName(entry.sessionId)}</span>}
              <span className="what">{changeEntryText(entry, language)}</span>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
