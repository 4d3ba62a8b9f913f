// CSV for Excel/WPS: UTF-8 with a BOM (so Excel on Chinese Windows does not read it as GBK), CRLF,
// RFC 4180 quoting, and text that would run as a formula (=, +, -, @) defused with a leading '.
export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
