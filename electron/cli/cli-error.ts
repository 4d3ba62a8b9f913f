import { DocumentFileError } from '../services/documents/documents';
import { FontNotFoundError } from '../services/fonts/font-choice';
import { UnreadableRosterError } from '../services/import/import-roster';
import { HostError } from '../services/host-error';

/** A mistake in how the CLI was called or what it was given: exit 2, message, no stack trace. */
export class CliUsageError extends Error {
  constructor(readonly zh: string, readonly en: string) {
    super(`${zh}\n${en}`);
  }
}

/** What a command reports: warnings make the exit code 1 (cli.md); notes are for information. */
export interface CommandResult {
  warnings: string[];
  notes?: string[];
}

/** Exit codes (cli.md): 0 done, 1 done with warnings, 2 the user's mistake, 3 our own fault. */
export const EXIT = { done: 0, warnings: 1, input: 2, internal: 3 } as const;

/** A font file the user named that is not there is their mistake, not a crash. */
export async function withFontErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof FontNotFoundError) throw new CliUsageError(error.message, error.en);
    throw error;
  }
}

/** File-system failures on paths the user named: their input, not our bug. */
const USER_FILE_CODES: Record<string, string> = {
  ENOENT: 'file or folder not found', EACCES: 'permission denied', EPERM: 'operation not permitted', EISDIR: 'is a folder',
  ENOTDIR: 'not a folder', EROFS: 'read-only file system', ENOSPC: 'disk full', ENAMETOOLONG: 'name too long', EEXIST: 'already exists',
  ELOOP: 'too many symbolic links', EINVAL: 'invalid path', EBUSY: 'file in use',
};

/**
 * Any error thrown by a command as what the user sees and the exit code: the user's mistakes as
 * 2 with the message; anything else is our fault, 3, with a one-line message and no stack trace
 * (set ZUOCI_DEBUG=1 to see it).
 */
export function describeFailure(error: unknown): { code: 2 | 3; zh: string; en: string } {
  if (error instanceof CliUsageError) return { code: EXIT.input, zh: error.zh, en: error.en };
  if (error instanceof HostError) return { code: EXIT.input, zh: error.message, en: error.en };
  if (error instanceof UnreadableRosterError || error instanceof DocumentFileError) {
    return { code: EXIT.input, zh: error.message, en: 'The input file could not be used (see the Chinese message above).' };
  }
  const fsCode = (error as NodeJS.ErrnoException | null)?.code;
  const fsPath = (error as NodeJS.ErrnoException | null)?.path;
  if (typeof fsCode === 'string' && fsCode in USER_FILE_CODES) {
    return { code: EXIT.input, zh: `无法读写文件${fsPath ? `“${fsPath}”` : ''}（${fsCode}）。`, en: `Cannot read or write ${fsPath ?? 'a file'}: ${USER_FILE_CODES[fsCode]} (${fsCode}).` };
  }
  if (typeof fsCode === 'string' && fsCode.startsWith('ERR_PARSE_ARGS')) {
    return { code: EXIT.input, zh: `参数有误：${(error as Error).message}`, en: `Invalid arguments: ${(error as Error).message}` };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: EXIT.internal, zh: `内部错误，请把这条信息告诉开发者：${message}`, en: `Internal error; please report it: ${message}` };
}

/** `--font` and `--fallback-font` name files the user chose on this machine: allowed like a dialog pick. */
export function fontsNamedOnCommandLine(args: readonly string[]): string[] {
  const named: string[] = [];
  args.forEach((arg, i) => {
    const [flag, inline] = arg.split(/=(.*)/s) as [string, string | undefined];
    if (flag !== '--font' && flag !== '--fallback-font') return;
    const value = inline ?? args[i + 1];
    if (value && value !== 'bundled' && value !== 'bundled-fallback' && value !== 'none') named.push(value.split('#')[0]!);
  });
  return named;
}
