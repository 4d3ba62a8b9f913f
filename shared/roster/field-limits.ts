// Every person an import makes must fit the document: the same field lengths as the schema
// (PERSON_FIELD_MAX, read from it) and the same limits (DOCUMENT_LIMITS), each violation reported
// with its row and column as Excel numbers them, so whatever imports can also be saved.
import { DOCUMENT_LIMITS, PERSON_FIELD_MAX } from '../model/limits';
import type { Person } from '../model/schema';
import type { RosterField } from './columns';
import type { RosterImport, RosterProblem } from './people-from-table';

/** Column letters as Excel shows them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const FIELD_LABEL: Record<keyof typeof PERSON_FIELD_MAX, string> = {
  name: '姓名', unit: '单位', title: '职务', category: '类别', seatZone: '座区', gender: '性别', ethnicity: '民族', note: '备注',
};

/** People who break a document limit are left out, each reason named by row and column. */
export function applyFieldLimits(imported: RosterImport, header: readonly (RosterField | null)[]): RosterImport {
  const columnOf = (field: RosterField | 'name') => {
    const index = header.indexOf(field as RosterField);
    return index >= 0 ? columnLetter(index) : '?';
  };
  const problems: RosterProblem[] = [...imported.problems];
  const people: Person[] = [];
  const tableRows: number[] = [];
  imported.people.forEach((person, i) => {
    const row = (imported.tableRows[i] ?? 0) + 1;
    const before = problems.length;
    for (const [field, max] of Object.entries(PERSON_FIELD_MAX) as [keyof typeof PERSON_FIELD_MAX, number][]) {
      const length = person[field].length; // UTF-16 units, as the schema's .max() counts
      if (length > max) {
        problems.push({
          severity: 'error', row, field: FIELD_LABEL[field],
          message: `第 ${row} 行 ${columnOf(field as RosterField)} 列（${FIELD_LABEL[field]}）：${length} 个字，超过上限 ${max}，该行未导入。`,
          en: `Row ${row}, column ${columnOf(field as RosterField)} (${field}): ${length} characters, over the limit of ${max}; row not imported.`,
        });
      }
    }
    if (person.rank !== null && (person.rank > DOCUMENT_LIMITS.rank || !Number.isSafeInteger(person.rank))) {
      problems.push({
        severity: 'error', row, field: '排序号',
        message: `第 ${row} 行 ${columnOf('rank' as RosterField)} 列（排序号）：${person.rank} 过大（上限 ${DOCUMENT_LIMITS.rank}），该行未导入。`,
        en: `Row ${row}, column ${columnOf('rank' as RosterField)} (rank): ${person.rank} is too large (limit ${DOCUMENT_LIMITS.rank}); row not imported.`,
      });
    }
    if (problems.length === before) {
      people.push(person);
      tableRows.push(imported.tableRows[i]!);
    }
  });
  return { people, tableRows, problems };
}
