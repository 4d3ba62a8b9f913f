// 场次 tabs above the canvas: one per session of the meeting (全体会议, 分组讨论, 宴会…). Click to
// open, double-click to rename; the buttons after them act on the open session.
import { useShallow } from 'zustand/react/shallow';
import { addSession, setAttendance } from '../../../shared/model/session-edits';
import { photoRoomTemplate } from '../../../shared/arrange/photo';
import { deriveSeats } from '../../../shared/layout/seats';
import { findSession } from '../../../shared/model/plan';
import { SESSION_NAMES } from '../../../shared/model/meeting-from-plan';
import type { SessionKind } from '../../../shared/model/meeting-schema';
import type { Messages } from '../../i18n/zh-CN';
import { roomOfChoice } from '../../store/user-templates';
import { sessionKindForRoom } from '../../../shared/model/room-template';
import { RoomOptions } from '../RoomOptions';
import { renameSessionAction, SESSION_ACTIONS } from '../../actions/session-actions';
import { runAction } from '../../actions/run';
import { useMessages } from '../../i18n/useMessages';
import { useZuoci } from '../../store/store';

const COPY_ROOM = '\u0000copy';
const PHOTO = '\u0000photo';

/** A name the user never changed (全体会议, 宴会 2…) is a label, so it follows the UI language. */
function sessionLabel(name: string, kind: SessionKind, messages: Messages): string {
  const base = SESSION_NAMES[kind];
  if (name === base) return messages.sessions.kinds[kind] ?? name;
  const numbered = name.startsWith(`${base} `) && /^\d+$/.test(name.slice(base.length + 1));
  return numbered ? `${messages.sessions.kinds[kind] ?? base}${name.slice(base.length)}` : name;
}

/**
 * 合影 (9.1) for the open session's rostrum: risers for as many people as sit there, and those
 * people attending (everyone, if nobody sits on a rostrum yet).
 */
function addPhotoSession(): void {
  const state = useZuoci.getState();
  const seats = new Map(deriveSeats(state.project.venue).map((seat) => [seat.id, seat]));
  const onRostrum = Object.entries(state.project.assignment).filter(([seatId]) => seats.get(seatId)?.zone === 'rostrum').map(([, personId]) => personId);
  const count = onRostrum.length || state.project.people.length || 1;
  let added = '';
  state.commitMeeting((meeting) => {
    const result = addSession(meeting, 'photo', photoRoomTemplate(count));
    added = result.session.id;
    return onRostrum.length ? setAttendance(result.meeting, added, { personIds: onRostrum }) : result.meeting;
  });
  state.selectSession(added);
}

export function SessionTabs() {
  const messages = useMessages();
  // Ids and names only: a seating change in a session does not redraw the tabs.
  const tabs = useZuoci(useShallow((state) => state.meeting.sessions.map((s) => `${s.id}\u0000${s.name}\u0000${s.kind}`)));
  const sessionId = useZuoci((state) => state.sessionId);
  const selectSession = useZuoci((state) => state.selectSession);

  const add = (choice: string) => {
    if (choice === PHOTO) return addPhotoSession();
    const state = useZuoci.getState();
    const room = choice === COPY_ROOM ? findSession(state.meeting, state.sessionId) : roomOfChoice(choice);
    if (!room) return;
    const kind = sessionKindForRoom(room.venue);
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
          const [id, name, kind] = tab.split('\u0000') as [string, string, SessionKind];
          return (
            <button
              key={id} type="button" role="tab" data-session={name} aria-selected={id === sessionId}
              onClick={() => selectSession(id)}
              onDoubleClick={() => void runAction(renameSessionAction)}
            >
              {sessionLabel(name, kind, messages)}
            </button>
          );
        })}
      </div>
      <select data-control="add-session" value="" aria-label={messages.sessions.add} onChange={(event) => add(event.target.value)}>
        <option value="">{messages.sessions.add}</option>
        <option value={COPY_ROOM}>{messages.sessions.copyRoom}</option>
        <option value={PHOTO}>{messages.sessions.photoOfRostrum}</option>
        <RoomOptions />
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
