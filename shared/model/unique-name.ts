// Names people tell apart: a second 台下 added, pasted or duplicated into a room is 台下 2, a second
// 分组讨论 session is 分组讨论 2. Names are what the rules, the notices and the printouts show, so two
// zones must never share one.
import type { VenueElement } from './schema';

/** `name` if nobody has it yet, else `name 2`, `name 3`… (an existing `台下 2` is taken as 台下). */
export function uniqueLabel(taken: Iterable<string>, name: string): string {
  const used = new Set(taken);
  if (!used.has(name)) return name;
  const base = /^(.*\S) (\d+)$/.exec(name)?.[1] ?? name;
  let n = 2;
  while (used.has(`${base} ${n}`)) n++;
  return `${base} ${n}`.slice(0, 50);
}

const nameOf = (element: VenueElement): string | undefined => (element.kind !== 'object' && typeof element.name === 'string' ? element.name : undefined);

/**
 * The new elements, each with a name no other element of the room has (the room's and those before
 * it in `added`). Objects (门, 柱) carry a label, not a name: several doors are all 门.
 */
export function withUniqueNames(room: readonly VenueElement[], added: readonly VenueElement[]): VenueElement[] {
  const taken = room.map(nameOf).filter((name): name is string => name !== undefined);
  return added.map((element) => {
    const name = nameOf(element);
    if (name === undefined) return element;
    const unique = uniqueLabel(taken, name);
    taken.push(unique);
    return unique === name ? element : ({ ...element, name: unique } as VenueElement);
  });
}
