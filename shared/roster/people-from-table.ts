// A roster table (rows of cells, as read from xlsx or csv) to people, with every problem named by
// its row (as numbered in Excel) and field. Rows with problems are reported; the rest import.
import type { Person } from '../model/schema';
import { makePerson } from '../model/person';
import type { UserError } from '../model/user-error';
import { normalizeName, normalizeNameKeepingOriginal, unusualNameCharacters } from '../names/normalize';
import { findHeaderRow, type RosterField } from './columns';
import { findRostrumMarks, proposeMapping, zoneFromCell, type ColumnMapping, type RostrumMarks } from './mapping';
import { linkSubstitutes, roleFields } from './roles-columns';

export const KNOWN_CATEGORIES = ['出席', '列席', '媒体', '工作人员', '主人', '主宾', '宾客', '陪同'];
const MAX_NAME_LENGTH = 30;

export interface RosterProblem extends UserError {
  severity: 'error' | 'warning';
}

export interface RosterImport {
  people: Person[];
  /** For each person, the index of their row in the table. */
  tableRows: number[];
  /** Errors skip the row; warnings keep it. */
  problems: RosterProblem[];
}

type Row = Partial<Record<RosterField, string>>;

function parseRank(raw: string | undefined, excelRow: number, problems: RosterProblem[]): number | null {
  const text = (raw ?? '').trim();
  if (text === '') return null;
  const rank = Number(text);
  if (!Number.isInteger(rank) || rank <= 0) {
    problems.push({
      severity: 'warning', row: excelRow, field: '排序号',
      message: `第 ${excelRow} 行：排序号“${text}”不是正整数，已按无排序号导入。`,
      en: `Row ${excelRow}: the rank “${text}” is not a positive whole number; imported without a rank.`,
    });
    return null;
  }
  return rank;
}

function checkName(name: string, excelRow: number): RosterProblem | null {
  const at = { row: excelRow, field: '姓名' };
  if (name === '') return { severity: 'error', ...at, message: `第 ${excelRow} 行：缺少姓名，该行未导入。`, en: `Row ${excelRow}: no name; the row was not imported.` };
  if (/^[=+\-@]/.test(name)) {
    return { severity: 'error', ...at, message: `第 ${excelRow} 行：姓名以“${name[0]}”开头，像是表格公式，该行未导入。`,
      en: `Row ${excelRow}: the name starts with “${name[0]}” like a spreadsheet formula; the row was not imported.` };
  }
  if ([...name].length > MAX_NAME_LENGTH) {
    return { severity: 'error', ...at, message: `第 ${excelRow} 行：姓名超过 ${MAX_NAME_LENGTH} 个字，该行未导入。`,
      en: `Row ${excelRow}: the name is longer than ${MAX_NAME_LENGTH} characters; the row was not imported.` };
  }
  return null;
}

export interface MappingOptions {
  /** Ids p<firstId>, p<firstId+1>…: provisional, the document matches them to people it has. */
  readonly firstId?: number;
  /** Use the 主席台 marks (mapping.ts findRostrumMarks) as people's 座区; the dialog asks first. */
  readonly useRostrumMarks?: boolean;
}

const FIELD_WORDS: Partial<Record<RosterField, string>> = {
  name: '姓名', unit: '单位', title: '职务', rank: '排序号', category: '类别', seatZone: '座区', gender: '性别', ethnicity: '民族', note: '备注',
  status: '状态', substituteFor: '代会', role: '角色', agenda: '议题', group: '分组', externalId: '编号',
};

/** `firstId` lets a second import continue the id sequence of people already in the document. */
export function peopleFromTable(table: readonly (readonly string[])[], firstId = 1): RosterImport {
  const headerIndex = findHeaderRow(table);
  if (headerIndex < 0) {
    return { people: [], tableRows: [], problems: [{ severity: 'error', row: 1, field: '姓名', message: '找不到表头：名单的前 10 行中没有“姓名”列。', en: 'No header found: none of the first 10 rows has a 姓名 (name) column.' }] };
  }
  const mapping = proposeMapping(table);
  // Without the dialog (CLI, scripts) a 座区 column is used as it always was; 主席台 in 备注 is not.
  return peopleFromMapping(table, mapping, { firstId, useRostrumMarks: findRostrumMarks(table, mapping)?.source === 'zone-column' });
}

