// zuoci cards: the arranged rostrum's name cards as a PDF, in seating order.
import { arrangeZones } from '../../../shared/arrange/arrange';
import type { Zone } from '../../../shared/layout/seats';
import { printCards } from '../../services/pdf/print-cards';
import { CliUsageError, type CommandResult } from '../cli-error';
import { COMMON_OPTIONS, parseCommandArgs, requireOption } from '../options';
import { loadInput } from '../load-input';
import { writeOutput } from '../write-output';

export const CARDS_OPTIONS = {
  ...COMMON_OPTIONS,
  zones: { type: 'string' },
  'second-line': { type: 'string' },
  'widen-two-char': { type: 'string' },
  font: { type: 'string' },
} as const;

function zonesOption(text = 'rostrum'): Zone[] {
  if (text === 'all') return ['rostrum', 'table', 'hall'];
  if (text === 'rostrum') return ['rostrum', 'table'];
  throw new CliUsageError(`--zones 只能是 rostrum 或 all；收到“${text}”。`, '--zones must be rostrum or all.');
}

function secondLineOption(text = 'none'): 'none' | 'title' | 'unit' {
  if (text === 'none' || text === 'title' || text === 'unit') return text;
  throw new CliUsageError(`--second-line 只能是 none、title 或 unit；收到“${text}”。`, '--second-line must be none, title or unit.');
}

function onOffOption(text: string, option: string): boolean {
  if (text === 'on' || text === 'off') return text === 'on';
  throw new CliUsageError(`--${option} 只能是 on 或 off；收到“${text}”。`, `--${option} must be on or off.`);
}

export async function runCards(args: string[]): Promise<CommandResult> {
  const options = parseCommandArgs(args, CARDS_OPTIONS);
  const outPath = requireOption(options.out, 'out');
  if (!outPath.toLowerCase().endsWith('.pdf')) throw new CliUsageError(`--out 须为 .pdf 文件；收到“${outPath}”。`, '--out must be a .pdf file.');
  const zones = zonesOption(options.zones);
  const input = await loadInput(options);
  // A .zuoci plan alone is printed as the user arranged it; with a roster, it is arranged first.
  const project = options.roster ? arrangeZones(input.project).project : input.project;
  const print = {
    ...project.print,
    secondLine: options['second-line'] ? secondLineOption(options['second-line']) : project.print.secondLine,
    widenTwoChar: options['widen-two-char'] ? onOffOption(options['widen-two-char'], 'widen-two-char') : project.print.widenTwoChar,
    font: options.font ?? project.print.font,
  };
  const printed = await printCards({ ...project, print }, zones);
  if (printed.cardCount === 0) throw new CliUsageError('没有可打印的座签：所选区域没有已安排的座位。', 'No cards to print: no seated people in the chosen zones.');
  await writeOutput(outPath, printed.pdf);
  const glyphWarnings = printed.missingGlyphs.map((m) => `字体缺字：${m.name}（${m.characters.join(' ')}）`);
  return { warnings: [...input.warnings, ...glyphWarnings] };
}
