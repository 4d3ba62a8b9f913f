// Import problems read in English in the English UI: each carries its English (`en`), and the
// only Chinese left in it is the user's own data it quotes (a name, a category, a rank) and the
// 姓名 column the file must have.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importRoster } from '../../electron/services/import/import-roster';
import { KNOWN_CATEGORIES, peopleFromTable } from '../../shared/roster/people-from-table';

const withoutQuotes = (text: string) => text.replace(/“[^”]*”/g, '').replace(KNOWN_CATEGORIES.join('/'), '').replace('姓名', '');

describe('import problems in English', () => {
  it('every problem of the malformed roster has an English message', async () => {
    const { problems } = await importRoster(readFileSync('test/fixtures/malformed-roster.csv'), 'malformed-roster.csv');
    expect(problems.length).toBeGreaterThan(5);
    for (const problem of problems) expect(withoutQuotes(problem.en ?? problem.message)).not.toMatch(/\p{Script=Han}/u);
    expect(problems.find((p) => p.row === 3)?.en).toBe('Row 3: no name; the row was not imported.');
  });

  it('a table without a name column says so in English', () => {
    expect(peopleFromTable([['名称', '单位'], ['甲', '乙']]).problems[0]!.en).toBe('No header found: none of the first 10 rows has a 姓名 (name) column.');
  });
});
