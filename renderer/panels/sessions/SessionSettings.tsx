// The open session's kind, room and who attends it (everyone, some categories, some groups), and
// "one 分组讨论 per group" in one step. Each change is one undo step.
import { useShallow } from 'zustand/react/shallow';
import { SESSION_KINDS, type Attendance, type SessionKind } from '../../../shared/model/meeting-schema';
import { findSession } from '../../../shared/model/plan';
import { setAttendance, setSessionKind, freshRoom, sessionsPerGroup } from '../../../shared/model/session-edits';
import { ROOM_TEMPLATES } from '../../../shared/model/templates';
import { roomOfChoice } from '../../store/user-templates';
import { RoomOptions } from '../RoomOptions';
import { useMessages } from '../../i18n/useMessages';
import { useZuoci } from '../../store/store';
import { askConfirm } from '../dialogs/ask';
import { printSessionsCardsAction } from '../../actions/meeting-actions';
import { runAction } from '../../actions/run';
import { MeetingRoster } from './MeetingRoster';

const toggled = (list: readonly string[] | undefined, value: string, on: boolean) => [...(list ?? []).filter((v) => v !== value), ...(on ? [value] : [])];

export function SessionSettings() {
  const messages = useMessages();
  const t = messages.sessions;
  const sessionId = useZuoci((state) => state.sessionId);
  const kind = useZuoci((state) => findSession(state.meeting, state.sessionId).kind);
  const attendance = useZuoci((state) => findSession(state.meeting, state.sessionId).attendance);
  const attendeeCount = useZuoci((state) => state.project.people.length);
  const categories = useZuoci(useShallow((state) => [...new Set(state.meeting.people.map((p) => p.category).filter(Boolean))]));
  const groups = useZuoci(useShallow((state) => state.meeting.groups.map((g) => `${g.id}\u0000${g.name}`)));
  const agenda = useZuoci(useShallow((state) => state.meeting.agenda.map((item) => `${item.id}\u0000${item.number}\u0000${item.title}`)));
  const commitMeeting = useZuoci((state) => state.commitMeeting);
  const sameKind = useZuoci((state) => state.meeting.sessions.filter((s) => s.kind === kind).length);

  const changeAttendance = (change: Partial<Attendance>) => commitMeeting((m) => setAttendance(m, sessionId, { ...attendance, ...change }));
  const changeRoom = async (name: string) => {
    const template = roomOfChoice(name);
    if (!template) return;
    const state = useZuoci.getState();
    if (Object.keys(state.project.assignment).length && !(await askConfirm(t.replaceRoomConfirm, { danger: true }))) return;
    const room = freshRoom(template.venue, template.rules);
    state.commit((plan) => ({ ...plan, venue: room.venue, rules: room.rules, assignment: {}, locks: [] }));
  };
  const perGroup = () => {
    const state = useZuoci.getState();
    if (state.meeting.groups.length === 0) return state.notify({ kind: 'warning', key: 'session', text: t.noGroups });
    const before = state.meeting.sessions.length;
    const room = ROOM_TEMPLATES['常务会议室']!();
    commitMeeting((m) => sessionsPerGroup(m, room));
    state.notify({ kind: 'info', key: 'session', text: t.perGroupDone(useZuoci.getState().meeting.sessions.length - before) });
  };

  return (
    <section className="session-settings" aria-label={t.label} data-testid="session-settings">
      <label>
        {t.kind}
        <select data-control="session-kind" value={kind} onChange={(e) => commitMeeting((m) => setSessionKind(m, sessionId, e.target.value as SessionKind))}>
          {SESSION_KINDS.map((k) => <option key={k} value={k}>{t.kinds[k]}</option>)}
        </select>
      </label>
      <select data-control="session-room" value="" onChange={(e) => void changeRoom(e.target.value)} aria-label={t.room}>
        <option value="">{t.room}</option>
        <RoomOptions />
      </select>
      <fieldset>
        <legend>{t.attendance} <small data-testid="attendee-count">{t.attendeeCount(attendeeCount)}</small></legend>
        <label><input type="checkbox" data-control="attend-everyone" checked={attendance.everyone === true} onChange={(e) => changeAttendance({ everyone: e.target.checked })} />{t.everyone}</label>
        {attendance.everyone !== true && categories.map((category) => (
          <label key={category}>
            <input type="checkbox" data-control="attend-category" data-value={category} checked={attendance.categories?.includes(category) ?? false} onChange={(e) => changeAttendance({ categories: toggled(attendance.categories, category, e.target.checked) })} />
            {category}
          </label>
        ))}
        {attendance.everyone !== true && groups.map((group) => {
          const [id, name] = group.split('\u0000') as [string, string];
          return (
            <label key={id}>
              <input type="checkbox" data-control="attend-group" data-value={name} checked={attendance.groupIds?.includes(id) ?? false} onChange={(e) => changeAttendance({ groupIds: toggled(attendance.groupIds, id, e.target.checked) })} />
              {name}
            </label>
          );
        })}
        {attendance.everyone !== true && agenda.map((entry) => {
          const [id, number, title] = entry.split('\u0000') as [string, string, string];
          return (
            <label key={id}>
              <input type="checkbox" data-control="attend-agenda" data-value={number} checked={attendance.agendaItemIds?.includes(id) ?? false} onChange={(e) => changeAttendance({ agendaItemIds: toggled(attendance.agendaItemIds, id, e.target.checked) })} />
              {t.agendaItem(Number(number), title)}
            </label>
          );
        })}
      </fieldset>
      <MeetingRoster />
      <button type="button" data-action="sessionsPerGroup" onClick={perGroup}>{t.perGroup}</button>
      <button type="button" data-action={printSessionsCardsAction.name} disabled={sameKind < 2} onClick={() => void runAction(printSessionsCardsAction)}>
        {printSessionsCardsAction.label(messages)}
      </button>
    </section>
  );
}
