// Protocol 8.3: one sentence for each placement, in Chinese (the default) and English, derived from
// the seat, the person and the zone's rules, so it also explains a plan that was opened from a file.
import type { Person, Project } from '../model/schema';
import { rulesFor } from '../model/schema';
import { placeInRow, shownRow, type Seat } from '../layout/seats';
import { both, type Bilingual } from '../i18n/text';
import { chairOf } from './categories';
import { tableSeatText } from './explain-tables';
import { chineseNumber, ordinal } from './numbers';
import { rostrumPattern } from './rostrum-pattern';
import { placeName, seatCode } from '../i18n/place-names';
import { PHOTO_ZONE_NAME } from './photo';

export { chineseNumber } from './numbers';

/** A zone's name in English: the app's own names translated, the user's as typed. */
export const zoneInEnglish = (name: string): string => (name === PHOTO_ZONE_NAME ? 'Group photo' : placeName(name, 'en'));

/** The app's own categories in English; a category the user typed is theirs, shown as typed. */
const CATEGORY_EN = new Map([['出席', 'member'], ['列席', 'non-voting attendee'], ['媒体', 'press'], ['工作人员', 'staff'], ['主人', 'host'], ['陪同', 'host party'], ['主宾', 'chief guest'], ['宾客', 'guest']]);

const conventionLabel = (convention: 'left' | 'right') => (convention === 'left' ? both('左为上', 'left is senior') : both('右为上', 'right is senior'));

/** Where a seat sits relative to No.1 of its row, as the seated leaders see it. */
function relativeToFirst(seat: Seat, pattern: number[]): Bilingual {
  const place = placeInRow(seat);
  const seniority = pattern[place - 1]!;
  const firstCol = pattern.indexOf(1) + 1;
  if (seniority === 1) return both('1号位（居中）', 'No.1’s seat (centre)');
  // A seat to the audience's right is on the leader's left hand.
  const left = place > firstCol;
  const steps = Math.abs(place - firstCol);
  return both(`1号${left ? '左手' : '右手'}第${chineseNumber(steps)}位`, `${ordinal(steps)} on No.1’s ${left ? 'left' : 'right'}`);
}

const rankText = (person: Person) => (person.rank === null ? both('无排序号', 'no rank') : both(`排序第${person.rank}`, `rank ${person.rank}`));

/** Seated as the chair in this plan: the 主持人, or a group's 召集人 when there is no 主持人. */
const chairs = new WeakMap<readonly Person[], Person | null>();
function isChairHere(project: Project, person: Person): boolean {
  if (!chairs.has(project.people)) chairs.set(project.people, chairOf(project.people) ?? null);
  return chairs.get(project.people) === person;
}

function prefixOf(project: Project, seat: Seat, person: Person): Bilingual {
  const parts: Bilingual[] = [];
  if (project.locks.includes(seat.id)) parts.push(both('手动安排（已锁定）', 'placed by hand (locked)'));
  const original = person.substituteFor ? project.people.find((p) => p.id === person.substituteFor) : undefined;
  if (original) {
    // Photo risers are arranged as a rostrum but are no leaders' rostrum.
    const onRostrum = seat.zone === 'hall' && project.venue.elements.some((e) => e.kind === 'rostrum' && !e.risers) && !Object.values(project.assignment).includes(original.id);
    parts.push(onRostrum
      ? both(`代${original.name}出席（代会人员不占主席台领导座位，坐台下前排）`, `stands in for ${original.name} (a substitute does not take a rostrum leader’s seat; front of the hall)`)
      : both(`代${original.name}出席`, `stands in for ${original.name}`));
  }
  if (isChairHere(project, person)) parts.push(person.role === '召集人' ? both('召集人（按主持人就座）', 'convener (seated as the chair)') : both('主持人', 'chair'));
  parts.push(rankText(person));
  return both(parts.map((p) => p.zh).join('，'), parts.map((p) => p.en).join(', '));
}

function rostrumText(project: Project, seat: Seat, person: Person, prefix: Bilingual): Bilingual {
  const rules = rulesFor(project, seat.elementId);
  const convention = conventionLabel(rules.convention);
  const row = both(`${seat.zoneName}第${shownRow(seat)}排`, `${zoneInEnglish(seat.zoneName)} row ${shownRow(seat)}`);
  if (isChairHere(project, person) && rules.chairSeat === 'front-end') {
    return both(`${prefix.zh}，${row.zh}，前排一端的主持人座位`, `${prefix.en}, ${row.en}, the chair’s seat at the end of the front row`);
  }
  const chairNote = isChairHere(project, person) && rules.chairSeat === 'front-centre' ? both('，主持人居中', ', the chair in the centre') : both('', '');
  // 合影 (9.1): the front row sits, the rows behind stand — on the photo layout's element or any
  // risers drawn in the designer, whatever the user named them.
  const risers = seat.zoneName === PHOTO_ZONE_NAME || project.venue.elements.some((e) => e.id === seat.elementId && e.kind === 'rostrum' && e.risers);
  const posture = !risers ? both('', '') : seat.row === 1 ? both('（就座）', ' (seated)') : both('（站立）', ' (standing)');
  const where = relativeToFirst(seat, rostrumPattern(seat.rowLength, rules));
  return both(`${prefix.zh}，${row.zh}${posture.zh}，${where.zh}（${convention.zh}）${chairNote.zh}`, `${prefix.en}, ${row.en}${posture.en}, ${where.en} (${convention.en})${chairNote.en}`);
}

