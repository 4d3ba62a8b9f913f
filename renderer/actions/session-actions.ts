// 场次: add, rename, duplicate, move and delete the sessions of a meeting. Each is one undo step;
// which tab is open is UI state and never undone.
import { deleteSession, duplicateSession, moveSession, renameSession } from '../../shared/model/session-edits';
import { MESSAGES } from '../i18n/i18n';
import { askConfirm, askText } from '../panels/dialogs/ask';
import { useZuoci } from '../store/store';
import { tell } from '../store/notice-words';
import type { Action } from './action';

const messages = () => MESSAGES[useZuoci.getState().language];
const current = () => {
  const { meeting, sessionId } = useZuoci.getState();
  return { meeting, sessionId, index: meeting.sessions.findIndex((s) => s.id === sessionId) };
};

export const renameSessionAction: Action = {
  name: 'renameSession',
  label: (m) => m.sessions.rename,
  async perform() {
    const { meeting, sessionId, index } = current();
    const name = await askText(messages().sessions.renamePrompt, meeting.sessions[index]?.name ?? '');
    if (name) useZuoci.getState().commitMeeting((m) => renameSession(m, sessionId, name));
  },
};

export const duplicateSessionAction: Action = {
  name: 'duplicateSession',
  label: (m) => m.sessions.duplicate,
  perform() {
    const { sessionId } = current();
    let copyId = '';
    useZuoci.getState().commitMeeting((m) => {
      const copy = duplicateSession(m, sessionId);
      copyId = copy.session.id;
      return copy.meeting;
    });
    useZuoci.getState().selectSession(copyId);
  },
};

export const moveSessionLeftAction: Action = {
  name: 'moveSessionLeft',
  label: (m) => m.sessions.moveLeft,
  predicate: () => current().index > 0,
  perform: () => useZuoci.getState().commitMeeting((m) => moveSession(m, current().sessionId, current().index - 1)),
};

export const moveSessionRightAction: Action = {
  name: 'moveSessionRight',
  label: (m) => m.sessions.moveRight,
  predicate: () => current().index < current().meeting.sessions.length - 1,
  perform: () => useZuoci.getState().commitMeeting((m) => moveSession(m, current().sessionId, current().index + 1)),
};

export const deleteSessionAction: Action = {
  name: 'deleteSession',
  label: (m) => m.sessions.delete,
  predicate: () => current().meeting.sessions.length > 1,
  async perform() {
    const { meeting, sessionId, index } = current();
    if (!(await askConfirm(messages().sessions.deleteConfirm(meeting.sessions[index]!.name), { danger: true }))) return;
    useZuoci.getState().commitMeeting((m) => deleteSession(m, sessionId));
    const name = meeting.sessions[index]!.name;
    tell({ kind: 'info', key: 'session', say: (m) => m.sessions.deleted(name) });
  },
};

export const SESSION_ACTIONS: Action[] = [renameSessionAction, duplicateSessionAction, moveSessionLeftAction, moveSessionRightAction, deleteSessionAction];
