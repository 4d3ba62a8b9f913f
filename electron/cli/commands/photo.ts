// zuoci photo: 合影站位 (9.1) — the rostrum engine on the photo's rows; a 站位图 PDF or a csv.
import path from 'node:path';
import { arrangeZones } from '../../../shared/arrange/arrange';
import { photoRowsFor, photoVenue } from '../../../shared/arrange/photo';
import { ROSTRUM_ZONE } from '../../../shared/arrange/rostrum-people';
import { toCsv } from '../../../shared/export/csv';
import { printList } from '../../services/pdf/print-map';
import { CliUsageError, withFontErrors, type CommandResult } from '../cli-error';
import { COMMON_OPTIONS, parseCommandArgs, positiveIntegers, requireOption } from '../options';
import { loadInput } from '../load-input';
import { writeOutput } from '../write-output';
import { fontOption } from '../font-option';
import { SEATING_CSV_HEADER, seatingRows } from './arrange';

export const PHOTO_OPTIONS = {
  ...COMMON_OPTIONS,
  rows: { type: 'string' },
  people: { type: 'string' },
  explain: { type: 'boolean' },
  title: { type: 'string' },
  font: { type: 'string' },
} as const;

export async function runPhoto(args: string[]): Promise<CommandResult> {
  const options = parseCommandArgs(args, PHOTO_OPTIONS);
  const outPath = requireOption(options.out, 'out');
  const format = path.extname(outPath).toLowerCase();
  if (format !== '.pdf' && format !== '.csv') throw new CliUsageError(`--out 须为 .pdf（站位图）或 .csv；收到“${outPath}”。`, '--out must be a .pdf (the standing plan) or a .csv.');
  requireOption(options.roster, 'roster');
  const { project: rosterOnly, warnings } = await loadInput({ ...options, venue: undefined, rostrum: undefined, hall: undefined }, photoVenue([1]));
  // Who is photographed: the 主席台 people when the roster names them, else the top 出席 by rank.
  const named = rosterOnly.people.filter((p) => p.seatZone === ROSTRUM_ZONE && !p.absent).length;
  const formal = rosterOnly.people.filter((p) => (p.category === '出席' || p.category === '') && !p.absent).length;
  const count = options.people ? positiveIntegers(options.people, 'people')[0]! : named || formal;
  const rows = options.rows ? positiveIntegers(options.rows, 'rows') : photoRowsFor(count);
  const project = { ...rosterOnly, venue: photoVenue(rows), meta: { ...rosterOnly.meta, ...(options.title ? { title: options.title } : {}) }, print: { ...rosterOnly.print, ...(options.font ? { font: (await fontOption(options.font))! } : {}) } };
  const arranged = arrangeZones(project);
  const notSeated = arranged.unplaced.map(({ person, reason }) => `未能安排站位（${reason.zh}）：${person.name} / no place (${reason.en}): ${person.name}`);
  const inPhoto = Object.keys(arranged.project.assignment).length;
  const notes = [`合影 ${inPhoto} 人，${rows.length} 排（前排就座），每排 ${rows.join('、')} 人 / ${inPhoto} people in ${rows.length} rows`];
  if (format === '.csv') {
    const header = options.explain ? [...SEATING_CSV_HEADER, '说明'] : SEATING_CSV_HEADER;
    await writeOutput(outPath, toCsv([header, ...seatingRows(arranged.project, options.explain ?? false)]));
  } else {
    const { pdf } = await withFontErrors(() => printList(arranged.project, 'photo'));
    await writeOutput(outPath, pdf);
  }
  return { warnings: [...warnings, ...notSeated], notes };
}
