// Built-in rooms (fixtures/README.md "Rooms"), usable as `--venue NAME` and from the app. Each is a
// room template file in assets/templates/ (format zuoci-room), read through the same loader as a
// user's template, so the built-in ones and the user's own migrate and check alike. Lengths in
// centimetres; A-view: the rostrum or the far wall at the top of the map.
import auditoriumFile from '../../assets/templates/auditorium.json';
import standingCommitteeFile from '../../assets/templates/standing-committee-room.json';
import uShapeFile from '../../assets/templates/u-shape-room.json';
import banquetHallFile from '../../assets/templates/banquet-hall.json';
import lectureHallFile from '../../assets/templates/lecture-hall.json';
import { both, type Bilingual } from '../i18n/text';
import { roomTemplateFrom, type RoomTemplate } from './room-template';

export type { RoomTemplate } from './room-template';

/** A built-in file that does not load is a programmer's mistake (a unit test reads each one). */
function builtIn(file: unknown): () => RoomTemplate {
  return () => {
    const loaded = roomTemplateFrom(file);
    if (!loaded.ok) throw new Error(`built-in room template: ${loaded.error.message}`);
    return loaded.value;
  };
}

// Keys in the order the pickers list them.
export const ROOM_TEMPLATES: Record<string, () => RoomTemplate> = {
  大礼堂: builtIn(auditoriumFile),
  常务会议室: builtIn(standingCommitteeFile),
  U形会议室: builtIn(uShapeFile),
  宴会厅: builtIn(banquetHallFile),
  报告厅: builtIn(lectureHallFile),
};

/** What the app calls each room; the keys stay Chinese because `--venue 大礼堂` uses them. */
export const TEMPLATE_TITLES: Record<string, Bilingual> = {
  大礼堂: both('大礼堂', 'Auditorium'),
  常务会议室: both('常务会议室', 'Standing committee room'),
  U形会议室: both('U形会议室', 'U-shaped meeting room'),
  宴会厅: both('宴会厅', 'Banquet hall'),
  报告厅: both('报告厅', 'Lecture hall'),
};
