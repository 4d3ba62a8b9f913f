// 主席台 (protocol 1.1–1.6): front rows first, each row filled from its centre by the row pattern.
import type { Person, Project, RostrumElement } from '../model/schema';
import { DEFAULT_ROSTRUM_RULES } from '../model/schema';
import { deriveSeats, type Seat } from '../layout/seats';
import { rostrumFillOrder } from './rostrum-pattern';
import { selectRostrumPeople } from './rostrum-people';

export interface ArrangeOutcome {
  assignment: Record<string, string>;
  /** People who should sit here but did not fit, in rank order (1.6: reported, never dropped). */
  unplaced: Person[];
}

/** The rostrum's free seats in the order they are filled: front row first, seniority within a row. */
function seatsInFillOrder(element: RostrumElement, seats: Seat[], project: Project): Seat[] {
  const rules = project.rules[element.id] ?? DEFAULT_ROSTRUM_RULES;
  const locked = new Set(project.locks);
  const ordered: Seat[] = [];
  element.rows.forEach((count, index) => {
    const row = seats.filter((seat) => seat.row === index + 1).sort((a, b) => a.col - b.col);
    for (const col of rostrumFillOrder(count, rules)) ordered.push(row[col]!);
  });
  return ordered.filter((seat) => !seat.disabled && !locked.has(seat.id));
}

/**
 * Arrange one rostrum element. Locked seats keep their people; everyone else who belongs on the
 * rostrum is placed by rank. Returns the whole new assignment.
 */
export function arrangeRostrum(project: Project, elementId: string): ArrangeOutcome {
  const element = project.venue.elements.find((e): e is RostrumElement => e.id === elementId && e.kind === 'rostrum');
  if (!element) throw new Error(`No rostrum element ${elementId}`);
  const seats = deriveSeats(project.venue).filter((seat) => seat.elementId === element.id);
  const seatIds = new Set(seats.map((seat) => seat.id));
  const locked = new Set(project.locks);

  const assignment: Record<string, string> = {};
  for (const [seat, person] of Object.entries(project.assignment)) {
    if (!seatIds.has(seat) || locked.has(seat)) assignment[seat] = person;
  }
  const lockedPeople = new Set(project.locks.map((seat) => project.assignment[seat]));
  const candidates = selectRostrumPeople(project.people, seats.length).filter((p) => !lockedPeople.has(p.id));
  const candidateIds = new Set(candidates.map((person) => person.id));
  // A rostrum candidate seated elsewhere (unlocked) moves up to the rostrum.
  for (const [seat, person] of Object.entries(assignment)) {
    if (candidateIds.has(person) && !locked.has(seat)) delete assignment[seat];
  }

  const free = seatsInFillOrder(element, seats, project);
  candidates.slice(0, free.length).forEach((person, index) => (assignment[free[index]!.id] = person.id));
  return { assignment, unplaced: candidates.slice(free.length) };
}
