// Roster columns (fixtures/README.md) and the header spellings real files use.
import { normalizeHeader } from '../names/normalize';

export type RosterField =
  | 'serial' | 'name' | 'gender' | 'ethnicity' | 'unit' | 'title' | 'rank' | 'category' | 'seatZone' | 'note'
  | 'status' | 'substituteFor' | 'role' | 'agenda' | 'group' | 'externalId';

const ALIASES: Record<RosterField, string[]> = {
  serial: ['序号'],
  name: ['姓名', '名字', '人员姓名'],
  gender: ['性别'],
  ethnicity: ['民族'],
  unit: ['单位', '工作单位', '所在单位', '单位名称'],
  title: ['职务', '职称', '职务职称'],
  rank: ['排序号', '名次', '排序', '排名', '序位'],
  category: ['类别', '人员类别', '参会类别', '身份', '参会身份'],
  // 位置: how some offices mark 主席台 / 台下; the import dialog asks before using it.
  seatZone: ['座区', '座位区域', '区域', '位置', '就座位置'],
  note: ['备注'],
  // cli.md: the columns batch users need for changes and roles.
  status: ['状态', '出席状态', '参会状态'],
  substituteFor: ['代会', '代替', '代会对象', '代谁出席'],
  role: ['角色', '会议角色'],
  agenda: ['议题', '议题序号', '列席议题'],
  group: ['分组', '组别', '讨论组'],
  // The key a re-import matches people by (merge.ts).
  externalId: ['编号', 'ID', 'id', '人员编号', '代表编号', '工号', '证件号', '身份证号', '身份证号码', '身份证'],
};

/** Every field in the order the import dialog offers them. */
export const ROSTER_FIELDS = Object.keys(ALIASES) as RosterField[];

const FIELD_BY_HEADER = new Map<string, RosterField>(
  Object.entries(ALIASES).flatMap(([field, names]) => names.map((name) => [name, field as RosterField])),
);


export function fieldForHeader(cell: string): RosterField | undefined {
  return FIELD_BY_HEADER.get(normalizeHeader(cell));
}

/** Header rows may sit below merged title rows: the first of the top rows that names 姓名. */
export function findHeaderRow(table: readonly (readonly string[])[], lookAhead = 10): number {
  return table.slice(0, lookAhead).findIndex((row) => row.some((cell) => fieldForHeader(cell) === 'name'));
}
