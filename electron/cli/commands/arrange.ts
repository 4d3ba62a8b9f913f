// zuoci arrange: roster + room → seating, as csv (cli.md's fixed columns), json or .zuoci.
import path from 'node:path';
import type { Project } from '../../../shared/model/schema';
import { serializeProject } from '../../../shared/model/load';
import { withFreshIds } from '../../../shared/model/meeting-from-plan';
import { seatedPlacements } from '../../../shared/arrange/placements';
import { shownRow } from '../../../shared/layout/seats';
import { fitRostrumToPeople } from '../../../shared/arrange/fit-rostrum';
import { explainPlacement } from '../../../shared/arrange/explain';
import { toCsv } from '../../../shared/export/csv';
import { writeOutput } from '../write-output';
import { CliUsageError, type CommandResult } from '../cli-error';
import { COMMON_OPTIONS, parseCommandArgs, requireOption } from '../options';
import { loadInput } from '../load-input';
import { arrangeForCli } from '../arranged';
import { RULE_OPTIONS, orderingFromOptions, rulesFromOptions, strokeDataWarnings, usesStrokes } from '../rule-options';

export const ARRANGE_OPTIONS = {
  ...COMMON_OPTIONS,
  ...RULE_OPTIONS,
  explain: { type: 'boolean' },
  'fit-rostrum': { type: 'boolean' },
  'unit-order': { type: 'string' },
  'single-given-name': { type: 'string' },
} as const;

export const SEATING_CSV_HEADER = ['区域', '排', '列', '座', '姓名', '单位', '职务', '排序号'];

export function seatingRows(project: Project, explain = false): (string | number | null)[][] {
  return seatedPlacements(project).map(({ seat, person }) => [
    seat.zoneName, shownRow(seat), seat.col, seat.label, person.name, person.unit, person.title, person.rank,
    ...(explain ? [explainPlacement(project, seat, person)] : []),
  ]);
}

type OutFormat = 'csv' | 'json' | 'zuoci';

function outFormat(outPath: string): OutFormat {
  const extension = path.extname(outPath).toLowerCase().slice(1);
  if (extension === 'csv' || extension === 'json' || extension === 'zuoci') return extension;
  throw new CliUsageError(`--out 的扩展名须为 .csv、.json 或 .zuoci；收到“${outPath}”。`, `--out must end in .csv, .json or .zuoci.`);
}

function render(project: Project, format: OutFormat, explain: boolean): string {
  // A meeting of one session, with random ids like any made in the app (the quick rooms' are fixed).
  if (format === 'zuoci') return serializeProject(withFreshIds(project));
  const header = explain ? [...SEATING_CSV_HEADER, '说明'] : SEATING_CSV_HEADER;
  const rows = seatingRows(project, explain);
  if (format === 'csv') return toCsv([header, ...rows]);
  return JSON.stringify(rows.map((row) => Object.fromEntries(header.map((key, i) => [key, row[i]]))), null, 2) + '\n';
}

export async function runArrange(args: string[]): Promise<CommandResult> {
  const options = parseCommandArgs(args, ARRANGE_OPTIONS);
  const outPath = requireOption(options.out, 'out');
  requireOption(options.roster ?? options.venue, 'roster');
  const rules = rulesFromOptions(options);
  const format = outFormat(outPath);
  const { project, warnings } = await loadInput(options);
  const ordering = await orderingFromOptions(project.ordering, options['unit-order'], options['single-given-name']);
  const ruled = { ...project, ordering, rules: Object.fromEntries(project.venue.elements.map((e) => [e.id, { ...project.rules[e.id], ...rules }])) };
  const arranged = arrangeForCli(ruled);
  // 1.6 按人数调整座位: surplus rostrum chairs taken away, each row centred for its own count.
  const fitted = options['fit-rostrum']
    ? arranged.project.venue.elements.filter((e) => e.kind === 'rostrum').reduce((plan, rostrum) => fitRostrumToPeople(plan, rostrum.id), arranged.project)
    : arranged.project;
  await writeOutput(outPath, render(fitted, format, options.explain ?? false));
  const noStrokeData = usesStrokes(ruled) ? strokeDataWarnings(ruled.people) : [];
  return { warnings: [...warnings, ...noStrokeData, ...arranged.warnings], notes: arranged.notes };
}
