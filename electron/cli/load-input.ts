// Builds the document a command works on: a .zuoci file, or a roster plus a quick room.
import path from 'node:path';
import type { Project, Venue } from '../../shared/model/schema';
import { loadProject } from '../../shared/model/load';
import { quickVenue } from '../../shared/model/quick-venue';
import { emptyProject } from '../../shared/model/sample';
import { ROOM_TEMPLATES } from '../../shared/model/templates';
import { setHallNumbering } from '../../shared/model/edits';
import { peopleFromTable } from '../../shared/roster/people-from-table';
import { readRosterTable, UnreadableRosterError } from '../services/import/read-table';
import { CliUsageError } from './cli-error';
import { groupNames, groupPlan } from '../../shared/arrange/group-session';
import { hallSize, oneOf, positiveIntegers } from './options';
import { withoutBom } from '../services/documents/documents';
import { readUserFile, UserFileError } from '../services/documents/read-user-file';
import { applyFieldLimits } from '../services/import/table-limits';

export interface InputOptions {
  roster?: string | undefined;
  venue?: string | undefined;
  rostrum?: string | undefined;
  hall?: string | undefined;
  aisles?: string | undefined;
  numbering?: string | undefined;
  /** cli.md --session: which session of a meeting file (default the first). */
  session?: string | undefined;
  /** 9.4 分组讨论: only this group's people (the roster's 分组 column), its 召集人 as the chair. */
  group?: string | undefined;
}

function onlyGroup(project: Project, group: string): Project {
  const names = groupNames(project);
  if (!names.includes(group)) {
    throw new CliUsageError(`名单中没有分组“${group}”。${names.length ? `有：${names.join('、')}。` : '名单没有“分组”列。'}`,
      `The roster has no group "${group}"${names.length ? ` (it has: ${names.join(', ')})` : ' (no 分组 column)'}.`);
  }
  return groupPlan(project, group);
}

async function readInputFile(file: string): Promise<Buffer> {
  try {
    return await readUserFile(file); // plain files only, size-limited: never /dev/zero or a pipe
  } catch (error) {
    if (error instanceof UserFileError) throw new CliUsageError(error.message, error.en);
    throw new CliUsageError(`找不到或无法读取文件：${file}`, `Cannot read file (missing, not a plain file, or too large): ${file}`);
  }
}

/** A roster file as a table of cells; a missing or unreadable file is the user's mistake (exit 2). */
export async function readRosterFile(file: string): Promise<string[][]> {
  const bytes = await readInputFile(file);
  try {
    return await readRosterTable(bytes, path.basename(file));
  } catch (error) {
    if (error instanceof UnreadableRosterError) throw new CliUsageError(error.message, `Cannot read roster ${file}.`);
    throw error;
  }
}

async function loadVenueFile(file: string, session?: string): Promise<Project> {
  const template = ROOM_TEMPLATES[file];
  if (template) {
    const room = template();
    return { ...emptyProject(room.venue), rules: room.rules };
  }
  const bytes = await readInputFile(file).catch((error: unknown) => {
    if (path.extname(file) === '.zuoci') throw error;
    const names = Object.keys(ROOM_TEMPLATES).join('、');
    throw new CliUsageError(`找不到会场文件或内置模板“${file}”。内置模板：${names}。`, `No venue file or built-in template "${file}". Templates: ${names}.`);
  });
  const loaded = loadProject(withoutBom(bytes.toString('utf8')), session);
  if (!loaded.ok) throw new CliUsageError(`${loaded.error.message}（${file}）`, `${loaded.error.en ?? 'Cannot open the document.'} (${file})`);
  return loaded.value;
}

/** Returns the document and the import's warnings (row-numbered). */
export async function loadInput(options: InputOptions, room?: Venue): Promise<{ project: Project; warnings: string[] }> {
  let project: Project;
  if (options.venue) {
    project = await loadVenueFile(options.venue, options.session);
  } else if (room && !options.rostrum && !options.hall) {
    // Commands such as photo and cars bring their own room.
    project = emptyProject(room);
  } else {
    const rostrumRows = options.rostrum ? positiveIntegers(options.rostrum, 'rostrum') : [];
    const hall = options.hall ? { ...hallSize(options.hall), aisles: options.aisles ? positiveIntegers(options.aisles, 'aisles') : [] } : undefined;
    if (rostrumRows.length === 0 && !hall) {
      throw new CliUsageError('请用 --venue 指定会场，或用 --rostrum / --hall 给出座位。', 'Give a room: --venue, or --rostrum and/or --hall.');
    }
    project = emptyProject(quickVenue({ rostrumRows, hall }));
  }
  const numbering = oneOf('numbering', options.numbering, ['sequential', 'centre-out']);
  if (numbering) {
    for (const hall of project.venue.elements.filter((e) => e.kind === 'hall')) project = setHallNumbering(project, hall.id, numbering);
  }
  if (!options.roster) return { project, warnings: [] };

  const table = await readRosterFile(options.roster);
  // The document's own field limits (one schema for import and document): what imports can be saved.
  const imported = applyFieldLimits(peopleFromTable(table, project.people.length + 1), table);
  if (imported.people.length === 0) {
    const reason = imported.problems.find((problem) => problem.severity === 'error')?.message ?? '名单中没有人员。';
    throw new CliUsageError(`无法使用名单 ${options.roster}：${reason}`, `Roster ${options.roster} has no usable rows.`);
  }
  const combined = { ...project, people: [...project.people, ...imported.people], assignment: options.venue ? project.assignment : {} };
  return {
    project: options.group ? onlyGroup(combined, options.group) : combined,
    warnings: imported.problems.map((problem) => (problem.en ? `${problem.message} / ${problem.en}` : problem.message)),
  };
}
