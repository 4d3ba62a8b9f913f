// zuoci cars: 乘车安排 (9.5) — cars numbered in order, rear right the seat of honour; a
// 乘车安排表 PDF or a csv.
import path from 'node:path';
import { carPlan, explainCarSeat, type Vehicle } from '../../../shared/arrange/cars';
import { toCsv } from '../../../shared/export/csv';
import { planVehicles } from '../../../shared/print/car-list';
import { printList } from '../../services/pdf/print-map';
import { CliUsageError, withFontErrors, type CommandResult } from '../cli-error';
import { COMMON_OPTIONS, parseCommandArgs, positiveIntegers, requireOption } from '../options';
import { loadInput } from '../load-input';
import { writeOutput } from '../write-output';
import { fontOption } from '../font-option';
import { photoVenue } from '../../../shared/arrange/photo';

export const CARS_OPTIONS = {
  ...COMMON_OPTIONS,
  cars: { type: 'string' },
  explain: { type: 'boolean' },
  title: { type: 'string' },
  font: { type: 'string' },
} as const;

export const CARS_CSV_HEADER = ['车号', '座位', '姓名', '单位', '职务', '排序号'];

export async function runCars(args: string[]): Promise<CommandResult> {
  const options = parseCommandArgs(args, CARS_OPTIONS);
  const outPath = requireOption(options.out, 'out');
  const format = path.extname(outPath).toLowerCase();
  if (format !== '.pdf' && format !== '.csv') throw new CliUsageError(`--out 须为 .pdf（乘车安排表）或 .csv；收到“${outPath}”。`, '--out must be a .pdf (the car plan) or a .csv.');
  requireOption(options.roster, 'roster');
  // The riders are the roster's people; a room plays no part (any venue option is ignored).
  const { project: loaded, warnings } = await loadInput({ ...options, venue: undefined, rostrum: undefined, hall: undefined }, photoVenue([1]));
  const vehicles: Vehicle[] | undefined = options.cars ? positiveIntegers(options.cars, 'cars').map((passengers, i) => ({ name: `${i + 1}号车`, passengers })) : undefined;
  const project = {
    ...loaded,
    ...(vehicles ? { vehicles } : {}),
    meta: { ...loaded.meta, ...(options.title ? { title: options.title } : {}) },
    print: { ...loaded.print, ...(options.font ? { font: (await fontOption(options.font))! } : {}) },
  };
  const plan = carPlan(project.people, planVehicles(project), project.ordering);
  if (format === '.csv') {
    const header = options.explain ? [...CARS_CSV_HEADER, '说明'] : CARS_CSV_HEADER;
    const rows = plan.seats.map((seat) => [seat.vehicle.name, seat.place.zh, seat.person.name, seat.person.unit, seat.person.title, seat.person.rank,
      ...(options.explain ? [explainCarSeat(seat).zh] : [])]);
    await writeOutput(outPath, toCsv([header, ...rows]));
  } else {
    const { pdf } = await withFontErrors(() => printList(project, 'cars'));
    await writeOutput(outPath, pdf);
  }
  const noRoom = plan.unplaced.map((p) => `车辆座位不足，未安排乘车：${p.name}（排序号 ${p.rank ?? '无'}） / no seat in any vehicle: ${p.name}`);
  return { warnings: [...warnings, ...noRoom] };
}
