// Sign-in desk search (issue 10, item 5; goal under 50 ms a query over 10,000 people), against two
// baselines of the same run: a bare Array.filter on names (what any search costs at least), and
// the canvas find box's findPeople (pinyin per person, cached after its first pass).
// Run: npx tsx bench/signin.ts
import { findPeople } from '../renderer/canvas/find';
import { searchIndexOf, searchPeople } from '../renderer/panels/signin/search-index';
import { generateRoster } from './roster';

const people = generateRoster(10_000);
// What staff type at the desk: initials growing letter by letter, a surname, a full name, a unit.
const queries = ['w', 'wj', 'wjg', 'zh', 'zhang', 'lm', '王', '王建', people[4321]!.name, '单位7', 'x', 'ly'];

function time(label: string, run: (q: string) => unknown, rounds = 20): number[] {
  const perQuery: number[] = [];
  for (const q of queries) {
    const start = performance.now();
    for (let i = 0; i < rounds; i++) run(q);
    perQuery.push((performance.now() - start) / rounds);
  }
  const sorted = [...perQuery].sort((a, b) => a - b);
  console.log(`${label}: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(3)} ms, worst ${sorted.at(-1)!.toFixed(3)} ms per query`);
  return perQuery;
}

let start = performance.now();
const index = searchIndexOf(people);
console.log(`index of ${people.length} people built once: ${(performance.now() - start).toFixed(0)} ms`);

time('sign-in search (index)', (q) => searchPeople(index, q));
time('bare baseline: people.filter(name.includes)', (q) => people.filter((p) => p.name.includes(q)));
start = performance.now();
findPeople(people, 'wjg', () => undefined);
console.log(`find box findPeople, first query (pinyin computed): ${(performance.now() - start).toFixed(0)} ms`);
time('find box findPeople (pinyin cached)', (q) => findPeople(people, q, () => undefined), 5);
console.log(`matches for "wjg": ${searchPeople(index, 'wjg').length}, for "王": ${searchPeople(index, '王', Infinity).length}`);
