// Protocol 8.3: one Chinese sentence for each placement, derived from the seat, the person and the
// zone's rules, so it also explains a plan that was opened from a file.
import type { Person, Project } from '../model/schema';
import { rulesFor } from '../model/schema';
import { deriveSeats, type Seat } from '../layout/seats';
import { banquetSeats } from './banquet';
import { rostrumPattern } from './rostrum-pattern';

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 12 → 十二, 35 → 三十五 (positions on a row never reach 1000). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 100) return `${n >= 20 ? DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? DIGITS[n % 10] : ''}`;
  return String(n);
}

const conventionLabel = (convention: 'left' | 'right') => (convention === 'left' ? '左为上' : '右为上');

/** Where a seat sits relative to No.1 of its row, as the seated leaders see it. */
function relativeToFirst(seat: Seat, pattern: number[]): string {
  const seniority = pattern[seat.col - 1]!;
  const firstCol = pattern.indexOf(1) + 1;
  if (seniority === 1) return '1号位（居中）';
  // A seat to the audience's right is on the leader's left hand.
  const hand = seat.col > firstCol ? '左手' : '右手';
  return `1号${hand}第${chineseNumber(Math.abs(seat.col - firstCol))}位`;
}

const TABLE_PARTS: Record<string, string> = { head: '桌首', 'left-arm': '桌首左手一侧', 'right-arm': '桌首右手一侧', foot: '桌尾（汇报席，面向主持人）' };
const BANQUET_GUESTS = ['主陪右手（第一主宾）', '主陪左手（第二主宾）', '副主陪右手（第三主宾）', '副主陪左手（第四主宾）'];

/** Where a table seat is, in the words of protocol 4 and 5. */
function tableSeatText(project: Project, seat: Seat): string {
  const table = project.venue.elements.find((e) => e.id === seat.elementId);
  const part = seat.table!;
  if (table?.kind === 'table' && table.purpose === 'banquet') {
    const seats = deriveSeats({ ...project.venue, elements: [table] });
    const roles = banquetSeats(seats, project.venue);
    if (roles.host.id === seat.id) return '主陪位（面向正门）';
    if (roles.deputy.id === seat.id) return '副主陪位（与主陪相对）';
    const guest = roles.guests.findIndex((s) => s.id === seat.id);
    return guest >= 0 ? BANQUET_GUESTS[guest]! : `第${seat.col}座（离主陪近者为先，右高于左）`;
  }
  if (part.part === 'ring') return `第${seat.col}座`;
  const along = part.part === 'left-arm' || part.part === 'right-arm' ? `第${chineseNumber(part.index + 1)}位` : '';
  return `${TABLE_PARTS[part.part]}${along}`;
}

const rankText = (person: Person) => (person.rank === null ? '无排序号' : `排序第${person.rank}`);

export function explainPlacement(project: Project, seat: Seat, person: Person): string {
  const rules = rulesFor(project, seat.elementId);
  const locked = project.locks.includes(seat.id) ? '领导指定座位（已锁定），' : '';
  const original = person.substituteFor ? project.people.find((p) => p.id === person.substituteFor) : undefined;
  const stand = original ? `代${original.name}出席，` : '';
  const prefix = `${locked}${stand}${rankText(person)}`;

  if (seat.zone === 'table') return `${prefix}，${seat.zoneName}${tableSeatText(project, seat)}`;
  if (seat.zone === 'rostrum') {
    const pattern = rostrumPattern(seat.rowLength, rules);
    return `${prefix}，${seat.zoneName}第${seat.row}排，${relativeToFirst(seat, pattern)}（${conventionLabel(rules.convention)}）`;
  }
  const category = person.category || '出席';
  const unit = rules.groupByUnit || rules.method === 'columns' ? `，${person.unit || '无单位'}集中就座` : '';
  const where = `${seat.zoneName}第${seat.row}排`;
  switch (rules.method) {
    case 'centre':
      return `${category}${unit}，${prefix}；左右排列法：${where}，${relativeToFirst(seat, rostrumPattern(seat.rowLength, rules))}（${conventionLabel(rules.convention)}）`;
    case 'columns':
      return `${category}${unit}，${prefix}；竖排法：${where}第${seat.col}座（台下看从左数）`;
    default: {
      const fromLeft = rules.direction === 'a-left';
      const position = fromLeft ? seat.col : seat.rowLength - seat.col + 1;
      return `${category}${unit}，${prefix}；横排法：${where}${fromLeft ? '从左' : '从右'}数第${position}座（台下看）`;
    }
  }
}
