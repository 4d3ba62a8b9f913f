// 分组讨论 (9.4): one roster, people split into groups (第一组…), each group in its own room with
// its own plan. A group's plan is the session's plan with only that group's people; its 召集人 is
// seated like a chair by the engine (categories.chairOf).
import type { Project } from '../model/schema';

/** Group names in roster order. */
export function groupNames(project: Project): string[] {
  return [...new Set(project.people.flatMap((p) => (p.group ? [p.group] : [])))];
}

/** The plan for one group: its members (and their substitutes), nobody seated yet. */
export function groupPlan(project: Project, group: string): Project {
  const members = new Set(project.people.filter((p) => p.group === group).map((p) => p.id));
  const people = project.people.filter((p) => members.has(p.id) || (p.substituteFor !== null && members.has(p.substituteFor)));
  return { ...project, people, assignment: {}, locks: [] };
}
