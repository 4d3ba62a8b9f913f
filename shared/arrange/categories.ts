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

/** 汇报人 (4.1): the role 汇报人, or a 备注 that says so (e.g. 议题1汇报人). */
export const isReporter = (person: Person): boolean => person.role === '汇报人' || person.note.includes('汇报');

/** 主持人 (1.7, 4.1): the role 主持人, or a 备注 that says so (as the standing-committee roster has it). */
export const isChair = (person: Person): boolean => person.role === '主持人' || (person.role === undefined && person.note.includes('主持人'));

/**
 * Who is seated as the chair among these people: the 主持人; in a discussion group without one,
 * its 召集人 (9.4). In a plenary session the conveners are ordinary members.
 */
export function chairOf(people: readonly Person[]): Person | undefined {
  const present = people.filter((p) => !p.absent);
  return present.find(isChair) ?? present.find((p) => p.role === '召集人');
}

/**
 * The first agenda item (议题) a person attends or reports on, from the 议题 column or a 备注 like
 * 议题2; 0 = every item. 列席 and reporters sit in agenda order (4.1).
 */
export const agendaNumber = (person: Person): number =>
  person.agendaItems?.length ? Math.min(...person.agendaItems) : Number(/议题\s*(\d+)/.exec(person.note)?.[1] ?? 0);
