// The engine as every command runs it: the whole room, everyone accounted for. A quick room
// (--rostrum 5) is the whole room too: whoever it cannot seat is named, never dropped (1.6).
import { arrangeZones } from '../../shared/arrange/arrange';
import type { Project } from '../../shared/model/schema';

export interface CliArrangement {
  project: Project;
  /** People without a seat, one line each, in Chinese and English: exit code 1. */
  warnings: string[];
  /** Empty tables, split units: for information. */
  notes: string[];
}

export function arrangeForCli(project: Project): CliArrangement {
  const arranged = arrangeZones(project, undefined, { reportUnzoned: true });
  const warnings = arranged.unplaced.map(({ person, reason }) =>
    `未能安排座位（${reason.zh}）：${person.name}（排序号 ${person.rank ?? '无'}） / not seated (${reason.en}): ${person.name} (rank ${person.rank ?? 'none'})`);
  const notes = arranged.notes.map((note) => `${note.zh} / ${note.en}`);
  return { project: arranged.project, warnings, notes };
}
