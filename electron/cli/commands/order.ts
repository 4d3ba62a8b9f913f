// zuoci order: the roster in a chosen order (protocol 3), its own columns kept, 序号 renumbered.
import path from 'node:path';
import { comparatorFor, sortPeople } from '../../../shared/arrange/order';
import { DEFAULT_ORDERING } from '../../../shared/model/schema';
import { toCsv } from '../../../shared/export/csv';
import { findHeaderRow } from '../../../shared/roster/columns';
import { peopleFromTable } from '../../../shared/roster/people-from-table';
import { CliUsageError, type CommandResult } from '../cli-error';
import { oneOf, parseCommandArgs, requireOption } from '../options';
import { readRosterFile } from '../load-input';
import { strokeDataWarnings } from '../rule-options';
import { writeOutput } from '../write-output';

export const ORDER_OPTIONS = {
  roster: { type: 'string' },
  order: { type: 'string' },
  'single-given-name': { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runOrder(args: string[]): Promise<CommandResult> {
  const options = parseCommandArgs(args, ORDER_OPTIONS);
  const rosterPath = requireOption(options.roster, 'roster');
  const outPath = requireOption(options.out, 'out');
  if (path.extname(outPath).toLowerCase() !== '.csv') throw new CliUsageError(`--out 须为 .csv 文件；收到“${outPath}”。`, '--out must be a .csv file.');
  const order = oneOf('order', options.order, ['rank', 'strokes', 'pinyin', 'unit', 'roster']) ?? 'rank';
  const singleGivenName = oneOf('single-given-name', options['single-given-name'], ['blank-first', 'compare']) ?? DEFAULT_ORDERING.singleGivenName;
  const table = await readRosterFile(rosterPath);
  const { people, tableRows, problems } = peopleFromTable(table);
  const headerIndex = findHeaderRow(table);
  if (people.length === 0) throw new CliUsageError(`无法使用名单 ${rosterPath}：${problems[0]?.message ?? '名单中没有人员。'}`, `Roster ${rosterPath} has no usable rows.`);

  // The rows of the people that imported, in the chosen order, with their original cells.
  const header = table[headerIndex]!;
  const rowOf = new Map(people.map((person, i) => [person.id, table[tableRows[i]!]!]));
  const serialColumn = header.findIndex((cell) => cell.replace(/\s/g, '') === '序号');
  const sorted = sortPeople(people, comparatorFor(order, { ...DEFAULT_ORDERING, singleGivenName }, people));
  const rows = sorted.map((person, index) => {
    const cells = [...rowOf.get(person.id)!];
    if (serialColumn >= 0) cells[serialColumn] = String(index + 1);
    return cells;
  });
  const out = serialColumn >= 0 ? [header, ...rows] : [['序号', ...header], ...rows.map((cells, i) => [String(i + 1), ...cells])];
  await writeOutput(outPath, toCsv(out));
  const noStrokeData = order === 'strokes' ? strokeDataWarnings(people) : [];
  return { warnings: [...problems.map((problem) => problem.message), ...noStrokeData] };
}
