// 场次 tabs above the canvas: one per session of the meeting (全体会议, 分组讨论, 宴会…). Click to
// open, double-click to rename; the buttons after them act on the open session.
import { useShallow } from 'zustand/react/shallow';
import { inLanguage } from '../../../shared/i18n/text';
import { addSession } from '../../../shared/model/session-edits';
import { findSession } from '../../../shared/model/plan';
import { ROOM_TEMPLATES, TEMPLATE_TITLES } from '../../../shared/model/templates';
import { renameSessionAction, SESSION_ACTIONS } from '../../actions/session-actions';
import { runAction } from '../../actions/run';
import { useLanguage } from '../../i18n/shared-text';
import { useMessages } from '../../i18n/useMessages';
import { useZuoci } from '../../store/store';

const COPY_ROOM = '\u0000copy';

export function SessionTabs() {
  const messages = useMessages();
  const language = useLanguage();
  // Ids and names only: a seating change in a session does not redraw the tabs.
  const tabs = useZuoci(useShallow((state) => state.meeting.sessions.map((s) => `${s.id}\u0000${s.name}`)));
  const sessionId = useZuoci((state) => state.sessionId);
  const selectSession = useZuoci((state) => state.selectSession);

  const add = (choice: string) => {
    const state = useZuoci.getState();
    const room = choice === COPY_ROOM ? findSession(state.meeting, state.sessionId) : ROOM_TEMPLATES[choice]?.();
    if (!room) return;
    const kind = choice === '宴会厅' ? 'banquet' : choice === '常务会议室' || choice === 'U形会议室' ? 'meeting-table' : 'plenary';
    let added = '';
    state.commitMeeting((meeting) => {
      const result = addSession(meeting, kind, { venue: room.venue, rules: room.rules });
      added = result.session.id;
      return result.meeting;
    });
    selectSession(added);
  };

  return (
    <nav className="session-tabs" aria-label={messages.sessions.label}>
      <div role="tablist">
        {tabs.map((tab) => {
          const [id, name] = tab.split('\u0000') as [string, string];
          return (
            <button
              key={id} type="button" role="tab" data-session={name} aria-selected={id === sessionId}
              onClick={() => selectSession(id)}
              onDoubleClick={() => void runAction(renameSessionAction)}
            >
              {name}
            </button>
          );
        })}
      </div>
      <select data-control="add-session" value="" aria-label={messages.sessions.add} onChange={(event) => add(event.target.value)}>
        <option value="">{messages.sessions.add}</option>
        <option value={COPY_ROOM}>{messages.sessions.copyRoom}</option>
        {Object.keys(ROOM_TEMPLATES).map((name) => <option key={name} value={name}>{TEMPLATE_TITLES[name] ? inLanguage(TEMPLATE_TITLES[name], language) : name}</option>)}
      </select>
      <span className="session-commands">
        {SESSION_ACTIONS.map((action) => (
          <button key={action.name} type="button" data-action={action.name} disabled={action.predicate ? !action.predicate() : false} onClick={() => void runAction(action)}>
            {action.label(messages)}
          </button>
        ))}
      </span>
    </nav>
  );
}
