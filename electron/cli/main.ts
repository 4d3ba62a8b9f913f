// zuoci command line: dispatch, exit codes and error reporting (cli.md). Each command's modules are
// loaded only when that command runs, so `--help` and a small `arrange` start fast (issue 11).
import { describeFailure, fontsNamedOnCommandLine, type CommandResult } from './cli-error';
import { HELP } from './help';

type Command = (args: string[]) => Promise<CommandResult>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  arrange: async () => (await import('./commands/arrange')).runArrange,
  cards: async () => (await import('./commands/cards')).runCards,
  order: async () => (await import('./commands/order')).runOrder,
  map: async () => (await import('./commands/map')).runMap,
  list: async () => (await import('./commands/map')).runList,
  photo: async () => (await import('./commands/photo')).runPhoto,
  cars: async () => (await import('./commands/cars')).runCars,
  reception: async () => (await import('./commands/ceremony')).runReception,
  signing: async () => (await import('./commands/ceremony')).runSigning,
  export: async () => (await import('./commands/export')).runExport,
  attendance: async () => (await import('./commands/attendance')).runAttendance,
};

export async function runCli(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    out.write(HELP.main + '\n');
    return command ? 0 : 2;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    err.write(`未知命令“${command}”。可用命令：${Object.keys(COMMANDS).join('、')}。\nUnknown command "${command}". See zuoci --help.\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    out.write(HELP[command] + '\n');
    return 0;
  }
  try {
    // A font named on the command line is the user's own choice; one named inside a document is not.
    const fonts = fontsNamedOnCommandLine(args);
    if (fonts.length) {
      const { allowUserFont } = await import('../services/fonts/font-choice');
      for (const font of fonts) allowUserFont(font);
    }
    const { warnings, notes = [] } = await (await load())(args);
    for (const note of notes) err.write(`提示 note: ${note}\n`);
    for (const warning of warnings) err.write(`警告 warning: ${warning}\n`);
    return warnings.length ? 1 : 0;
  } catch (error) {
    // Never a stack trace for the user (issue 12, item 8): 2 for their input, 3 for our bug.
    const failure = describeFailure(error);
    err.write(`错误：${failure.zh}\nError: ${failure.en}\n`);
    if (failure.code === 3 && process.env.ZUOCI_DEBUG) err.write(`${(error as Error)?.stack ?? ''}\n`);
    return failure.code;
  }
}
