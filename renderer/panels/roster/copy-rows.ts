// Ctrl+C on picked rows: the rows as tab-separated text with the table's headers, which Excel,
// WPS and a mail paste as a table. Cells with tabs, line breaks or quotes are quoted as Excel does.
import { seatCode } from '../../../shared/i18n/place-names';
import type { Language } from '../../../shared/i18n/text';
import type { RosterColumnKey, RosterTableMessages } from '../../i18n/roster10-messages';
import type { RosterRow } from './rows';

/** A cell as plain text, as the table shows it. */
export function cellText(row: RosterRow, column: RosterColumnKey, t: RosterTableMessages, unseated: string, language: Language): string {
  switch (column) {
    case 'order': return String(row.order);
    case 'rank': return row.person.rank === null ? '' : String(row.person.rank);
    case 'groups': return row.groups;
    case 'status': return t.statuses[row.status];
    case 'seat': return row.status === 'not-attending' ? '' : row.seat ? seatCode(row.seat.seat, language) : unseated;
    default: return row.person[column];
  }
}

const quoted = (text: string) => (/[\t\n\r"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export function rowsAsTsv(rows: readonly RosterRow[], columns: readonly RosterColumnKey[], t: RosterTableMessages, unseated: string, language: Language): string {
  const lines = [columns.map((column) => t.columns[column]), ...rows.map((row) => columns.map((column) => cellText(row, column, t, unseated, language)))];
  return lines.map((cells) => cells.map(quoted).join('\t')).join('\r\n');
}
