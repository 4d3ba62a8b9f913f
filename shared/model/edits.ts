// Every change to a document is a pure function here, called by exactly one store action.
import { placeFromRoster } from './hand-seating';
import { newId } from './ids';
import type { Person, Project, ZoneRules } from './schema';
import type { RoomTemplate } from './room-template';


const personKey = (person: Pick<Person, 'name' | 'unit'>): string => `${person.name}\u0000${person.unit}`;

/**
 * Replace the people with a newly imported roster. Someone already in the document (same name and
 * unit) keeps their id and so their seat; people no longer on the roster leave their seats.
 */
export function replaceRoster(project: Project, imported: readonly Person[]): Project {
  const existing = new Map(project.people.map((person) => [personKey(person), person.id]));
  const people = imported.map((person, index) => ({
    ...person,
    id: existing.get(personKey(person)) ?? newId(),
    rosterIndex: index,
  }));
  const kept = new Set(people.map((person) => person.id));
  const assignment = Object.fromEntries(Object.entries(project.assignment).filter(([, personId]) => kept.has(personId)));
  const locks = project.locks.filter((seatId) => assignment[seatId] !== undefined);
  return { ...project, people, assignment, locks };
}

export function setZoneRules(project: Project, elementId: string, change: Partial<ZoneRules>): Project {
  return { ...project, rules: { ...project.rules, [elementId]: { ...project.rules[elementId], ...change } } };
}

/** 请假 or back again. The seat is not touched here: re-arranging applies the zone's absentee rule. */
export function setAbsent(project: Project, personId: string, absent: boolean): Project {
  return { ...project, people: project.people.map((p) => (p.id === personId ? { ...p, absent } : p)) };
}

/** Who stands in: their own name, unit and title (protocol 8.1); a bare name has neither unit nor title. */
export interface SubstituteDetails {
  name: string;
  unit?: string;
  title?: string;
}

/**
 * 代会: the substitute stands in for the absent person and takes their seat at once. They keep the
 * absent person's rank, category and zone, so any later arrangement keeps them in that place, but
 * never their unit, title, gender or ethnicity: the card must carry the substitute's own (8.1).
 */
export function addSubstitute(project: Project, personId: string, who: string | SubstituteDetails): Project {
  const original = project.people.find((p) => p.id === personId);
  if (!original) return project;
  const { name, unit = '', title = '' } = typeof who === 'string' ? { name: who } : who;
  const id = newId();
  const substitute: Person = {
    ...original, id, name, unit, title, gender: '', ethnicity: '', absent: false, substituteFor: personId, note: `代${original.name}`, rosterIndex: project.people.length,
  };
  const assignment = Object.fromEntries(Object.entries(project.assignment).map(([seat, who]) => [seat, who === personId ? id : who]));
  return {
    ...project,
    people: [...project.people.map((p) => (p.id === personId ? { ...p, absent: true } : p)), substitute],
    assignment,
  };
}

/** A built-in room replaces the venue and its rules; the people stay, their seats are cleared. */
export function applyRoomTemplate(project: Project, template: RoomTemplate): Project {
  return { ...project, venue: template.venue, rules: template.rules, assignment: {}, locks: [] };
}

/** After printing cards: remember each seat's printed name, so a later print can do only the changes. */
export function recordPrintedCards(project: Project, printed: Record<string, string>): Project {
  return { ...project, print: { ...project.print, lastPrinted: { ...project.print.lastPrinted, ...printed } } };
}

export function setPrintSettings(project: Project, change: Partial<Project['print']>): Project {
  return { ...project, print: { ...project.print, ...change } };
}

export function setMeta(project: Project, change: Partial<Project['meta']>): Project {
  return { ...project, meta: { ...project.meta, ...change } };
}

/**
 * Put a person in a seat by hand (领导特殊交待) and lock it, so auto-arrange leaves it alone. The
 * rules (a seated person swaps with the occupant, locks follow people, a locked occupant is never
 * displaced) live in hand-seating.ts, which the canvas and the roster use with the user's setting.
 */
export function placePerson(project: Project, personId: string, seatId: string): Project {
  return placeFromRoster(project, [personId], seatId, [], { lockOnDrop: true }).project;
}

export function setLocked(project: Project, seatIds: readonly string[], locked: boolean): Project {
  const chosen = new Set(seatIds.filter((seat) => !locked || project.assignment[seat] !== undefined));
  const locks = locked ? [...new Set([...project.locks, ...chosen])] : project.locks.filter((seat) => !chosen.has(seat));
  return { ...project, locks };
}

export function clearSeats(project: Project, seatIds: readonly string[]): Project {
  const cleared = new Set(seatIds);
  return {
    ...project,
    assignment: Object.fromEntries(Object.entries(project.assignment).filter(([seat]) => !cleared.has(seat))),
    locks: project.locks.filter((seat) => !cleared.has(seat)),
  };
}

export function setOrdering(project: Project, change: Partial<Project['ordering']>): Project {
  return { ...project, ordering: { ...project.ordering, ...change } };
}

/** 7.2: how a hall's seats are numbered (a property of the room, so the map, the lists and the CSV agree). */
export function setHallNumbering(project: Project, elementId: string, numbering: 'sequential' | 'centre-out'): Project {
  const elements = project.venue.elements.map((e) => (e.id === elementId && e.kind === 'hall' ? { ...e, numbering } : e));
  return { ...project, venue: { ...project.venue, elements } };
}
