// 1.6 按人数调整座位: rostrum chairs are movable, so when a row has more chairs than people the
// surplus is taken away and the row re-seated by the rule for its own count (4 people: 3 1 2 4).
// Cards are then printed only for the chairs that remain. A pure edit: one undoable step.
import type { Project, RostrumElement } from '../model/schema';
import { rulesFor } from '../model/schema';
import { deriveSeats, rostrumWidth, seatId } from '../layout/seats';
import { rostrumFillOrder } from './rostrum-pattern';

/** Each row keeps as many chairs as it seats people, in the same seniority order; empty rows go. */
export function fitRostrumToPeople(project: Project, rostrumId: string): Project {
  const element = project.venue.elements.find((e): e is RostrumElement => e.id === rostrumId && e.kind === 'rostrum');
  if (!element) return project;
  const rules = rulesFor(project, rostrumId);
  const seats = deriveSeats({ ...project.venue, elements: [element] });
  // Per row, the people in seniority order of the seats they hold now.
  const rows = element.rows.map((count, index) => {
    const row = seats.filter((seat) => seat.row === index + 1).sort((a, b) => a.col - b.col);
    return rostrumFillOrder(count, rules).map((col) => row[col]!).filter((seat) => project.assignment[seat.id] !== undefined)
      .map((seat) => ({ personId: project.assignment[seat.id]!, locked: project.locks.includes(seat.id) }));
  }).filter((row) => row.length > 0);
  if (rows.length === 0 || (rows.length === element.rows.length && rows.every((row, i) => row.length === element.rows[i]))) return project;

  const mine = (id: string) => id.startsWith(`${rostrumId}:`);
  const assignment = Object.fromEntries(Object.entries(project.assignment).filter(([id]) => !mine(id)));
  const locks = project.locks.filter((id) => !mine(id));
  rows.forEach((row, index) => {
    const order = rostrumFillOrder(row.length, rules);
    row.forEach(({ personId, locked }, seniority) => {
      const id = seatId(rostrumId, index + 1, order[seniority]! + 1);
      assignment[id] = personId;
      if (locked) locks.push(id);
    });
  });
  const seatOverrides = Object.fromEntries(Object.entries(project.venue.seatOverrides).filter(([id]) => !mine(id)));
  // The narrower rostrum stays centred where it was.
  const fitted = { ...element, rows: rows.map((row) => row.length) };
  const centred = { ...fitted, x: element.x + (rostrumWidth(element) - rostrumWidth(fitted)) / 2 };
  const elements = project.venue.elements.map((e) => (e === element ? centred : e));
  return { ...project, venue: { ...project.venue, elements, seatOverrides }, assignment, locks };
}
