// zuoci cards: name cards as a PDF, in seating order, with the print dialog's options.
import type { Zone } from '../../../shared/layout/seats';
import type { PrintSettings } from '../../../shared/model/schema';
import { printCards } from '../../services/pdf/print-cards';
import { CliUsageError, withFontErrors, type CommandResult } from '../cli-error';
import { COMMON_OPTIONS, oneOf, parseCommandArgs, requireOption } from '../options';
import { loadInput } from '../load-input';
import { arrangeForCli } from '../arranged';
import { writeOutput } from '../write-output';
import { fontOption } from '../font-option';

export const CARDS_OPTIONS = {
  ...COMMON_OPTIONS,
  zones: { type: 'string' },
  format: { type: 'string' },
  font: { type: 'string' },
  'fallback-font': { type: 'string' },
  'second-line': { type: 'string' },
  english: { type: 'boolean' },
  'widen-two-char': { type: 'string' },
  vertical: { type: 'boolean' },
  'no-marks': { type: 'boolean' },
  'changed-only': { type: 'boolean' },
} as const;

function zonesOption(text = 'rostrum'): Zone[] {
  if (text === 'all') return ['rostrum', 'table', 'hall'];
  if (text === 'rostrum') return ['rostrum', 'table'];
  throw new CliUsageError(`--zones 只能是 rostrum 或 all；收到“${text}”。`, '--zones must be rostrum or all.');
}

/** --format a4-fold2 | a4-fold3 | insert-200x100 | WxH (face size in mm). */
function formatOption(text: string): Pick<PrintSettings, 'cardFormat'> & Partial<PrintSettings> {
  const custom = /^(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)$/i.exec(text);
  if (custom) {
    const [width, height] = [Number(custom[1]), Number(custom[2])];
    if (width < 50 || width > 420 || height < 30 || height > 300) {
      throw new CliUsageError(`--format 自定义尺寸须在 50–420 × 30–300 毫米之间；收到“${text}”。`, `--format WxH must be within 50–420 × 30–300 mm.`);
    }
    return { cardFormat: 'custom', customWidth: width, customHeight: height };
  }
  return { cardFormat: oneOf('format', text, ['a4-fold2', 'a4-fold3', 'insert-200x100'])! };
}

export async function runCards(args: string[]): Promise<CommandResult> {
  const options = parseCommandArgs(args, CARDS_OPTIONS);
  const outPath = requireOption(options.out, 'out');
  if (!outPath.toLowerCase().endsWith('.pdf')) throw new CliUsageError(`--out 须为 .pdf 文件；收到“${outPath}”。`, '--out must be a .pdf file.');
  const zones = zonesOption(options.zones);
  const input = await loadInput(options);
  // A .zuoci plan alone is printed as the user arranged it; with a roster, it is arranged first.
  const arranged = options.roster ? arrangeForCli(input.project) : { project: input.project, warnings: [], notes: [] };
  const { project } = arranged;
  const font = await fontOption(options.font);
  const fallbackFont = await fontOption(options['fallback-font']);
  const print: PrintSettings = {
    ...project.print,
    ...(options.format ? formatOption(options.format) : {}),
    ...(options['second-line'] ? { secondLine: oneOf('second-line', options['second-line'], ['none', 'title', 'unit']) } : {}),
    ...(options['widen-two-char'] ? { widenTwoChar: oneOf('widen-two-char', options['widen-two-char'], ['on', 'off']) === 'on' } : {}),
    ...(font ? { font } : {}),
    ...(fallbackFont ? { fallbackFont } : {}),
    ...(options.english ? { englishLine: true } : {}),
    ...(options.vertical ? { vertical: true } : {}),
    ...(options['no-marks'] ? { marks: false } : {}),
  };
  const printed = await withFontErrors(() => printCards({ ...project, print }, { zones, changedOnly: options['changed-only'] ?? false }));
  if (printed.cardCount === 0 && printed.missingGlyphs.length === 0) {
    throw new CliUsageError('没有可打印的座签：所选区域没有已安排的座位。', 'No cards to print: no seated people in the chosen zones.');
  }
  await writeOutput(outPath, printed.pdf);
  const glyphWarnings = printed.missingGlyphs.map((m) => `字体缺字，此座签未打印：${m.name}（${m.characters.join(' ')}）`);
  return { warnings: [...input.warnings, ...arranged.warnings, ...glyphWarnings], notes: arranged.notes };
}
