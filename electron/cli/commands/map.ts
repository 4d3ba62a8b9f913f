// zuoci map / zuoci list: the seat map, and the seat index, sign-in sheets or seat tickets.
import type { Project, SeatMapSettings } from '../../../shared/model/schema';
import { printList, printSeatMap, type ListKind } from '../../services/pdf/print-map';
import { CliUsageError, withFontErrors, type CommandResult } from '../cli-error';
import { COMMON_OPTIONS, oneOf, parseCommandArgs, requireOption } from '../options';
import { loadInput } from '../load-input';
import { arrangeForCli } from '../arranged';
import { writeOutput } from '../write-output';
import { fontOption } from '../font-option';

const PAGE_OPTIONS = {
  ...COMMON_OPTIONS,
  title: { type: 'string' },
  date: { type: 'string' },
  place: { type: 'string' },
  font: { type: 'string' },
} as const;

export const MAP_OPTIONS = {
  ...PAGE_OPTIONS,
  paper: { type: 'string' },
  landscape: { type: 'boolean' },
  portrait: { type: 'boolean' },
  view: { type: 'string' },
  'row-labels': { type: 'string' },
  'approved-by': { type: 'string' },
  'approved-at': { type: 'string' },
} as const;

export const LIST_OPTIONS = { ...PAGE_OPTIONS, kind: { type: 'string' } } as const;

interface PageOptionValues { out?: string | undefined; roster?: string | undefined; title?: string | undefined; date?: string | undefined; place?: string | undefined; font?: string | undefined }

/** The document to print: a .zuoci plan as it is, or a roster arranged into the room. */
async function documentFor(options: PageOptionValues & Parameters<typeof loadInput>[0]): Promise<{ project: Project; warnings: string[]; outPath: string }> {
  const outPath = requireOption(options.out, 'out');
  if (!outPath.toLowerCase().endsWith('.pdf')) throw new CliUsageError(`--out 须为 .pdf 文件；收到“${outPath}”。`, '--out must be a .pdf file.');
  const input = await loadInput(options);
  const result = options.roster ? arrangeForCli(input.project) : { project: input.project, warnings: [], notes: [] };
  const arranged = result.project;
  const meta = { ...arranged.meta, ...(options.title ? { title: options.title } : {}), ...(options.date ? { date: options.date } : {}), ...(options.place ? { place: options.place } : {}) };
  const print = { ...arranged.print, ...(options.font ? { font: (await fontOption(options.font))! } : {}) };
  return { project: { ...arranged, meta, print }, warnings: [...input.warnings, ...result.warnings], outPath };
}

export async function runMap(args: string[]): Promise<CommandResult> {
  const options = parseCommandArgs(args, MAP_OPTIONS);
  const { project, warnings, outPath } = await documentFor(options);
  const defaults = project.print.map;
  const settings: SeatMapSettings = {
    paper: oneOf('paper', options.paper?.toUpperCase(), ['A3', 'A4']) ?? defaults.paper,
    landscape: options.portrait ? false : options.landscape ? true : defaults.landscape,
    view: oneOf('view', options.view, ['a', 'r']) ?? defaults.view,
    rowLabels: oneOf('row-labels', options['row-labels'], ['arabic', 'chinese']) ?? defaults.rowLabels,
  };
  const approved = options['approved-by']
    ? { ...project, meta: { ...project.meta, status: 'approved' as const, approvedBy: options['approved-by'], approvedAt: options['approved-at'] ?? new Date().toISOString().slice(0, 10) } }
    : project;
  const { pdf } = await withFontErrors(() => printSeatMap(approved, settings));
  await writeOutput(outPath, pdf);
  return { warnings };
}

export async function runList(args: string[]): Promise<CommandResult> {
  const options = parseCommandArgs(args, LIST_OPTIONS);
  const kind: ListKind = oneOf('kind', options.kind, ['index', 'sign-in', 'tickets']) ?? 'index';
  const { project, warnings, outPath } = await documentFor(options);
  const { pdf, pageCount } = await withFontErrors(() => printList(project, kind));
  if (pageCount === 0) throw new CliUsageError('没有可列出的座位：还没有人入座。', 'Nothing to list: nobody is seated.');
  await writeOutput(outPath, pdf);
  return { warnings };
}
