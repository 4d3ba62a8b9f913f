// What the seat layers need from the document, as lookups built once per change of the people,
// the assignment or the locks (never per frame, never per seat component).
import type { Project } from '../../../shared/model/schema';

export interface Occupant {
  name: string;
  category: string;
  absent: boolean;
}

export interface PlanData {
  /** seatId → who sits there. */
  occupants: Map<string, Occupant>;
  locks: Set<string>;
}

/** The same people as far as the canvas shows them (a session's plan is rebuilt on every edit). */
function samePeople(a: Project['people'], b: Project['people']): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const p = a[i]!;
    const q = b[i]!;
    if (p !== q && (p.id !== q.id || p.name !== q.name || p.category !== q.category || p.absent !== q.absent)) return false;
  }
  return true;
}

/** `previous` lets a change of locks alone keep the occupants map (10,000 entries) as it was. */
export function planData(project: Pick<Project, 'people' | 'assignment' | 'locks'>, previous?: { project: Pick<Project, 'people' | 'assignment'>; data: PlanData }): PlanData {
  if (previous && previous.project.assignment === project.assignment && samePeople(previous.project.people, project.people)) {
    return { occupants: previous.data.occupants, locks: new Set(project.locks) };
  }
  const people = new Map(project.people.map((p) => [p.id, { name: p.name, category: p.category, absent: p.absent }]));
  const occupants = new Map<string, Occupant>();
  for (const [seatId, personId] of Object.entries(project.assignment)) {
    const person = people.get(personId);
    if (person) occupants.set(seatId, person);
  }
  return { occupants, locks: new Set(project.locks) };
}
