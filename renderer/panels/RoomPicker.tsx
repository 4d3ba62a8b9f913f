// 新建会议: start a new meeting in a built-in room (大礼堂, 常务会议室, 宴会厅…), one of the user's
// templates or a blank room — from the quick list, or from the gallery of thumbnails. It starts
// clean (no title, date, people or printed cards, a draft). The old meeting's file name,
// selection, panels and notices go with it, so Ctrl+S can never overwrite its file.
// (A session's own room is changed from its tab's menu.)
import { useCallback, useState } from 'react';
import { newMeeting } from '../../shared/model/sample';
import { RoomOptions } from './RoomOptions';
import { useMessages } from '../i18n/useMessages';
import { selectIsDirty, useZuoci } from '../store/store';
import { askConfirm } from './dialogs/ask';
import { RoomGallery } from './gallery/RoomGallery';
import { BLANK_ROOM, roomToStartFrom } from './gallery/rooms';
import { firstSeatingZone } from '../../shared/model/seating-zones';

/** The list's entry that opens the gallery instead of naming a room. */
const OPEN_GALLERY = 'gallery:';

export function RoomPicker() {
  const messages = useMessages();
  const [galleryOpen, setGalleryOpen] = useState(false);
  const closeGallery = useCallback(() => setGalleryOpen(false), []);
  const choose = async (name: string) => {
    setGalleryOpen(name === OPEN_GALLERY);
    const room = roomToStartFrom(name);
    if (!room) return;
    const state = useZuoci.getState();
    const hasWork = selectIsDirty(state) || state.meeting.sessions.some((s) => Object.keys(s.assignment).length > 0);
    if (hasWork && !(await askConfirm(messages.newMeetingConfirm, { danger: true }))) return;
    // The title stays empty (issue 9: a new meeting has no title or date); the file name says 未命名.
    const meeting = newMeeting(room, '');
    state.replaceDocument(meeting, null, `${messages.untitledMeeting}.zuoci`, { hasFile: false });
    // A room traced from a floor plan starts with its walls: open on a zone that seats people.
    useZuoci.getState().selectZone(firstSeatingZone(meeting.sessions[0]!.venue.elements)?.id ?? '');
  };
  return (
    <>
      <select className="room-picker" data-control="room" value="" onChange={(event) => void choose(event.target.value)} aria-label={messages.roomTemplates}>
        <option value="">{messages.roomTemplates}</option>
        {/* The gallery is an entry of the list, not another toolbar button: the toolbar is full. */}
        <option value={OPEN_GALLERY}>{messages.floorPlan.galleryOpen}</option>
        <option value={BLANK_ROOM}>{messages.floorPlan.blankRoom}</option>
        <RoomOptions />
      </select>
      {galleryOpen && <RoomGallery onChoose={(value) => void choose(value)} onClose={closeGallery} />}
    </>
  );
}
