// 新建会议: start a new meeting in a built-in room (大礼堂, 常务会议室, 宴会厅…). The old meeting's
// file name, selection, panels and notices go with it, so Ctrl+S can never overwrite its file.
// (A session's own room is changed from its tab's menu.)
import { inLanguage } from '../../shared/i18n/text';
import { newMeeting } from '../../shared/model/sample';
import { ROOM_TEMPLATES, TEMPLATE_TITLES } from '../../shared/model/templates';
import { useLanguage } from '../i18n/shared-text';
import { useMessages } from '../i18n/useMessages';
import { selectIsDirty, useZuoci } from '../store/store';
import { askConfirm } from './dialogs/ask';

export function RoomPicker() {
  const messages = useMessages();
  const language = useLanguage();
  const choose = async (name: string) => {
    const template = ROOM_TEMPLATES[name];
    if (!template) return;
    const state = useZuoci.getState();
    const hasWork = selectIsDirty(state) || state.meeting.sessions.some((s) => Object.keys(s.assignment).length > 0);
    if (hasWork && !(await askConfirm(messages.newMeetingConfirm, { danger: true }))) return;
    const room = template();
    const meeting = newMeeting(room, messages.untitledMeeting);
    state.replaceDocument(meeting, null, `${messages.untitledMeeting}.zuoci`, { hasFile: false });
    useZuoci.getState().selectZone(meeting.sessions[0]!.venue.elements.find((e) => e.kind !== 'object')?.id ?? '');
  };
  return (
    <select className="room-picker" data-control="room" value="" onChange={(event) => void choose(event.target.value)} aria-label={messages.roomTemplates}>
      <option value="">{messages.roomTemplates}</option>
      {Object.keys(ROOM_TEMPLATES).map((name) => <option key={name} value={name}>{TEMPLATE_TITLES[name] ? inLanguage(TEMPLATE_TITLES[name], language) : name}</option>)}
    </select>
  );
}
