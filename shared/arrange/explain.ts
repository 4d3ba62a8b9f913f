// Protocol 8.3: one Chinese sentence for each placement, derived from the seat, the person and the
// zone's rules, so it also explains a plan that was opened from a file.
import type { Person, Project } from '../model/schema';
import { rulesFor } from '../model/schema';
import type { Seat } from '../layout/seats';
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

const rankText = (person: Person) => (person.rank === null ? '无排序号' : `排序第${person.rank}`);

export function explainPlacement(project: Project, seat: Seat, person: Person): string {
  const rules = rulesFor(project, seat.elementId);
  const locked = project.locks.includes(seat.id) ? '领导指定座位（已锁定），' : '';
  const original = person.substituteFor ? project.people.find((p) => p.id === person.substituteFor) : undefined;
  const stand = original ? `代${original.name}出席，` : '';
  const prefix = `${locked}${stand}${rankText(person)}`;

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
