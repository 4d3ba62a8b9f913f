// Zone rules from command-line options (cli.md): each option checked against its allowed values.
import type { ZoneRules } from '../../shared/model/schema';
import { CliUsageError } from './cli-error';

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
}

function choice<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined || (allowed as readonly string[]).includes(value)) return value as T | undefined;
  throw new CliUsageError(`--${option} 只能是 ${allowed.join('、')}；收到“${value}”。`, `--${option} must be one of ${allowed.join(', ')}; got "${value}".`);
}

/** Only the rules the user gave: a .zuoci venue keeps its own rules for everything else. */
export function rulesFromOptions(values: RuleOptionValues): Partial<ZoneRules> {
  const rules: Partial<ZoneRules> = {
    convention: choice('convention', values.convention, ['left', 'right']),
    evenRule: choice('even', values.even, ['centre-pair', 'leader-right']),
    method: choice('hall-method', values['hall-method'], ['rows', 'columns', 'centre']),
    direction: choice('direction', values.direction, ['a-left', 'r-left']),
    snake: values.snake,
    order: choice('order', values.order, ['rank', 'strokes', 'pinyin', 'unit', 'roster']),
    groupByUnit: values['group-by-unit'],
    unitPlacement: choice('unit-placement', values['unit-placement'], ['left-to-right', 'centre-out']),
    attendeesAtSides: values['attendees-at-sides'],
    absentees: choice('absentees', values.absentees, ['leave-empty', 'move-up']),
  };
  return Object.fromEntries(Object.entries(rules).filter(([, value]) => value !== undefined));
}
