// From people in order to the places they take (protocol 8.1): an absent person either keeps an
// empty place (leave-empty) or drops out so the rest move up (move-up); a substitute (代会)
// takes exactly the place of the person they stand in for.
import type { Person, ZoneRules } from '../model/schema';

/** A place in the order: a person to seat, or the empty place an absentee leaves. */
export type Slot = { kind: 'person'; person: Person } | { kind: 'empty'; absentee: Person };

/** `ordered` must hold the zone's people in order, absentees included, substitutes excluded. */
export function slotsFor(ordered: readonly Person[], substitutes: ReadonlyMap<string, Person>, absentees: ZoneRules['absentees']): Slot[] {
  const slots: Slot[] = [];
  for (const person of ordered) {
    const substitute = substitutes.get(person.id);
    if (!person.absent) slots.push({ kind: 'person', person });
    else if (substitute && !substitute.absent) slots.push({ kind: 'person', person: substitute });
    else if (absentees === 'leave-empty') slots.push({ kind: 'empty', absentee: person });
  }
  return slots;
}

/** Substitutes by the id of the person they stand in for. */
export function substitutesOf(people: readonly Person[]): Map<string, Person> {
  return new Map(people.filter((p) => p.substituteFor !== null).map((p) => [p.substituteFor!, p]));
}

export const isSubstitute = (person: Person): boolean => person.substituteFor !== null;
