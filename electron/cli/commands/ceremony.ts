// zuoci reception / zuoci signing: 会见 (9.2) and 签字仪式 (9.3) as a csv, one line a person, each
// place explained. Hosts are 类别 主人/陪同, guests 主宾/宾客.
import path from 'node:path';
import { receptionPlan, signingPlan, type CeremonyPlace } from '../../../shared/arrange/ceremony';
import { photoVenue } from '../../../shared/arrange/photo';
import { toCsv } from '../../../shared/export/csv';
import type { Ordering, Person } from '../../../shared/model/schema';
import { CliUsageError, type CommandResult } from '../cli-error';
import { COMMON_OPTIONS, parseCommandArgs, requireOption } from '../options';
import { loadInput } from '../load-input';
import { writeOutput } from '../write-output';

export const CEREMONY_OPTIONS = { ...COMMON_OPTIONS } as const;
export const CEREMONY_CSV_HEADER = ['方', '顺序', '姓名', '单位', '职务', '排序号', '位置'];

async function runCeremony(args: string[], plan: (people: readonly Person[], ordering: Ordering) => CeremonyPlace[]): Promise<CommandResult> {
  const options = parseCommandArgs(args, CEREMONY_OPTIONS);
  const outPath = requireOption(options.out, 'out');
  if (path.extname(outPath).toLowerCase() !== '.csv') throw new CliUsageError(`--out 须为 .csv 文件；收到“${outPath}”。`, '--out must be a .csv file.');
  requireOption(options.roster, 'roster');
  const { project, warnings } = await loadInput({ ...options, venue: undefined, rostrum: undefined, hall: undefined }, photoVenue([1]));
  const places = plan(project.people, project.ordering);
  if (!places.some((p) => p.side === 'host') || !places.some((p) => p.side === 'guest')) {
    throw new CliUsageError('名单须有主方（类别 主人/陪同）和客方（类别 主宾/宾客）。', 'The roster needs hosts (类别 主人/陪同) and guests (主宾/宾客).');
  }
  const order = new Map<string, number>();
  const rows = places.map((p) => {
    const n = (order.get(p.side) ?? 0) + 1;
    order.set(p.side, n);
    return [p.side === 'guest' ? '客方' : '主方', n, p.person.name, p.person.unit, p.person.title, p.person.rank, p.place.zh];
  });
  await writeOutput(outPath, toCsv([CEREMONY_CSV_HEADER, ...rows]));
  const others = project.people.filter((p) => !p.absent && !places.some((place) => place.person === p));
  return { warnings: [...warnings, ...others.map((p) => `不属主方或客方（类别“${p.category}”），未安排：${p.name} / neither host nor guest: ${p.name}`)] };
}

export const runReception = (args: string[]) => runCeremony(args, receptionPlan);
export const runSigning = (args: string[]) => runCeremony(args, signingPlan);
