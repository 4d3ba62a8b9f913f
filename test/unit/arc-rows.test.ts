// 弧形排: a hall's rows on arcs around one centre in front of it, each row one row pitch wider.
// Seats keep their pitch along the arc and their ids, so curving a hall moves nobody to another seat.
import { describe, expect, it } from 'vitest';
import { deriveSeats, elementSeats, hallWidth } from '../../shared/layout/seats';
import { updateElement } from '../../shared/model/element-edits';
import { emptyProject } from '../../shared/model/sample';
import type { HallElement } from '../../shared/model/schema';
import { ROOM_TEMPLATES } from '../../shared/model/templates';

const hall: HallElement = {
  id: 'h', kind: 'hall', rotation: 0, name: '台下', x: 100, y: 300, rows: 4, seatsPerRow: 11, aisles: [], seatPitch: 50, rowPitch: 90, aisleWidth: 100,
};
const venue = { elements: [] };

describe('arc rows', () => {
  const arc = { ...hall, arcRadius: 1000 };
  const centre = { x: hall.x + hallWidth(hall) / 2, y: hall.y + 45 - 1000 };
  const seats = elementSeats(arc, venue);

  it('every seat of row r lies on the circle of radius R + (r − 1) × row pitch', () => {
    for (const seat of seats) expect(Math.hypot(seat.x - centre.x, seat.y - centre.y)).toBeCloseTo(1000 + (seat.row - 1) * 90, 6);
  });

  it('the middle seat stays where a straight row has it; the others curve forward, symmetrically', () => {
    const straight = elementSeats(hall, venue);
    const middle = (list: typeof seats, row: number) => list.find((s) => s.row === row && s.col === 6)!;
    for (let row = 1; row <= 4; row++) {
      expect(middle(seats, row).x).toBeCloseTo(middle(straight, row).x);
      expect(middle(seats, row).y).toBeCloseTo(middle(straight, row).y);
    }
    const first = seats.find((s) => s.row === 1 && s.col === 1)!;
    const last = seats.find((s) => s.row === 1 && s.col === 11)!;
    expect(first.y).toBeLessThan(middle(seats, 1).y);
    expect(first.y).toBeCloseTo(last.y);
    expect(first.x + last.x).toBeCloseTo(2 * middle(seats, 1).x);
  });

  it('neighbours keep the seat pitch along the arc (the chord is a hair shorter), in every row', () => {
    for (let row = 1; row <= 4; row++) {
      const inRow = seats.filter((s) => s.row === row);
      const radius = 1000 + (row - 1) * 90;
      const chord = 2 * radius * Math.sin(50 / (2 * radius));
      for (let i = 1; i < inRow.length; i++) expect(Math.hypot(inRow[i]!.x - inRow[i - 1]!.x, inRow[i]!.y - inRow[i - 1]!.y)).toBeCloseTo(chord, 6);
    }
  });

  it('curving or straightening a hall keeps every seat id and every person; 0 means straight again', () => {
    const project = emptyProject();
    const id = project.venue.elements.find((e) => e.kind === 'hall')!.id;
    const seated = { ...project, assignment: { [`${id}:1-1`]: 'a', [`${id}:5-10`]: 'b' } };
    const curved = updateElement(seated, id, { arcRadius: 800 });
    expect(curved.unassigned).toEqual([]);
    expect(deriveSeats(curved.project.venue).map((s) => s.id)).toEqual(deriveSeats(project.venue).map((s) => s.id));
    const straight = updateElement(curved.project, id, { arcRadius: 0 });
    expect(straight.project.venue.elements.find((e) => e.id === id)).not.toHaveProperty('arcRadius');
    expect(deriveSeats(straight.project.venue)).toEqual(deriveSeats(project.venue));
  });

  it('the 报告厅 template is curved: rows on arcs round the 讲台, inside the walls', () => {
    const { venue: lecture } = ROOM_TEMPLATES['报告厅']!();
    const lectureHall = lecture.elements.find((e) => e.kind === 'hall') as HallElement;
    expect(lectureHall.arcRadius).toBeGreaterThan(0);
    const row1 = deriveSeats(lecture).filter((s) => s.row === 1);
    expect(row1[0]!.y).toBeLessThan(row1[16]!.y);
  });
});
