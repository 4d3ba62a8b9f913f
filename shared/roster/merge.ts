// Re-importing an updated roster (issue 10 item 2): match the new list to the people the meeting
// already has, show what is added, removed and changed, and apply only what the user agreed to —
// never a silent replace. Kept people keep their ids, so their seats, statuses and groups survive.
//
// The key: the ID column (Person.externalId) when both sides have one; otherwise name + unit.
// Duplicates: the import itself refuses a second row with the same key (people-from-table.ts);
// if the meeting already holds two people with one key (namesakes added by hand), the first in
// roster order is matched and the other counts as not in the new list.
import type { Meeting, RosterPerson } from '../model/meeting-schema';
import type { Person } from '../model/schema';
import { replaceMeetingRoster } from '../model/session-edits';
import { newId } from '../model/ids';

/** The fields a re-import compares and shows as "old → new". */
export const COMPARED_FIELDS = [
  'name', 'unit', 'title', 'rank', 'category', 'seatZone', 'gender', 'ethnicity', 'note', 'group', 'role', 'agendaItems', 'externalId',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface FieldChange {
  readonly field: ComparedField;
  readonly before: string;
  readonly after: string;
}

export interface ChangedPerson {
  readonly before: RosterPerson;
  readonly after: Person;
  readonly changes: readonly FieldChange[];
}

export interface MergePlan {
  readonly added: readonly Person[];
  readonly removed: readonly RosterPerson[];
  readonly changed: readonly ChangedPerson[];
  /** Incoming person → the existing person's id (matched, changed or not). */
  readonly matches: ReadonlyMap<Person, string>;
  readonly unchanged: number;
  readonly fields: readonly ComparedField[];
}

export interface MergeChoices {
  /** People missing from the new list stay on the roster (a paste of a few rows adds, it does not cut). */
  readonly keepRemoved: boolean;
}

const shown = (value: unknown): string => (value === null || value === undefined ? '' : Array.isArray(value) ? value.join(',') : String(value));
const nameUnit = (p: Pick<Person, 'name' | 'unit'>) => `${p.name}\u0000${p.unit}`;

/**
 * `fields`: what the new list speaks for — the columns the user mapped. A field it has no column
 * for keeps the value the meeting has (a list without 职务 does not blank everyone's title).
 */
export function planMerge(existing: readonly RosterPerson[], incoming: readonly Person[], fields: readonly ComparedField[] = COMPARED_FIELDS): MergePlan {
  // Stand-ins made in the app (代会) are not roster rows: they stay while the person they replace does.
  const roster = existing.filter((p) => p.substituteFor === null);
  const byId = new Map<string, RosterPerson>();
  const byNameUnit = new Map<string, RosterPerson>();
  for (const person of roster) {
    if (person.externalId && !byId.has(person.externalId)) byId.set(person.externalId, person);
    if (!byNameUnit.has(nameUnit(person))) byNameUnit.set(nameUnit(person), person);
  }
  const taken = new Set<string>();
  const matches = new Map<Person, string>();
  const added: Person[] = [];
  const changed: ChangedPerson[] = [];
  let unchanged = 0;
  const find = (person: Person): RosterPerson | undefined => {
    const candidate = person.externalId ? byId.get(person.externalId) : undefined;
    if (candidate && !taken.has(candidate.id)) return candidate;
    const named = byNameUnit.get(nameUnit(person));
    // A person whose ID differs from the new row's is someone else of the same name and unit.
    if (named && !taken.has(named.id) && !(named.externalId && person.externalId && named.externalId !== person.externalId)) return named;
    return undefined;
  };
  for (const person of incoming) {
    const match = find(person);
    if (!match) {
      added.push(person);
      continue;
    }
    taken.add(match.id);
    matches.set(person, match.id);
    const changes = fields.flatMap((field): FieldChange[] => {
      const before = shown(match[field]);
      const after = shown(person[field]);
      // An ID column absent from the new list does not erase the IDs already kept.
      if (field === 'externalId' && after === '') return [];
      return before === after ? [] : [{ field, before, after }];
    });
    if (changes.length) changed.push({ before: match, after: person, changes });
    else unchanged++;
  }
  const removed = roster.filter((p) => !taken.has(p.id) && p.substituteFor === null);
  return { added, removed, changed, matches, unchanged, fields };
}

/**
 * The meeting after the merge, as one edit (the caller commits it as one undo step). Matched people
 * keep their id and take the new list's fields; new people get fresh ids; people missing from the
 * new list either stay (keepRemoved) or leave the roster and every session's seats.
 */
export function applyMerge(meeting: Meeting, incoming: readonly Person[], plan: MergePlan, choices: MergeChoices): Meeting {
  const finalId = new Map(incoming.map((person) => [person.id, plan.matches.get(person) ?? newId()]));
  const before = new Map(meeting.people.map((p) => [p.id, p]));
  const merged: Person[] = incoming.map((person) => {
    const id = finalId.get(person.id)!;
    const old = before.get(id);
    const substituteFor = person.substituteFor === null ? null : finalId.get(person.substituteFor) ?? null;
    if (!old) return { ...person, id, substituteFor };
    // The new list's fields over the old person: whatever it has no column for stays; an empty
    // optional cell clears the field, except the ID, which an empty cell never erases.
    const next: Record<string, unknown> = { ...old, id, substituteFor, absent: person.absent, rosterIndex: person.rosterIndex };
    for (const field of plan.fields) {
      if (person[field] !== undefined) next[field] = person[field];
      else if (field !== 'externalId') delete next[field];
    }
    const merged = next as Person;
    return plan.fields.includes('name') ? withOriginal(merged, person.originalName) : merged;
  });
  const kept: Person[] = choices.keepRemoved ? plan.removed.map((p) => ({ ...p, absent: false })) : [];
  const all = [...merged, ...kept];
  // Without a 分组 column the groups stay as they are (kept people only); with one, it decides.
  const groupNames = plan.fields.includes('group') ? all.map((p) => (p.group ? [p.group] : [])) : all.map(() => []);
  return replaceMeetingRoster(meeting, all, groupNames, { keepIds: true });
}

function withOriginal(person: Person, original: string | undefined): Person {
  const { originalName: _old, ...rest } = person;
  return original === undefined ? rest : { ...rest, originalName: original };
}
