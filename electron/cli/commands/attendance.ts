// zuoci attendance: the 到会情况 report (应到 / 实到 / 请假 / 未到 by category and unit, who is on
// leave, who has not come) of a meeting file whose sign-in desk recorded check-ins.
import { CliUsageError, type CommandResult } from '../cli-error';
import { parseCommandArgs, requireOption } from '../options';
import { writeOutput } from '../write-output';
import { readUserFile, UserFileError } from '../../services/documents/read-user-file';
import { withoutBom } from '../../services/documents/documents';
import { loadMeeting } from '../../../shared/model/load';
import { attendanceReportPdf } from '../../services/pdf/print-attendance';

export const ATTENDANCE_OPTIONS = {
  venue: { type: 'string' },
  session: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runAttendance(args: string[]): Promise<CommandResult> {
  const options = parseCommandArgs(args, ATTENDANCE_OPTIONS);
  const file = requireOption(options.venue, 'venue');
  const outPath = requireOption(options.out, 'out');
  if (!outPath.toLowerCase().endsWith('.pdf')) throw new CliUsageError(`--out 须为 .pdf 文件；收到“${outPath}”。`, '--out must be a .pdf file.');
  let text: string;
  try {
    text = withoutBom((await readUserFile(file)).toString('utf8'));
  } catch (error) {
    throw new CliUsageError(error instanceof UserFileError ? error.message : `找不到或无法读取文件：${file}`, `Cannot read file: ${file}`);
  }
  const loaded = loadMeeting(text);
  if (!loaded.ok) throw new CliUsageError(loaded.error.message, loaded.error.en ?? loaded.error.message);
  const session = options.session === undefined ? loaded.value.sessions[0]! : loaded.value.sessions.find((s) => s.name === options.session);
  if (!session) {
    const names = loaded.value.sessions.map((s) => s.name);
    throw new CliUsageError(`文件中没有名为“${options.session}”的场次（有：${names.join('、')}）。`, `The file has no session named "${options.session}" (it has: ${names.join(', ')}).`);
  }
  const made = await attendanceReportPdf(text, session.id);
  if (!made.ok) throw new CliUsageError('message' in made ? made.message : '', 'The report could not be made.');
  await writeOutput(outPath, made.value.pdf);
  return { warnings: loaded.warnings.map((w) => w.message) };
}
