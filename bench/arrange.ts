// bench/arrange: full arrangements (3-row rostrum + hall with aisles) for each hall method, and how
// the time grows from 1,000 to 100,000 people. Prints medians; run with `npm run bench`.
import { arrangeZones } from '../shared/arrange/arrange';
import { makePerson } from '../shared/model/person';
import { QUICK_HALL_ID, QUICK_ROSTRUM_ID, quickVenue } from '../shared/model/quick-venue';
import { emptyProject } from '../shared/model/sample';
import type { Person, Project, ZoneRules } from '../shared/model/schema';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国民';
const CATEGORIES = [...Array(80).fill('出席'), ...Array(12).fill('列席'), ...Array(4).fill('媒体'), ...Array(4).fill('工作人员')];

/** A deterministic roster in the fixture's shape: ranks, units of ~40, categories. */
export function generateRoster(count: number): Person[] {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = (text: string) => [...text][Math.floor(random() * [...text].length)]!;
  return Array.from({ length: count }, (_, i) =>
    makePerson({
      id: `p${i + 1}`,
      name: pick(SURNAMES) + pick(GIVEN) + (random() < 0.6 ? pick(GIVEN) : ''),
      unit: `单位${Math.floor(random() * Math.max(1, count / 40))}`,
      rank: random() < 0.95 ? i + 1 : null,
      category: CATEGORIES[Math.floor(random() * CATEGORIES.length)]!,
      rosterIndex: i,
    }),
  );
}

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
