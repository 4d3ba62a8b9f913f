// bench/arrange: full arrangements (3-row rostrum + hall with aisles) for each hall method, and how
// the time grows from 1,000 to 100,000 people. Prints medians; run with `npm run bench`.
import { arrangeZones } from '../shared/arrange/arrange';
import { QUICK_HALL_ID, QUICK_ROSTRUM_ID, quickVenue } from '../shared/model/quick-venue';
import { emptyProject } from '../shared/model/sample';
import type { Person, Project, ZoneRules } from '../shared/model/schema';
import { generateRoster } from './roster';

function room(people: Person[], side: number, hallRules: Partial<ZoneRules>): Project {
  const aisles = [Math.floor(side / 4), Math.floor((3 * side) / 4)];
  const base = emptyProject(quickVenue({ rostrumRows: [14, 14, 14], hall: { rows: side, seatsPerRow: side, aisles } }));
  return { ...base, people, rules: { [QUICK_ROSTRUM_ID]: {}, [QUICK_HALL_ID]: hallRules } };
}

function medianMs(run: () => unknown, repeats: number): number {
  run(); // warm up the JIT and the stroke/pinyin caches
  const times = Array.from({ length: repeats }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const METHODS: [string, Partial<ZoneRules>][] = [
  ['rows (横排法)', { method: 'rows' }],
  ['rows, snake, by unit', { method: 'rows', snake: true, groupByUnit: true }],
  ['centre-out (左右排列法)', { method: 'centre' }],
  ['columns by unit (竖排法)', { method: 'columns' }],
  ['rows, 列席 at the sides', { method: 'rows', attendeesAtSides: true }],
  ['rows, order by strokes', { method: 'rows', order: 'strokes' }],
];

const tenThousand = generateRoster(10_000);
console.log('10,000 people, 100 × 100 hall with 2 aisles, 3-row rostrum of 14 (median of 15):');
for (const [name, rules] of METHODS) {
  const project = room(tenThousand, 100, rules);
  const placed = Object.keys(arrangeZones(project).project.assignment).length;
  console.log(`  ${name.padEnd(28)} ${medianMs(() => arrangeZones(project), 15).toFixed(1).padStart(7)} ms   (${placed} seated)`);
}

console.log('\nGrowth, rows method (median of 5):');
for (const count of [1_000, 10_000, 100_000]) {
  const side = Math.ceil(Math.sqrt(count * 1.05));
  const project = room(generateRoster(count), side, { method: 'rows' });
  const ms = medianMs(() => arrangeZones(project), 5);
  console.log(`  ${String(count).padStart(7)} people  ${ms.toFixed(1).padStart(8)} ms   ${((ms / count) * 1000).toFixed(2)} µs/person`);
}