function hallText(project: Project, seat: Seat, person: Person, prefix: Bilingual): Bilingual {
  const rules = rulesFor(project, seat.elementId);
  const category = person.category || '出席';
  const head = both(category, CATEGORY_EN.get(category) ?? category);
  if (person.role === '发言人' && rules.speakersWaitingSeats && seat.row === 1) {
    return both(`发言人候场座（按发言顺序），${prefix.zh}；${seat.zoneName}第${shownRow(seat)}排第${seat.label}座`, `speaker’s waiting seat (in speaking order), ${prefix.en}; ${zoneInEnglish(seat.zoneName)} row ${shownRow(seat)} seat ${seat.label}`);
  }
  const byUnit = rules.groupByUnit || rules.method === 'columns';
  const unit = byUnit ? both(`，${person.unit || '无单位'}集中就座`, `, ${person.unit || 'no unit'} seated together`) : both('', '');
  const where = both(`${seat.zoneName}第${shownRow(seat)}排`, `${zoneInEnglish(seat.zoneName)} row ${shownRow(seat)}`);
  switch (rules.method) {
    case 'centre': {
      const relative = relativeToFirst(seat, rostrumPattern(seat.rowLength, rules));
      const convention = conventionLabel(rules.convention);
      return both(`${head.zh}${unit.zh}，${prefix.zh}；左右排列法：${where.zh}，${relative.zh}（${convention.zh}）`,
        `${head.en}${unit.en}, ${prefix.en}; centre-out: ${where.en}, ${relative.en} (${convention.en})`);
    }
    case 'columns':
      return both(`${head.zh}${unit.zh}，${prefix.zh}；竖排法：${where.zh}第${placeInRow(seat)}座（台下看从左数）`,
        `${head.en}${unit.en}, ${prefix.en}; columns: ${where.en} seat ${placeInRow(seat)} from the left (seen from the hall)`);
    default: {
      const fromLeft = rules.direction === 'a-left';
      const position = fromLeft ? placeInRow(seat) : seat.rowLength - placeInRow(seat) + 1;
      return both(`${head.zh}${unit.zh}，${prefix.zh}；横排法：${where.zh}${fromLeft ? '从左' : '从右'}数第${position}座（台下看）`,
        `${head.en}${unit.en}, ${prefix.en}; rows: ${where.en}, seat ${position} from the ${fromLeft ? 'left' : 'right'} (seen from the hall)`);
    }
  }
}

/** Why this person sits in this seat, in both languages: the UI picks one (pickText, inLanguage). */
export function explainPlacementIn(project: Project, seat: Seat, person: Person): Bilingual {
  const prefix = prefixOf(project, seat, person);
  // A locked seat was chosen by hand (a drop, or the leaders' word), not by the rules: the seat's
  // place in the rules' pattern is no reason for who sits there, so say only who and where.
  if (project.locks.includes(seat.id)) return both(`${prefix.zh}；${seatCode(seat, 'zh-CN')}`, `${prefix.en}; ${seatCode(seat, 'en')}`);
  if (seat.zone === 'rostrum') return rostrumText(project, seat, person, prefix);
  if (seat.zone === 'hall') return hallText(project, seat, person, prefix);
  const where = tableSeatText(project, seat);
  // 4.1: 列席 sit at the table after the members while it has seats.
  const after = person.category === '列席' && seat.table?.part !== 'foot' ? both('列席（坐在成员之后）', 'non-voting attendee (after the members)') : null;
  const lead = after ? both(`${after.zh}，${prefix.zh}`, `${after.en}, ${prefix.en}`) : prefix;
  return both(`${lead.zh}，${seat.zoneName}${where.zh}`, `${lead.en}, ${zoneInEnglish(seat.zoneName)}: ${where.en}`);
}

/** The Chinese sentence (the default language, and the CLI's 说明 column). */
export function explainPlacement(project: Project, seat: Seat, person: Person): string {
  return explainPlacementIn(project, seat, person).zh;
}
