// Zone rules from command-line options (cli.md): each option checked against its allowed values.
import { promises as fs } from 'node:fs';
import type { Ordering, Person, Project, ZoneRules } from '../../shared/model/schema';
import { rulesFor } from '../../shared/model/schema';
import { charactersWithoutStrokeData } from '../../shared/names/strokes';
import { oneOf } from './options';
import { CliUsageError } from './cli-error';

async function readUnitList(file: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch {
    throw new CliUsageError(`找不到或无法读取单位顺序文件：${file}`, `Cannot read the unit list ${file}.`);
  }
}

export const RULE_OPTIONS = {
  convention: { type: 'string' },
  even: { type: 'string' },
  'hall-method': { type: 'string' },
  direction: { type: 'string' },
  snake: { type: 'boolean' },
  'group-by-unit': { type: 'boolean' },
  order: { type: 'string' },
  'unit-placement': { type: 'string' },
  'attendees-at-sides': { type: 'boolean' },
  absentees: { type: 'string' },
  'chair-seat': { type: 'string' },
  'banquet-pattern': { type: 'string' },
  'substitutes-take-seats': { type: 'boolean' },
  'speakers-waiting': { type: 'boolean' },
} as const;

export interface RuleOptionValues {
  convention?: string | undefined;
  even?: string | undefined;
  'hall-method'?: string | undefined;
  direction?: string | undefined;
  snake?: boolean | undefined;
  'group-by-unit'?: boolean | undefined;
  order?: string | undefined;
  'unit-placement'?: string | undefined;
  'attendees-at-sides'?: boolean | undefined;
  absentees?: string | undefined;
  'chair-seat'?: string | undefined;
  'banquet-pattern'?: string | undefined;
  'substitutes-take-seats'?: boolean | undefined;
  'speakers-waiting'?: boolean | undefined;
}

/** Only the rules the user gave: a .zuoci venue keeps its own rules for everything else. */
export function rulesFromOptions(values: RuleOptionValues): Partial<ZoneRules> {
  const rules: Partial<ZoneRules> = {
    convention: oneOf('convention', values.convention, ['left', 'right']),
    evenRule: oneOf('even', values.even, ['centre-pair', 'leader-right']),
    method: oneOf('hall-method', values['hall-method'], ['rows', 'columns', 'centre']),
    direction: oneOf('direction', values.direction, ['a-left', 'r-left']),
    snake: values.snake,
    order: oneOf('order', values.order, ['rank', 'strokes', 'pinyin', 'unit', 'roster']),
    groupByUnit: values['group-by-unit'],
    unitPlacement: oneOf('unit-placement', values['unit-placement'], ['left-to-right', 'centre-out']),
    attendeesAtSides: values['attendees-at-sides'],
    absentees: oneOf('absentees', values.absentees, ['leave-empty', 'move-up']),
    chairSeat: oneOf('chair-seat', values['chair-seat'], ['by-rank', 'front-centre', 'front-end']),
    banquetPattern: oneOf('banquet-pattern', values['banquet-pattern'], ['standard', 'foreign']),
    substituteTakesRostrumSeat: values['substitutes-take-seats'],
    speakersWaitingSeats: values['speakers-waiting'],
  };
  return Object.fromEntries(Object.entries(rules).filter(([, value]) => value !== undefined));
}

/** --unit-order FILE (one unit a line) or LIST (区委,区政府), and --single-given-name, over the document's own ordering. */
export async function orderingFromOptions(ordering: Ordering, unitOrder: string | undefined, singleGivenName: string | undefined): Promise<Ordering> {
  const text = unitOrder && /\.(txt|csv)$/i.test(unitOrder) ? await readUnitList(unitOrder) : unitOrder;
  return {
    unitOrder: text ? text.replace(/^\uFEFF/, '').split(/[,，、\r\n]+/).map((unit) => unit.trim()).filter(Boolean) : ordering.unitOrder,
    singleGivenName: oneOf('single-given-name', singleGivenName, ['blank-first', 'compare']) ?? ordering.singleGivenName,
  };
}

/** Whether a zone is ordered by 姓氏笔画 (as a tie-breaker of ranks it rarely decides anything). */
export function usesStrokes(project: Project): boolean {
  return project.venue.elements.some((e) => rulesFor(project, e.id).order === 'strokes');
}

/** 3.3: characters the stroke data lacks are reported, not guessed. */
export function strokeDataWarnings(people: readonly Person[]): string[] {
  return charactersWithoutStrokeData(people.map((p) => p.name)).map((ch) => {
    const names = people.filter((p) => p.name.includes(ch)).map((p) => p.name).join('、');
    return `笔画数据中没有“${ch}”，按姓氏笔画排序时排在同位置的已知字之后：${names}`;
  });
}
