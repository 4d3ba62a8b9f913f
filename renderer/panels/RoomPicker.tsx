// Start from a built-in room (大礼堂, 常务会议室, 宴会厅…): one undoable change.
import { applyRoomTemplate } from '../../shared/model/edits';
import { ROOM_TEMPLATES } from '../../shared/model/templates';
import { useMessages } from '../i18n/useMessages';
import { useZuoci } from '../store/store';

export function RoomPicker() {
  const messages = useMessages();
  const commit = useZuoci((state) => state.commit);
  const selectZone = useZuoci((state) => state.selectZone);
  const hasSeating = useZuoci((state) => Object.keys(state.project.assignment).length > 0);
  const choose = (name: string) => {
    const template = ROOM_TEMPLATES[name];
    if (!template) return;
    if (hasSeating && !window.confirm(messages.replaceRoomConfirm)) return;
    const room = template();
    commit((project) => applyRoomTemplate(project, room));
    selectZone(room.venue.elements.find((e) => e.kind !== 'object')?.id ?? '');
  };
  return (
    <select className="room-picker" data-control="room" value="" onChange={(event) => choose(event.target.value)} aria-label={messages.roomTemplates}>
      <option value="">{messages.roomTemplates}</option>
      {Object.keys(ROOM_TEMPLATES).map((name) => <option key={name} value={name}>{name}</option>)}
    </select>
  );
}
