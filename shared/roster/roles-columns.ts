// The roster columns for changes and roles (cli.md): 状态 (出席 / 请假 / 代会), 代会 (whom a
// substitute replaces, by name), 角色, 议题 (agenda items such as 1,3) and 分组. Each cell is
// checked; a value the app does not know is named by row and left out, never guessed.
import type { Person } from '../model/schema';
import type { RosterProblem } from './people-from-table';
import { both } from '../i18n/text';

export const ROLES = ['主持人', '汇报人', '发言人', '召集人'] as const;
export type Role = (typeof ROLES)[number];
const STATUSES = ['出席', '请假', '代会'];

export interface RoleCells {
  status?: string | undefined;
  substituteFor?: string | undefined;
  role?: string | undefined;
  agenda?: string | undefined;
  group?: string | undefined;
}

const warning = (row: number, field: string, message: string, en: string): RosterProblem => ({ severity: 'warning', row, field, message, en });

/** The optional fields of one person from their row's cells. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function roleFields(cells: RoleCells, excelRow: number, problems: RosterProblem[]): Partial<Person> {
  const fields: Partial<Mutable<Person>> = {};
  const status = (cells.status ?? '').trim();
  if (status === '请假') fields.absent = true;
  else if (status !== '' && !STATUSES.includes(status)) problems.push(warning(excelRow, '状态', `第 ${excelRow} 行：状态“${status}”不是 出席/请假/代会 之一，已按出席导入。`, `Row ${excelRow}: status "${status}" is not 出席/请假/代会; imported as present.`));
  const role = (cells.role ?? '').trim();
  if ((ROLES as readonly string[]).includes(role)) fields.role = role as Role;
  else if (role !== '') problems.push(warning(excelRow, '角色', `第 ${excelRow} 行：角色“${role}”不是 ${ROLES.join('/')} 之一，已忽略。`, `Row ${excelRow}: role "${role}" is not one of ${ROLES.join('/')}; ignored.`));
  const agenda = (cells.agenda ?? '').trim();
  if (agenda !== '') {
    const items = agenda.replace(/议题|第|项/g, '').split(/[,，、;；\s]+/).filter(Boolean).map(Number);
    if (items.every((n) => Number.isInteger(n) && n >= 1 && n <= 999)) fields.agendaItems = [...new Set(items)].sort((a, b) => a - b);
    else problems.push(warning(excelRow, '议题', `第 ${excelRow} 行：议题“${agenda}”应为议题序号，如 1,3；已忽略。`, `Row ${excelRow}: agenda "${agenda}" should be item numbers such as 1,3; ignored.`));
  }
  const group = (cells.group ?? '').trim();
  if (group !== '') fields.group = group;
  return fields;
}

/**
 * 代会: each substitute names the absent person they replace. Resolved after the whole roster is
 * read (the absentee may come later); the absentee is marked absent. Unknown or ambiguous names
 * are reported by row.
 */
export function linkSubstitutes(people: Person[], replaced: Map<number, { name: string; row: number }>, problems: RosterProblem[]): Person[] {
  const byName = new Map<string, Person[]>();
  for (const person of people) byName.set(person.name, [...(byName.get(person.name) ?? []), person]);
  const absentIds = new Set<string>();
  const linked = people.map((person, index) => {
    const target = replaced.get(index);
    if (!target) return person;
    const matches = (byName.get(target.name) ?? []).filter((p) => p !== person);
    if (matches.length !== 1) {
      const why = matches.length === 0 ? both('名单中没有此人', 'is not on the roster') : both('名单中有同名的人', 'has namesakes on the roster');
      problems.push(warning(target.row, '代会', `第 ${target.row} 行：代会对象“${target.name}”${why.zh}，未作代会处理。`, `Row ${target.row}: "${target.name}", whom this person stands in for, ${why.en}; not treated as a substitute.`));
      return person;
    }
    absentIds.add(matches[0]!.id);
    return { ...person, substituteFor: matches[0]!.id };
  });
  return linked.map((person) => (absentIds.has(person.id) ? { ...person, absent: true } : person));
}
