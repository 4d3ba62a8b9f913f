// Documents handed to the app by the system: double-click (Windows and Linux put the path in
// argv, macOS sends open-file), or a second launch passing its argv to the first instance.
import path from 'node:path';

/** The .zuoci paths in a command line, skipping the executable, flags and Chromium's switches. */
export function documentsInArgv(argv: readonly string[], cwd = process.cwd()): string[] {
  return argv.slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.zuoci'))
    .map((arg) => path.resolve(cwd, arg));
}
