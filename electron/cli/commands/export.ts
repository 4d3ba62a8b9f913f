// zuoci export: the seating list, seat map grid, seat index and sign-in sheet as one .xlsx.
import { excelSheetKinds, type ExcelSheetKind } from '../../../shared/export/workbook';
import { exportXlsx } from '../../services/export/xlsx';
import { CliUsageError, type CommandResult } from '../cli-error';
import { COMMON_OPTIONS, parseCommandArgs, requireOption } from '../options';
import { loadInput } from '../load-input';
import { arrangeForCli } from '../arranged';
import { writeOutput } from '../write-output';

export const EXPORT_OPTIONS = {
  ...COMMON_OPTIONS,
  sheets: { type: 'string' },
  title: { type: 'string' },
} as const;

/** --sheets list,map,index,sign-in (any of them, in any order; the workbook keeps its own order). */
function sheetsOption(text: string | undefined): ExcelSheetKind[] {
  if (text === undefined) return [...excelSheetKinds];
  const chosen = text.split(',').map((part) => part.trim()).filter(Boolean);
  const unknown = chosen.filter((kind) => !(excelSheetKinds as readonly string[]).includes(kind));
  if (chosen.length === 0 || unknown.length) {
    throw new CliUsageError(`--sheets 只能是 ${excelSheetKinds.join('、')} 中的一个或几个（逗号分隔）；收到“${text}”。`, `--sheets takes one or more of ${excelSheetKinds.join(', ')}, comma-separated; got "${text}".`);
  }
  return chosen as ExcelSheetKind[];
}

export async function runExport(args: string[]): Promise<CommandResult> {
  const options = parseCommandArgs(args, EXPORT_OPTIONS);
  const outPath = requireOption(options.out, 'out');
  if (!outPath.toLowerCase().endsWith('.xlsx')) throw new CliUsageError(`--out 须为 .xlsx 文件；收到“${outPath}”。`, '--out must be an .xlsx file.');
  const sheets = sheetsOption(options.sheets);
  const input = await loadInput(options);
  // A .zuoci plan is exported as the user arranged it; with a roster, it is arranged first.
  const arranged = options.roster ? arrangeForCli(input.project) : { project: input.project, warnings: [], notes: [] };
  const project = options.title ? { ...arranged.project, meta: { ...arranged.project.meta, title: options.title } } : arranged.project;
  if (project.people.length === 0) throw new CliUsageError('没有可导出的人员：会议文件中没有名单。', 'Nothing to export: the document has no roster.');
  await writeOutput(outPath, await exportXlsx(project, sheets));
  return { warnings: [...input.warnings, ...arranged.warnings], notes: arranged.notes };
}
