// Roster files to a plain table of strings: xlsx via read-excel-file, csv via csv-parse, within
// IMPORT_LIMITS (file size, unpacked size, rows, columns) so a hostile file gets a message.
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { IMPORT_LIMITS } from '../../../shared/model/limits';
import { decodeText } from './decode-text';
import { checkTableSize, TableLimitError } from './table-limits';
import { checkZipLimits, ZipLimitError } from './zip-guard';
import { HostError } from '../host-error';

export class UnreadableRosterError extends HostError {}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await checkZipLimits(buffer);
  const sheets = await readXlsxFile(buffer);
  const first = sheets[0];
  if (!first) return [];
  checkTableSize(first.data);
  return first.data.map((row) => row.map(cellText));
}

function readCsv(bytes: Uint8Array): string[][] {
  const { text } = decodeText(bytes);
  // relax_column_count: rows with extra or missing cells are reported per row, not fatal.
  const table = parse(text, {
    bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false,
    // Stop reading (with an error) rather than build a table no roster has.
    to_line: IMPORT_LIMITS.rows + 21,
  }) as string[][];
  checkTableSize(table);
  if (table.length === IMPORT_LIMITS.rows + 21) throw new TableLimitError({ zh: `名单行数过多（超过 ${IMPORT_LIMITS.rows} 人）。请拆分后分别导入。`, en: `The roster has too many rows (over ${IMPORT_LIMITS.rows} people). Split it and import the parts.` });
  return table;
}

export async function readRosterTable(bytes: Uint8Array, fileName: string): Promise<string[][]> {
  const extension = fileName.toLowerCase().split('.').pop();
  if (bytes.byteLength > IMPORT_LIMITS.fileBytes) {
    throw new UnreadableRosterError({ zh: `名单文件“${fileName}”太大（${(bytes.byteLength / 1048576).toFixed(1)} MB，上限 ${IMPORT_LIMITS.fileBytes / 1048576} MB）。`, en: `The roster “${fileName}” is too large (${(bytes.byteLength / 1048576).toFixed(1)} MB; the limit is ${IMPORT_LIMITS.fileBytes / 1048576} MB).` });
  }
  try {
    if (extension === 'xlsx') return await readXlsx(bytes);
    if (extension === 'csv' || extension === 'txt') return readCsv(bytes);
  } catch (error) {
    if (error instanceof ZipLimitError || error instanceof TableLimitError) throw new UnreadableRosterError({ zh: `无法导入名单“${fileName}”：${error.message}`, en: `Cannot import the roster “${fileName}”: ${error.en}` });
    throw new UnreadableRosterError({ zh: `无法读取名单“${fileName}”：文件已损坏或格式不对（${(error as Error).message}）。`, en: `Cannot read the roster “${fileName}”: the file is damaged or not in a known format (${(error as Error).message}).` });
  }
  if (extension === 'xls' || extension === 'et' || extension === 'wps') {
    throw new UnreadableRosterError({ zh: `暂不支持旧版 .${extension} 表格：请在 Excel 或 WPS 中“另存为” .xlsx 后再导入。`, en: `Old .${extension} spreadsheets cannot be read yet: use “Save As” .xlsx in Excel or WPS, then import that.` });
  }
  throw new UnreadableRosterError({ zh: `无法导入“${fileName}”：名单须为 .xlsx 或 .csv 文件。`, en: `Cannot import “${fileName}”: a roster must be an .xlsx or .csv file.` });
}
