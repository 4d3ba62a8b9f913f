import { FontNotFoundError } from '../services/fonts/font-choice';

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

/** A font file the user named that is not there is their mistake, not a crash. */
export async function withFontErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof FontNotFoundError) throw new CliUsageError(error.message, 'Font file not found.');
    throw error;
  }
}
