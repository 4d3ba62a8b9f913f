// bench/cli: `npx zuoci` as users start it, wall time against `node -e 0` in the same run (issue 11:
// goal within 4× for --help and a plenary arrange; 1,000 cards end to end under 1 s). Builds the
// CLI first, as `npm install` does. Prints medians; run with `npm run bench` or `npx tsx bench/cli.ts`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toCsv } from '../shared/export/csv';
import { generateRoster } from './roster';

const RUNS = 7;
const dir = mkdtempSync(path.join(os.tmpdir(), 'zuoci-bench-'));
execFileSync('node', ['scripts/build-cli.mjs'], { stdio: 'ignore' });

// 1,000 people for 1,000 cards: a hall of 40 × 25, every seat's card (--zones all).
const thousand = path.join(dir, 'thousand.csv');
writeFileSync(thousand, toCsv([['姓名', '单位', '职务', '排序号', '类别'], ...generateRoster(1_000).map((p) => [p.name, p.unit, p.title, p.rank, '出席'])]));

/**
 * CPU time (user + system, ms) of the children this process has waited for, from Linux's
 * /proc/self/stat (cutime, cstime, in 1/100 s): on a busy machine it says what wall time cannot.
 */
function childCpuMs(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function measure(args: string[]): { ms: number; cpuMs: number | null; code: number | null } {
  const times: number[] = [];
  const cpu: number[] = [];
  let code: number | null = null;
  for (let i = 0; i < RUNS; i++) {
    const cpuBefore = childCpuMs();
    const start = performance.now();
    code = spawnSync('node', args, { stdio: 'ignore' }).status;
    times.push(performance.now() - start);
    const cpuAfter = childCpuMs();
    if (cpuBefore !== null && cpuAfter !== null) cpu.push(cpuAfter - cpuBefore);
  }
  return { ms: median(times), cpuMs: cpu.length ? median(cpu) : null, code };
}

const bin = 'bin/zuoci.mjs';
const cases: [string, string[]][] = [
  ['node -e 0', ['-e', '0']],
  ['zuoci --help', [bin, '--help']],
  ['zuoci arrange --help', [bin, 'arrange', '--help']],
  ['arrange, 7-seat rostrum', [bin, 'arrange', '--roster', 'test/fixtures/plenary-roster.xlsx', '--rostrum', '7', '--out', path.join(dir, 'r7.csv')]],
  ['arrange, plenary in 大礼堂', [bin, 'arrange', '--roster', 'test/fixtures/plenary-roster.xlsx', '--venue', '大礼堂', '--explain', '--out', path.join(dir, 'plenary.csv')]],
  ['cards, 1,000 end to end', [bin, 'cards', '--roster', thousand, '--hall', '40x25', '--zones', 'all', '--out', path.join(dir, 'cards.pdf')]],
];

// Wall time on a shared machine depends on its load: say what it was.
console.log(`CLI wall time, median of ${RUNS} (built CLI, this machine, this run; load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')}, ${os.cpus().length} cores):`);
let baseline = 0;
for (const [name, args] of cases) {
  const { ms, cpuMs, code } = measure(args);
  if (name === 'node -e 0') baseline = ms;
  const cpu = cpuMs === null ? '' : `   CPU ${(cpuMs / 1000).toFixed(2)} s`;
  console.log(`  ${name.padEnd(28)} ${(ms / 1000).toFixed(3).padStart(7)} s   ${(ms / baseline).toFixed(1).padStart(5)} × node -e 0${cpu}   (exit ${code})`);
}
