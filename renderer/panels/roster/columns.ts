// The roster table's columns: which field each shows and edits, and how wide it is. The side
// panel shows a few; the table opened wide shows all twelve, as a meeting office's list has them.
import { EDITABLE_FIELDS, type EditableField } from '../../../shared/model/roster-edits';
import type { RosterColumnKey } from '../../i18n/roster10-messages';

export const WIDE_COLUMNS: readonly RosterColumnKey[] = ['order', 'name', 'gender', 'ethnicity', 'unit', 'title', 'rank', 'category', 'groups', 'status', 'seat', 'note'];
export const COMPACT_COLUMNS: readonly RosterColumnKey[] = ['name', 'unit', 'seat', 'status'];

/** Width in px; columns without one share what is left (unit, title, note). */
export const COLUMN_WIDTH: Partial<Record<RosterColumnKey, number>> = {
  order: 48, name: 100, gender: 44, ethnicity: 60, rank: 60, category: 64, groups: 88, status: 140, seat: 132,
};
export const COMPACT_WIDTH: Partial<Record<RosterColumnKey, number>> = { name: 92, seat: 96, status: 96 };

export const editableField = (column: RosterColumnKey): EditableField | null =>
  (EDITABLE_FIELDS as readonly string[]).includes(column) ? (column as EditableField) : null;

/** 分组 is typed too: group names separated by 、 (a new name makes a new group). */
export const editableColumn = (column: RosterColumnKey): boolean => editableField(column) !== null || column === 'groups';

/** Row height in px: fixed, so the window of drawn rows follows from the scroll position alone. */
export const ROW_HEIGHT = 28;
