// Start from a built-in room (大礼堂, 常务会议室, 宴会厅…): one undoable change.
import { applyRoomTemplate } from '../../shared/model/edits';
import { inLanguage } from '../../shared/i18n/text';
import { ROOM_TEMPLATES, TEMPLATE_TITLES } from '../../shared/model/templates';
import { useLanguage } from '../i18n/shared-text';
import { useMessages } from '../i18n/useMessages';
import { useZuoci } from '../store/store';
import { askConfirm } from './dialogs/ask';

export function RoomPicker() {
  const messages = useMessages();
  const language = useLanguage();
  const commit = useZuoci((state) => state.commit);
  const selectZone = useZuoci((state) => state.selectZone);
  const hasSeating = useZuoci((state) => Object.keys(state.project.assignment).length > 0);
  const choose = async (name: string) => {
    const template = ROOM_TEMPLATES[name];
    if (!template) return;
    if (hasSeating && !(await askConfirm(messages.replaceRoomConfirm, { danger: true }))) return;
    const room = template();
    commit((project) => applyRoomTemplate(project, room));
    selectZone(room.venue.elements.find((e) => e.kind !== 'object')?.id ?? '');
  };
  return (
    <select className="room-picker" data-control="room" value="" onChange={(event) => void choose(event.target.value)} aria-label={messages.roomTemplates}>
      <option value="">{messages.roomTemplates}</option>
      {Object.keys(ROOM_TEMPLATES).map((name) => <option key={name} value={name}>{TEMPLATE_TITLES[name] ? inLanguage(TEMPLATE_TITLES[name], language) : name}</option>)}
    </select>
  );
}
