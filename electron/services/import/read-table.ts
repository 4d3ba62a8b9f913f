// Roster files to a plain table of strings: xlsx via read-excel-file, csv via csv-parse.
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { decodeText } from './decode-text';

export class UnreadableRosterError extends Error {}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const sheets = await readXlsxFile(Buffer.from(bytes));
  const first = sheets[0];
  if (!first) return [];
  return first.data.map((row) => row.map(cellText));
}

function readCsv(bytes: Uint8Array): string[][] {
  const { text } = decodeText(bytes);
  // relax_column_count: rows with extra or missing cells are reported per row, not fatal.
  return parse(text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
}

export async function readRosterTable(bytes: Uint8Array, fileName: string): Promise<string[][]> {
  const extension = fileName.toLowerCase().split('.').pop();
  try {
    if (extension === 'xlsx') return await readXlsx(bytes);
    if (extension === 'csv' || extension === 'txt') return readCsv(bytes);
  } catch (error) {
    throw new UnreadableRosterError(`无法读取名单“${fileName}”：文件已损坏或格式不对（${(error as Error).message}）。`);
  }
  if (extension === 'xls' || extension === 'et' || extension === 'wps') {
    throw new UnreadableRosterError(`暂不支持旧版 .${extension} 表格：请在 Excel 或 WPS 中“另存为” .xlsx 后再导入。`);
  }
  throw new UnreadableRosterError(`无法导入“${fileName}”：名单须为 .xlsx 或 .csv 文件。`);
}
