// Every change to a document is a pure function here, called by exactly one store action.
import type { Person, Project } from './schema';

const personKey = (person: Pick<Person, 'name' | 'unit'>): string => `${person.name}\u0000${person.unit}`;

/**
 * Replace the people with a newly imported roster. Someone already in the document (same name and
 * unit) keeps their id and so their seat; people no longer on the roster leave their seats.
 */
export function replaceRoster(project: Project, imported: readonly Person[]): Project {
  const existing = new Map(project.people.map((person) => [personKey(person), person.id]));
  let nextNumber = Math.max(0, ...project.people.map((person) => Number(/^p(\d+)$/.exec(person.id)?.[1] ?? 0))) + 1;
  const people = imported.map((person, index) => ({
    ...person,
    id: existing.get(personKey(person)) ?? `p${nextNumber++}`,
    rosterIndex: index,
  }));
  const kept = new Set(people.map((person) => person.id));
  const assignment = Object.fromEntries(Object.entries(project.assignment).filter(([, personId]) => kept.has(personId)));
  const locks = project.locks.filter((seatId) => assignment[seatId] !== undefined);
  return { ...project, people, assignment, locks };
}