/** The table's rows to people through a mapping the user saw; every fault named by its Excel row. */
export function peopleFromMapping(table: readonly (readonly string[])[], mapping: ColumnMapping, options: MappingOptions = {}): RosterImport {
  const { firstId = 1, useRostrumMarks = false } = options;
  const problems: RosterProblem[] = [];
  const headerIndex = mapping.headerRow;
  const header = mapping.columns;
  if (!header.includes('name')) {
    return { people: [], tableRows: [], problems: [{ severity: 'error', row: Math.max(1, headerIndex + 1), field: '姓名', message: '没有“姓名”列：请为一列选择“姓名”。', en: 'No name column: choose 姓名 (name) for one column.' }] };
  }
  const marks = findRostrumMarks(table, mapping);
  const lastMapped = header.reduce((last, field, i) => (field ? i : last), -1);
  // Cells past the header row's own end are "extra" (the mapping is as wide as the widest row).
  const headerWidth = headerIndex >= 0 ? table[headerIndex]!.length : header.length;
  const people: Person[] = [];
  const tableRows: number[] = [];
  const seen = new Map<string, number>();
  // 代会 names, by the index of the substitute in `people`: linked once everyone is read.
  const replaced = new Map<number, { name: string; row: number }>();

  table.slice(headerIndex + 1).forEach((cells, offset) => {
    const excelRow = headerIndex + offset + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    const row: Row = {};
    header.forEach((field, column) => field && (row[field] = (cells[column] ?? '').trim()));
    const { name, original } = normalizeNameKeepingOriginal(row.name ?? '');
    const nameProblem = checkName(name, excelRow);
    if (nameProblem) return void problems.push(nameProblem);

    const at = (field: string) => ({ severity: 'warning' as const, row: excelRow, field });
    if (cells.length > headerWidth && cells.slice(headerWidth).some((cell, i) => cell.trim() !== '' && !header[headerWidth + i])) {
      problems.push({ ...at('列数'), message: `第 ${excelRow} 行：比表头多出内容，多出的部分已忽略。`, en: `Row ${excelRow}: more cells than the header has; the extra ones were ignored.` });
    }
    if (headerIndex >= 0 && cells.length <= lastMapped) {
      const missingFields = header.slice(cells.length).filter((field): field is RosterField => field !== null);
      const missing = missingFields.map((field) => FIELD_WORDS[field] ?? field);
      const fewer = Math.max(1, headerWidth - cells.length);
      problems.push({ ...at('列数'), message: `第 ${excelRow} 行：比表头少 ${fewer} 列，${missing.join('、')} 按空白导入。`, en: `Row ${excelRow}: ${fewer} ${fewer === 1 ? 'cell' : 'cells'} fewer than the header; ${missingFields.join(', ')} imported as blank.` });
    }
    const odd = unusualNameCharacters(name);
    if (odd.length) problems.push({ ...at('姓名'), message: `第 ${excelRow} 行：姓名“${name}”含有不常见的字符 ${odd.join(' ')}，请核对。`, en: `Row ${excelRow}: the name “${name}” has unusual characters ${odd.join(' ')}; please check.` });
    const category = row.category ?? '';
    if (category !== '' && !KNOWN_CATEGORIES.includes(category)) {
      problems.push({ ...at('类别'), message: `第 ${excelRow} 行：类别“${category}”不是 ${KNOWN_CATEGORIES.join('/')} 之一，已照原样导入。`, en: `Row ${excelRow}: the category “${category}” is not one of ${KNOWN_CATEGORIES.join('/')}; imported as it is.` });
    }
    const unit = row.unit ?? '';
    const externalId = row.externalId ?? '';
    // With an ID column the ID is who a person is (two 王伟 of one unit may both come); else name + unit.
    const key = externalId !== '' ? `id\u0000${externalId}` : `${name}\u0000${unit}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const same = externalId !== '' ? { zh: `编号“${externalId}”与第 ${earlier} 行相同`, en: `the same ID “${externalId}” as row ${earlier}` } : { zh: `与第 ${earlier} 行重复（同名同单位）`, en: `the same name and unit as row ${earlier}` };
      problems.push({ severity: 'error', row: excelRow, field: externalId !== '' ? '编号' : '姓名', message: `第 ${excelRow} 行：${same.zh}，该行未导入。`, en: `Row ${excelRow}: ${same.en}; the row was not imported.` });
      return;
    }
    seen.set(key, excelRow);
    tableRows.push(headerIndex + 1 + offset);
    const stands = normalizeName(row.substituteFor ?? '');
    if (stands !== '') replaced.set(people.length, { name: stands, row: excelRow });
    people.push(makePerson({
      id: `p${firstId + people.length}`,
      name, unit, title: row.title ?? '', rank: parseRank(row.rank, excelRow, problems), category,
      seatZone: seatZoneOf(cells, row, marks, useRostrumMarks), gender: row.gender ?? '', ethnicity: row.ethnicity ?? '', note: row.note ?? '',
      rosterIndex: people.length,
      ...(original !== undefined && { originalName: original }),
      ...(externalId !== '' && { externalId }),
      ...roleFields(row, excelRow, problems),
    }));
  });
  return { people: replaced.size ? linkSubstitutes(people, replaced, problems) : people, tableRows, problems };
}

/** 座区 from the rostrum marks the user agreed to use; nothing otherwise (the engine then picks by rank). */
function seatZoneOf(cells: readonly string[], row: Row, marks: RostrumMarks | null, use: boolean): string {
  if (!use || !marks) return '';
  if (marks.source === 'zone-column') return zoneFromCell(row.seatZone ?? '');
  return (cells[marks.column] ?? '').includes('主席台') ? '主席台' : '';
}
