// zuoci command line: dispatch, exit codes and error reporting (cli.md).
import { allowUserFont } from '../services/fonts/font-choice';
import { describeFailure, fontsNamedOnCommandLine, type CommandResult } from './cli-error';
import { HELP } from './help';
import { runArrange } from './commands/arrange';
import { runCards } from './commands/cards';
import { runOrder } from './commands/order';
import { runList, runMap } from './commands/map';

const COMMANDS: Record<string, (args: string[]) => Promise<CommandResult>> = {
  arrange: runArrange,
  cards: runCards,
  order: runOrder,
  map: runMap,
  list: runList,
};

export async function runCli(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    out.write(HELP.main + '\n');
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    err.write(`未知命令“${command}”。可用命令：${Object.keys(COMMANDS).join('、')}。\nUnknown command "${command}". See zuoci --help.\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    out.write(HELP[command] + '\n');
    return 0;
  }
  try {
    // A font named on the command line is the user's own choice; one named inside a document is not.
    for (const font of fontsNamedOnCommandLine(args)) allowUserFont(font);
    const { warnings } = await run(args);
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
