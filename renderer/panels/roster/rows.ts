// The table's rows: each roster person with what the open session says of them (状态, 座位) and
// the meeting's groups and namesakes. Filtering and sorting are pure, so they are unit-tested.
import { statusOf } from '../../../shared/model/attendance';
import type { Group, Meeting, RosterPerson, Session } from '../../../shared/model/meeting-schema';
import type { Person } from '../../../shared/model/schema';
import type { Seat } from '../../../shared/layout/seats';
import { findNamesakes } from '../../../shared/roster/namesakes';
import { matchesPinyin, pinyinQuery } from '../../../shared/names/name-pinyin';
import { comparePinyinNames } from '../../../shared/arrange/order';
import type { RosterColumnKey } from '../../i18n/roster10-messages';
import type { RosterFilters, RosterSort, RowStatus } from './roster-view';

export interface RosterRow {
  person: RosterPerson;
  /** 序号: the place on the meeting's roster, from 1. */
  order: number;
  status: RowStatus;
  /** The seat in the open session, with its place in the room's seat order (for sorting). */
  seat: { seat: Seat; order: number } | null;
  groups: string;
  /** Others with the same name (同名). */
  namesakes: readonly RosterPerson[];
  /** For 代会: the person stood in for, or the one standing in. */
  standsInFor: RosterPerson | null;
  substitutedBy: RosterPerson | null;
}

export interface RowSources {
  meeting: Pick<Meeting, 'people' | 'groups'>;
  /** The open session's seats and statuses (not the whole session: a lock or a room edit changes nothing here). */
  session: Pick<Session, 'assignment' | 'statuses'>;
  /** The open session's people (its plan's): who attends it. */
  attending: readonly Person[];
  /** seatId → seat and its place in the room's order. */
  seats: ReadonlyMap<string, { seat: Seat; order: number }>;
  /** findNamesakes of the roster, computed once per roster change. */
  namesakes?: ReadonlyMap<string, readonly RosterPerson[]>;
}

export function buildRows({ meeting, session, attending, seats, namesakes = findNamesakes(meeting.people) }: RowSources): RosterRow[] {
  const attends = new Set(attending.map((person) => person.id));
  const byId = new Map(meeting.people.map((person) => [person.id, person]));
  const seatOf = new Map<string, { seat: Seat; order: number }>();
  for (const [seatId, personId] of Object.entries(session.assignment)) {
    const seat = seats.get(seatId);
    if (seat) seatOf.set(personId, seat);
  }
  const groupsOf = groupNames(meeting.groups);
  return meeting.people.map((person, index) => {
    const status = statusOf(session, person.id);
    const substituteId = status === 'substituted' ? session.statuses[person.id]?.substituteId : undefined;
    return {
      person,
      order: index + 1,
      status: attends.has(person.id) ? status : 'not-attending',
      seat: seatOf.get(person.id) ?? null,
      groups: groupsOf.get(person.id)?.join('、') ?? '',
      namesakes: namesakes.get(person.id) ?? [],
      standsInFor: person.substituteFor === null ? null : byId.get(person.substituteFor) ?? null,
      substitutedBy: substituteId ? byId.get(substituteId) ?? null : null,
    };
  });
}

function groupNames(groups: readonly Group[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const group of groups) for (const id of group.memberIds) map.set(id, [...(map.get(id) ?? []), group.name]);
  return map;
}

/** Spaces typed inside names (王　伟) do not hide them from a search for 王伟. */
export const searchName = (name: string): string => name.replace(/[\s\u3000]+/g, '').toLowerCase();

/** Name or unit contains the text; Latin letters also match the start of the name's pinyin initials (wjg → 王建国) or spelling (wangjian). */
export function matchesQuery(person: Pick<RosterPerson, 'name' | 'unit'>, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const name = searchName(person.name);
  if (name.includes(q) || person.unit.toLowerCase().includes(q)) return true;
  const latin = pinyinQuery(q);
  return latin !== null && matchesPinyin(name, latin);
}

export function filterRows(rows: readonly RosterRow[], filters: RosterFilters): RosterRow[] {
  return rows.filter((row) =>
    (filters.scope === 'all' || row.status !== 'not-attending') &&
    (filters.category === null || row.person.category === filters.category) &&
    (filters.unit === null || row.person.unit === filters.unit) &&
    (filters.status === null || row.status === filters.status) &&
    (!filters.unseatedOnly || (row.seat === null && row.status === 'present')) &&
    matchesQuery(row.person, filters.query));
}

const collator = new Intl.Collator('zh-CN-u-co-pinyin', { numeric: true });
const STATUS_ORDER: Record<RowStatus, number> = { present: 0, absent: 1, substituted: 2, 'not-attending': 3 };

/** A row's value in a column, for sorting: numbers compare as numbers, text in pinyin order; null sorts last. */
function sortValue(row: RosterRow, column: RosterColumnKey): string | number | null {
  switch (column) {
    case 'order': return row.order;
    case 'rank': return row.person.rank;
    case 'seat': return row.seat?.order ?? null;
    case 'status': return STATUS_ORDER[row.status];
    case 'groups': return row.groups || null;
    default: return row.person[column] || null;
  }
}

/** Sorted by the column (empty cells last either way), ties kept in roster order. */
export function sortRows(rows: readonly RosterRow[], sort: RosterSort | null): RosterRow[] {
  if (!sort) return [...rows];
  const keyed = rows.map((row) => ({ row, value: sortValue(row, sort.column) }));
  const direction = sort.descending ? -1 : 1;
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === b.value ? a.row.order - b.row.order : a.value === null ? 1 : -1;
    const c = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value
      // Names by pinyin with the surname's reading (曾 zēng after 张, not céng beside 曹), as the rules' 拼音 order.
      : sort.column === 'name' ? comparePinyinNames(String(a.value), String(b.value))
        : collator.compare(String(a.value), String(b.value));
    return c * direction || a.row.order - b.row.order;
  });
  return keyed.map(({ row }) => row);
}

/** The distinct values of a field, most common first, for the filter lists. */
export function distinctValues(people: readonly RosterPerson[], field: 'category' | 'unit'): string[] {
  const counts = new Map<string, number>();
  for (const person of people) if (person[field]) counts.set(person[field], (counts.get(person[field]) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0])).map(([value]) => value);
}
