// 议题: the agenda list — add, rename, reorder, remove — with each item's 汇报人 and 列席 tied to
// it (each change one undo step), and a view per item: the seats of people not in the room for
// that item fade on the canvas (列席人员按议题进出, protocol 4.1).
import { useEffect, useState } from 'react';
import { addAgendaItem, moveAgendaItem, removeAgendaItem, renameAgendaItem, setAgendaPerson, type AgendaRole } from '../../../shared/model/agenda-edits';
import { itemRoom } from '../../../shared/model/agenda-view';
import type { AgendaItem, RosterPerson } from '../../../shared/model/meeting-schema';
import { useView } from '../../canvas/view-store';
import { drawingFor } from '../../canvas/room-cache';
import { seatCode } from '../../../shared/i18n/place-names';
import { useLanguage } from '../../i18n/shared-text';
import { useMessages } from '../../i18n/useMessages';
import { useZuoci } from '../../store/store';
import { DraftInput } from '../DraftInput';
import { PersonPicker } from './PersonPicker';
import './agenda.css';

type DeskMessages = ReturnType<typeof useMessages>['desk'];

function People({ item, role, people, t }: { item: AgendaItem; role: AgendaRole; people: readonly RosterPerson[]; t: DeskMessages }) {
  const commitMeeting = useZuoci((s) => s.commitMeeting);
  const ids = role === 'reporter' ? item.reporterIds : item.attendeeIds;
  const names = new Map(people.map((p) => [p.id, p.name]));
  return (
    <div className="agenda-people" data-role={role}>
      <span className="label">{role === 'reporter' ? t.reporters : t.attendees}</span>
      {ids.map((id) => (
        <span key={id} className="chip" data-person={names.get(id)}>
          {names.get(id) ?? '?'}
          <button type="button" title={t.removePerson(names.get(id) ?? '')} onClick={() => commitMeeting((m) => setAgendaPerson(m, item.id, id, role, false))}>×</button>
        </span>
      ))}
      <PersonPicker people={people} placeholder={t.addPerson} testId={`agenda-add-${role}`} onPick={(id) => commitMeeting((m) => setAgendaPerson(m, item.id, id, role, true))} />
    </div>
  );
}

/** Keeps the canvas's faded seats in step with the item viewed and the plan. */
function useItemView(viewing: string | null): { present: number; away: number; turns: { seat: string; name: string }[] } | null {
  // Only while an item is viewed does the panel follow the whole plan.
  const meeting = useZuoci((s) => (viewing ? s.meeting : null));
  const project = useZuoci((s) => (viewing ? s.project : null));
  const language = useLanguage();
  const item = viewing ? meeting?.agenda.find((i) => i.id === viewing) : undefined;
  const room = item && meeting && project ? itemRoom(meeting, project, item) : null;
  const key = room ? room.away.join(',') : null;
  useEffect(() => {
    useView.getState().setDimmed(key === null ? null : new Set(key ? key.split(',') : []));
  }, [key]);
  const turnsKey = room ? JSON.stringify(room.turns) : null;
  useEffect(() => {
    const turns = turnsKey ? (JSON.parse(turnsKey) as { seatId: string; personId: string }[]) : [];
    useView.getState().setSeatTurns(turns.length ? Object.fromEntries(turns.map((t) => [t.seatId, t.personId])) : null);
  }, [turnsKey]);
  useEffect(() => () => {
    useView.getState().setDimmed(null);
    useView.getState().setSeatTurns(null);
  }, []);
  if (!room || !project) return null;
  const seats = drawingFor(project.venue).seats;
  const seatName = (id: string) => {
    const seat = seats.find((s) => s.seat.id === id)?.seat;
    return seat ? seatCode(seat, language) : id;
  };
  const names = new Map(project.people.map((p) => [p.id, p.name]));
  return { present: room.present.length, away: room.away.length, turns: room.turns.map((t) => ({ seat: seatName(t.seatId), name: names.get(t.personId) ?? '' })) };
}

export function AgendaPanel() {
  const messages = useMessages();
  const t = messages.desk;
  const language = useLanguage();
  const agenda = useZuoci((s) => s.meeting.agenda);
  const people = useZuoci((s) => s.meeting.people);
  const commitMeeting = useZuoci((s) => s.commitMeeting);
  const [open, setOpen] = useState<string | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const counts = useItemView(agenda.some((i) => i.id === viewing) ? viewing : null);
  const viewed = agenda.find((i) => i.id === viewing);

  const add = () => {
    let itemId = '';
    commitMeeting((m) => {
      const added = addAgendaItem(m, title.trim() || t.newItemTitle);
      itemId = added.itemId;
      return added.meeting;
    });
    setTitle('');
    if (itemId) setOpen(itemId);
  };

  return (
    <details className="agenda-panel" data-testid="agenda-panel">
      <summary>{t.agenda} <small>{agenda.length}</small></summary>
      {viewed && counts && (
        <p className="agenda-viewing" data-testid="agenda-viewing" data-present={counts.present} data-away={counts.away}>
          {t.viewing(viewed.number, viewed.title)} · {t.inRoomCount(counts.present, counts.away)}
          <button type="button" onClick={() => setViewing(null)}>{t.stopViewing}</button>
          {counts.turns.length > 0 && (
            <span className="agenda-turns" data-testid="agenda-turns">
              {t.sharedSeats} {counts.turns.map((turn) => `${turn.seat} ${turn.name}`).join(language === 'en' ? '; ' : '；')}
            </span>
          )}
        </p>
      )}
      {agenda.length === 0 && <p className="empty">{t.noAgenda}</p>}
      <ol className="agenda-items">
        {agenda.map((item, index) => (
          <li key={item.id} data-item={item.number} className={viewing === item.id ? 'viewing' : ''}>
            <div className="agenda-row">
              <button type="button" className="toggle" aria-expanded={open === item.id} onClick={() => setOpen(open === item.id ? null : item.id)}>{item.number}</button>
              <DraftInput value={item.title} data-control="agenda-title" placeholder={t.itemTitlePlaceholder} onCommit={(value) => commitMeeting((m) => renameAgendaItem(m, item.id, value))} />
              <button type="button" title={t.moveUp} disabled={index === 0} onClick={() => commitMeeting((m) => moveAgendaItem(m, item.id, index - 1))}>↑</button>
              <button type="button" title={t.moveDown} disabled={index === agenda.length - 1} onClick={() => commitMeeting((m) => moveAgendaItem(m, item.id, index + 1))}>↓</button>
              <button type="button" data-control="agenda-view" className={viewing === item.id ? 'active' : ''} onClick={() => setViewing(viewing === item.id ? null : item.id)}>{t.viewItem}</button>
              <button type="button" data-control="agenda-remove" title={t.removeItem} onClick={() => commitMeeting((m) => removeAgendaItem(m, item.id))}>✕</button>
            </div>
            {open === item.id && (
              <>
                <People item={item} role="reporter" people={people} t={t} />
                <People item={item} role="attendee" people={people} t={t} />
              </>
            )}
          </li>
        ))}
      </ol>
      <div className="agenda-add">
        <input type="text" data-control="agenda-new-title" placeholder={t.itemTitlePlaceholder} value={title} onChange={(e) => setTitle(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && add()} />
        <button type="button" data-action="addAgendaItem" onClick={add}>{t.addItem}</button>
      </div>
    </details>
  );
}
