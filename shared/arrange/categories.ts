// Hall categories front to back (protocol 2.1): 出席, then 列席, then 媒体 and 工作人员.
import type { Person } from '../model/schema';

export const FORMAL = '出席';
export const NON_VOTING = '列席';
// A Map: a roster's 类别 is user text, and 'constructor' must not find Object.prototype.
const CATEGORY_TIERS = new Map<string, number>([['', 0], [FORMAL, 0], [NON_VOTING, 1], ['媒体', 2], ['工作人员', 3]]);
/** Categories the hall does not know (e.g. 贵宾席) sit after everyone else. */
const UNKNOWN_TIER = 4;
export const TIER_COUNT = 5;

export const categoryTier = (person: Person): number => CATEGORY_TIERS.get(person.category) ?? UNKNOWN_TIER;

/** People split into tiers 0..4, each keeping the input order. */
export function byCategoryTier(people: readonly Person[]): Person[][] {
  const tiers: Person[][] = Array.from({ length: TIER_COUNT }, () => []);
  for (const person of people) tiers[categoryTier(person)]!.push(person);
  return tiers;
}

/** 汇报人 (4.1): the roster's 备注 says 汇报人 (e.g. 议题1汇报人). */
export const isReporter = (person: Person): boolean => person.note.includes('汇报');

/** The agenda item (议题N) a 列席 attends; 0 = every item. They sit in agenda order (4.1). */
export const agendaNumber = (person: Person): number => Number(/议题\s*(\d+)/.exec(person.note)?.[1] ?? 0);
