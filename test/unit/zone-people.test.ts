// Who goes to which kind of zone when a room mixes them: a table added to a plenary hall must
// never empty the rostrum or leave people unseated while the hall has room (QA, 2026-11-25).
import { describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { paletteElement } from '../../shared/model/palette';
import { emptyProject } from '../../shared/model/sample';
import type { Project } from '../../shared/model/schema';
import { ROOM_TEMPLATES } from '../../shared/model/templates';
import { generateRoster } from '../../bench/roster';

const roster = generateRoster(170).map((p) => ({ ...p, category: '出席' }));

function auditoriumWithTable(): Project {
  const room = ROOM_TEMPLATES['大礼堂']!();
  const venue = { ...room.venue, elements: [...room.venue.elements, paletteElement('table-long', room.venue)] };
  return { ...emptyProject(venue), people: roster };
}

describe('a meeting table added to a room with a rostrum and a hall', () => {
  it('the rostrum keeps the highest ranks, the table takes the next up to its seats, the hall the rest; nobody is left out', () => {
    const project = auditoriumWithTable();
    const { project: arranged, unplaced } = arrangeZones(project);
    const zoneOf = (kind: string) => {
      const ids = new Set(arranged.venue.elements.filter((e) => e.kind === kind).map((e) => e.id));
      return Object.entries(arranged.assignment).filter(([seat]) => ids.has(seat.slice(0, seat.lastIndexOf(':')))).map(([, person]) => person);
    };
    const rankOf = new Map(roster.map((p) => [p.id, p.rank ?? Infinity]));
    const rostrum = zoneOf('rostrum');
    const table = zoneOf('table');
    const hall = zoneOf('hall');
    expect(rostrum.length).toBe(28);
    expect(table.length).toBeGreaterThan(0);
    expect(rostrum.length + table.length + hall.length).toBe(170);
    expect(unplaced).toEqual([]);
    // Ranks: every rostrum leader outranks everyone at the table, who outrank everyone in the hall.
    const worst = (ids: string[]) => Math.max(...ids.map((id) => rankOf.get(id)!).filter(Number.isFinite));
    const best = (ids: string[]) => Math.min(...ids.map((id) => rankOf.get(id)!));
    expect(worst(rostrum)).toBeLessThan(best(table));
    expect(worst(table)).toBeLessThan(best(hall));
  });

  it('a room of tables only still seats the meeting at its tables', () => {
    const room = ROOM_TEMPLATES['常务会议室']!();
    const people = roster.slice(0, 10);
    const { project: arranged } = arrangeZones({ ...emptyProject(room.venue), people });
    expect(Object.values(arranged.assignment).sort()).toEqual(people.map((p) => p.id).sort());
  });
});
