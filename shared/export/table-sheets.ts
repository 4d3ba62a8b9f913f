// The list sheets of the Excel export: the seating list (the roster with 区域 排 座), the seat index
// by 姓氏笔画 and the sign-in sheet by unit, in the same order as their printed versions.
import type { Person, Project } from '../model/schema';
import { seatedPlacements, type Placement } from '../arrange/placements';
import { shownRow } from '../layout/seats';
import { placementCode } from '../print/card-list';
import { placementsByStrokes, signInGroups } from '../print/seat-lists';
import { ALL_THIN, type CellSpec, type SheetSpec } from './sheet';

type Value = string | number;

const HEADER_FILL = '#e5e7eb';

function titleRow(text: string, width: number, sheet: SheetSpec): void {
  sheet.rows.push([{ value: text, bold: true, size: 14, align: 'center' }]);
  sheet.merges.push({ row: sheet.rows.length - 1, col: 0, rows: 1, cols: width });
}

function tableSheet(name: string, title: string, headers: { title: string; width: number }[]): SheetSpec {
  const sheet: SheetSpec = { name, rows: [], merges: [], columnWidths: headers.map((h) => h.width), landscape: false, headerRows: 2 };
  titleRow(title, headers.length, sheet);
  sheet.rows.push(headers.map((h) => ({ value: h.title, bold: true, fill: HEADER_FILL, align: 'center', border: ALL_THIN })));
  return sheet;
}

const dataRow = (values: Value[]): CellSpec[] =>
  values.map((value) => ({ value, border: ALL_THIN, align: typeof value === 'number' ? 'center' : 'left' }));

/** 排 as a number; a table has no rows. */
const rowOf = (p: Placement): Value => (p.seat.zone === 'table' ? '' : shownRow(p.seat));
/** 座 as printed: a number when the label is one, so Excel sorts it as a number. */
const seatOf = (p: Placement): Value => (/^\d+$/.test(p.seat.label) ? Number(p.seat.label) : p.seat.label);

const status = (person: Person): string => (person.absent ? '请假' : person.substituteFor ? '代会' : '出席');

const meetingTitle = (project: Project) => project.meta.title || '会议';

/** 座次名单: every person of the roster in roster order, with where they sit (blank when unseated). */
export function seatingListSheet(project: Project): SheetSpec {
  const sheet = tableSheet('座次名单', `${meetingTitle(project)}座次名单`, [
    { title: '序号', width: 6 }, { title: '姓名', width: 12 }, { title: '性别', width: 6 }, { title: '民族', width: 8 },
    { title: '单位', width: 28 }, { title: '职务', width: 24 }, { title: '排序号', width: 8 }, { title: '类别', width: 8 },
    { title: '状态', width: 6 }, { title: '区域', width: 12 }, { title: '排', width: 5 }, { title: '座', width: 5 },
  ]);
  const seatOfPerson = new Map(seatedPlacements(project).map((p) => [p.person.id, p]));
  [...project.people].sort((a, b) => a.rosterIndex - b.rosterIndex).forEach((person, i) => {
    const placed = seatOfPerson.get(person.id);
    sheet.rows.push(dataRow([
      i + 1, person.name, person.gender, person.ethnicity, person.unit, person.title, person.rank ?? '', person.category, status(person),
      placed?.seat.zoneName ?? '', placed ? rowOf(placed) : '', placed ? seatOf(placed) : '',
    ]));
  });
  return sheet;
}

/** 座次表 by 姓氏笔画 (7.4): find a name, read the seat. */
export function seatIndexSheet(project: Project): SheetSpec {
  const sheet = tableSheet('座次表（按笔画）', `${meetingTitle(project)}座次表（按姓氏笔画排序）`, [
    { title: '姓名', width: 12 }, { title: '单位', width: 28 }, { title: '区域', width: 12 }, { title: '排', width: 5 }, { title: '座', width: 5 },
  ]);
  for (const p of placementsByStrokes(project)) sheet.rows.push(dataRow([p.person.name, p.person.unit, p.seat.zoneName, rowOf(p), seatOf(p)]));
  return sheet;
}

/** 签到表: a heading per unit in unit order, then its people by rank, with room to sign. */
export function signInSheet(project: Project): SheetSpec {
  const headers = [{ title: '序号', width: 6 }, { title: '姓名', width: 12 }, { title: '职务', width: 26 }, { title: '座位', width: 20 }, { title: '签名', width: 18 }];
  const sheet = { ...tableSheet('签到表', `${meetingTitle(project)}签到表`, headers), rowHeight: 24 };
  for (const { unit, members } of signInGroups(project)) {
    sheet.rows.push([{ value: `${unit || '（未填单位）'}　${members.length} 人`, bold: true, border: ALL_THIN }]);
    sheet.merges.push({ row: sheet.rows.length - 1, col: 0, rows: 1, cols: headers.length });
    members.forEach((p, i) => sheet.rows.push(dataRow([i + 1, p.person.name, p.person.title, placementCode(p.seat), ''])));
  }
  return sheet;
}
