// Options every command shares (cli.md "Common"): parsed strictly, so a typo is an error.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliUsageError } from './cli-error';

export const COMMON_OPTIONS = {
  roster: { type: 'string' },
  venue: { type: 'string' },
  rostrum: { type: 'string' },
  hall: { type: 'string' },
  aisles: { type: 'string' },
  numbering: { type: 'string' },
  session: { type: 'string' },
  group: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

type StrictConfig<T> = { args: string[]; options: T; strict: true; allowPositionals: false };
type OptionValues<T extends NonNullable<ParseArgsConfig['options']>> = ReturnType<typeof parseArgs<StrictConfig<T>>>['values'];

export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T): OptionValues<T> {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const detail = (error as Error).message;
    throw new CliUsageError(`参数有误：${detail}。用 --help 查看用法。`, `Invalid arguments: ${detail}. See --help.`);
  }
}

export function positiveIntegers(text: string, option: string): number[] {
  const values = text.split(',').map((part) => Number(part.trim()));
  if (values.length === 0 || values.some((value) => !Number.isInteger(value) || value < 1 || value > 1000)) {
    throw new CliUsageError(`--${option} 应为逗号分隔的正整数，例如 14,14；收到“${text}”。`, `--${option} takes comma-separated positive integers such as 14,14; got "${text}".`);
  }
  return values;
}

export function hallSize(text: string): { rows: number; seatsPerRow: number } {
  const match = /^(\d+)\s*[x×*]\s*(\d+)$/i.exec(text.trim());
  const rows = Number(match?.[1]);
  const seatsPerRow = Number(match?.[2]);
  if (!match || rows < 1 || seatsPerRow < 1 || rows > 1000 || seatsPerRow > 1000) {
    throw new CliUsageError(`--hall 应为“排数x每排座数”，例如 20x30；收到“${text}”。`, `--hall takes ROWSxSEATS such as 20x30; got "${text}".`);
  }
  return { rows, seatsPerRow };
}

export function requireOption(value: string | undefined, option: string): string {
  if (!value) throw new CliUsageError(`缺少 --${option} 参数。用 --help 查看用法。`, `Missing --${option}. See --help.`);
  return value;
}

/** An option limited to some values; undefined when not given. */
export function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined || (allowed as readonly string[]).includes(value)) return value as T | undefined;
  throw new CliUsageError(`--${option} 只能是 ${allowed.join('、')}；收到“${value}”。`, `--${option} must be one of ${allowed.join(', ')}; got "${value}".`);
}
