/** A mistake in how the CLI was called or what it was given: exit 2, message, no stack trace. */
export class CliUsageError extends Error {
  constructor(readonly zh: string, readonly en: string) {
    super(`${zh}\n${en}`);
  }
}

/** What a command reports: warnings make the exit code 1 (cli.md). */
export interface CommandResult {
  warnings: string[];
}
