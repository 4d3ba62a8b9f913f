// Import figures (issue 12, item 7): a 20,000-person roster through the worker, and a 1 MB zip bomb
// (1 GB unpacked) refused: time and the main process's memory. Run: npx tsx bench/import.ts
import { importRosterBytes } from '../electron/services/host-actions';
import { checkZipLimits } from '../electron/services/import/zip-guard';
import { IMPORT_LIMITS } from '../shared/model/limits';
import { zipBombXlsx } from '../test/unit/helpers/zip-bomb';

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const rss = process.memoryUsage().rss;
  let peak = rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  let ticks = 0;
  const ticker = setInterval(() => ticks++, 10);
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  clearInterval(sampler);
  clearInterval(ticker);
  console.log(`${label}: ${ms.toFixed(0)} ms, process RSS peak (worker included) +${mb(peak - rss)}, event loop ticked ${ticks} times (every 10 ms when free)`);
  return result;
}

const rows = Array.from({ length: IMPORT_LIMITS.rows }, (_, i) => `${i + 1},代表${i},男,汉族,某省人民政府办公厅第${i % 97}处,处长,${i + 1},出席,台下,`);
const csv = new TextEncoder().encode(`序号,姓名,性别,民族,单位,职务,排序号,类别,座区,备注\n${rows.join('\n')}\n`);
const imported = await timed(`${IMPORT_LIMITS.rows}-person csv (${mb(csv.length)}) in the worker`, () => importRosterBytes(csv, 'big.csv'));
console.log(`  imported: ${imported.ok ? imported.value.people.length : 'failed'}`);

const bomb = await zipBombXlsx(1024 * 1024 * 1024);
await timed(`zip bomb ${mb(bomb.length)} → 1 GB, guard alone`, () => checkZipLimits(bomb).catch((error: Error) => console.log(`  refused: ${error.message}`)));
const refused = await timed('zip bomb through the import (worker)', () => importRosterBytes(bomb, 'bomb.xlsx'));
console.log(`  ${refused.ok ? 'IMPORTED?!' : 'message' in refused ? refused.message : 'cancelled'}`);
