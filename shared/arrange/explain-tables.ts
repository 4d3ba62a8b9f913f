// Protocol 8.3 for tables: where a seat is in the words of protocol 4 (meeting, talks) and 5
// (banquet), in both languages.
import type { Project, TableElement } from '../model/schema';
import { rulesFor } from '../model/schema';
import { deriveSeats, type Seat } from '../layout/seats';
import { dot, rightOf } from '../layout/tables';
import { both, type Bilingual } from '../i18n/text';
import { banquetSeats } from './banquet';
import { chineseNumber, ordinal } from './numbers';
import { talksTableOrder } from './table-order';
import { receptionSeatText } from './reception';

const TABLE_PARTS = new Map<string, Bilingual>([
  ['head', both('桌首', 'head of the table')],
  ['left-arm', both('桌首左手一侧', 'on the left of the head')],
  ['right-arm', both('桌首右手一侧', 'on the right of the head')],
  ['foot', both('桌尾（汇报席，面向主持人）', 'foot of the table (reporter’s seat, facing the chair)')],
]);

const BANQUET_GUESTS = {
  standard: [
    both('主陪右手（第一主宾）', 'on the host’s right (guest 1)'), both('主陪左手（第二主宾）', 'on the host’s left (guest 2)'),
    both('副主陪右手（第三主宾）', 'on the deputy host’s right (guest 3)'), both('副主陪左手（第四主宾）', 'on the deputy host’s left (guest 4)'),
  ],
  foreign: [
    both('主陪右手（第一主宾，外事）', 'on the host’s right (guest 1, diplomatic pattern)'), both('副主陪右手（第二主宾，外事）', 'on the deputy host’s right (guest 2, diplomatic pattern)'),
    both('主陪左手（第三主宾，外事）', 'on the host’s left (guest 3, diplomatic pattern)'), both('副主陪左手（第四主宾，外事）', 'on the deputy host’s left (guest 4, diplomatic pattern)'),
  ],
};

function tableSeats(project: Project, table: TableElement): Seat[] {
  return deriveSeats({ ...project.venue, elements: [table] });
}

function banquetText(project: Project, table: TableElement, seat: Seat): Bilingual {
  const pattern = rulesFor(project, table.id).banquetPattern;
  const roles = banquetSeats(tableSeats(project, table), project.venue, pattern);
  if (roles.host.id === seat.id) return both('主陪位（面向正门）', 'host’s seat (facing the door)');
  if (roles.deputy.id === seat.id) return both('副主陪位（与主陪相对）', 'deputy host’s seat (opposite the host)');
  const guest = roles.guests.findIndex((s) => s.id === seat.id);
  if (guest >= 0) return BANQUET_GUESTS[pattern][guest]!;
  return both(`第${seat.col}座（离主陪近者为先，右高于左）`, `seat ${seat.col} (nearest the host first, right before left)`);
}

/** 4.2: the side, and the place relative to that side's chief. */
function talksText(project: Project, table: TableElement, seat: Seat): Bilingual {
  const order = talksTableOrder(tableSeats(project, table), rulesFor(project, table.id), project.venue);
  const guestSide = order.guest.some((s) => s.id === seat.id);
  const side = guestSide ? order.guest : order.host;
  const chief = side[0]!;
  const sideText = order.endOn
    ? (guestSide ? both('客方（右客左主，以进门方向为准）', 'guest side (guests on the right as one enters)') : both('主方（右客左主，以进门方向为准）', 'host side (hosts on the left as one enters)'))
    : (guestSide ? both('客方（面向正门）', 'guest side (facing the door)') : both('主方（背对正门）', 'host side (back to the door)'));
  const chiefName = guestSide ? both('主宾', 'chief guest') : both('主人', 'chief host');
  if (chief.id === seat.id) return both(`会谈：${sideText.zh}，${chiefName.zh}位（本方正中）`, `talks: ${sideText.en}, ${chiefName.en}’s seat (middle of the side)`);
  const offset = { x: seat.x - chief.x, y: seat.y - chief.y };
  const onRight = dot(offset, rightOf(chief.table!.facing)) > 0;
  const steps = Math.round(Math.hypot(offset.x, offset.y) / table.seatPitch);
  const hand = onRight ? both('右手', 'right') : both('左手', 'left');
  return both(`会谈：${sideText.zh}，${chiefName.zh}${hand.zh}第${chineseNumber(steps)}位`, `talks: ${sideText.en}, ${ordinal(steps)} on the ${chiefName.en}’s ${hand.en}`);
}

export function tableSeatText(project: Project, seat: Seat): Bilingual {
  const table = project.venue.elements.find((e): e is TableElement => e.id === seat.elementId && e.kind === 'table');
  const part = seat.table!;
  if (table?.purpose === 'banquet') return banquetText(project, table, seat);
  if (table?.purpose === 'reception') return receptionSeatText(tableSeats(project, table), seat);
  if (table?.purpose === 'talks' && (part.part === 'left-arm' || part.part === 'right-arm')) return talksText(project, table, seat);
  if (part.part === 'ring') return both(`第${seat.col}座`, `seat ${seat.col}`);
  const arm = part.part === 'left-arm' || part.part === 'right-arm';
  const where = TABLE_PARTS.get(part.part)!;
  return arm ? both(`${where.zh}第${chineseNumber(part.index + 1)}位`, `${ordinal(part.index + 1)} ${where.en}`) : where;
}
