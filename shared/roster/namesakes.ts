// 同名: two people on one roster whose names are the same once normalised (王　伟 and 王伟). Cards
// and sign-in confuse them, so the roster table marks each and names the other's unit.
import { normalizeName } from '../names/normalize';

export interface NamesakePerson {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
}

/** Each person with a namesake → the others with that name (in roster order). People without one are absent. */
export function findNamesakes<P extends NamesakePerson>(people: readonly P[]): Map<string, P[]> {
  const byName = new Map<string, P[]>();
  for (const person of people) {
    const key = normalizeName(person.name);
    if (!key) continue;
    const list = byName.get(key);
    if (list) list.push(person);
    else byName.set(key, [person]);
  }
  const result = new Map<string, P[]>();
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    for (const person of list) result.set(person.id, list.filter((other) => other !== person));
  }
  return result;
}
