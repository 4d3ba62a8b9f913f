// Seating by hand as a meeting office does it: move a seated person (or swap two), drop people from
// the roster (one takes the seat, several fill the empty seats in the hall's order), take people off
// their seats; locks follow the people, a locked occupant is never displaced, and the counts follow.
import { describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { deriveSeats } from '../../shared/layout/seats';
import { fillOrder, moveSeatedPerson, placeFromRoster, seatingCounts, unseat, unseatedPeople } from '../../shared/model/hand-seating';
import { makePerson } from '../../shared/model/person';
import { quickVenue } from '../../shared/model/quick-venue';
import { emptyProject } from '../../shared/model/sample';
import type { Project } from '../../shared/model/schema';
import { setSeatOverride } from '../../shared/model/seat-overrides';

const venue = quickVenue({ rostrumRows: [3], hall: { rows: 2, seatsPerRow: 4, aisles: [] } });
const seats = deriveSeats(venue);
const names = ['甲', '乙', '丙', '丁', '戊', '己', '庚'];
const people = names.map((name, i) => makePerson({ id: `p${i + 1}`, name, rank: i + 1, category: '出席', rosterIndex: i }));
const base: Project = { ...emptyProject(venue), people };
const r = (col: number) => `rostrum-1:1-${col}`;
const h = (row: number, col: number) => `hall-1:${row}-${col}`;
const on = { lockOnDrop: true };
const off = { lockOnDrop: false };
const plan = (assignment: Record<string, string>, locks: string[] = []): Project => ({ ...base, assignment, locks });

describe('moving a seated person on the canvas', () => {
  it('moves to an empty seat; the old seat empties; the new seat is locked when the setting is on', () => {
    const { project, refused } = moveSeatedPerson(plan({ [r(1)]: 'p1' }), r(1), r(3), on);
    expect(refused).toBeUndefined();
    expect(project.assignment).toEqual({ [r(3)]: 'p1' });
    expect(project.locks).toEqual([r(3)]);
    expect(moveSeatedPerson(plan({ [r(1)]: 'p1' }), r(1), r(3), off).project.locks).toEqual([]);
  });

  it('swaps with the unlocked occupant of a taken seat', () => {
    const { project } = moveSeatedPerson(plan({ [r(1)]: 'p1', [r(2)]: 'p2' }), r(1), r(2), off);
    expect(project.assignment).toEqual({ [r(1)]: 'p2', [r(2)]: 'p1' });
    expect(project.locks).toEqual([]);
  });

  it('a lock follows the person: the moved person keeps theirs, the seat they leave is unlocked', () => {
    const { project } = moveSeatedPerson(plan({ [r(1)]: 'p1', [r(2)]: 'p2' }, [r(1)]), r(1), r(2), off);
    expect(project.assignment).toEqual({ [r(1)]: 'p2', [r(2)]: 'p1' });
    expect(project.locks).toEqual([r(2)]);
  });

  it('refuses to displace a locked occupant, and changes nothing', () => {
    const before = plan({ [r(1)]: 'p1', [r(2)]: 'p2' }, [r(2)]);
    const { project, refused } = moveSeatedPerson(before, r(1), r(2), on);
    expect(project).toBe(before);
    expect(refused).toEqual({ code: 'seat-locked', seatId: r(2), occupantId: 'p2' });
  });

  it('refuses a disabled seat; a drop on the own seat changes nothing', () => {
    const before = plan({ [r(1)]: 'p1' });
    expect(moveSeatedPerson(before, r(1), r(2), on, { disabled: true }).refused?.code).toBe('seat-disabled');
    expect(moveSeatedPerson(before, r(1), r(1), on).project).toBe(before);
  });
});

describe('dropping people from the roster', () => {
  it('one unseated person takes the seat; an unlocked occupant becomes unseated', () => {
    const { project } = placeFromRoster(plan({ [r(2)]: 'p2' }), ['p1'], r(2), seats, on);
    expect(project.assignment).toEqual({ [r(2)]: 'p1' });
    expect(project.locks).toEqual([r(2)]);
    expect(unseatedPeople(project).map((p) => p.id)).toContain('p2');
  });

  it('one seated person dropped from the roster moves, swapping as on the canvas', () => {
    const { project } = placeFromRoster(plan({ [r(1)]: 'p1', [r(2)]: 'p2' }), ['p1'], r(2), seats, off);
    expect(project.assignment).toEqual({ [r(1)]: 'p2', [r(2)]: 'p1' });
  });

  it('several fill the empty seats from the drop seat along the row, then the next row, skipping taken and disabled seats', () => {
    const disabled = seats.map((s) => (s.id === h(1, 4) ? { ...s, disabled: true } : s));
    const { project, refused } = placeFromRoster(plan({ [h(1, 3)]: 'p7' }), ['p3', 'p1', 'p2'], h(1, 2), disabled, on);
    expect(refused).toBeUndefined();
    // 1-2 free, 1-3 taken by 庚, 1-4 disabled, then row 2 from its first seat.
    expect(project.assignment).toEqual({ [h(1, 2)]: 'p3', [h(1, 3)]: 'p7', [h(2, 1)]: 'p1', [h(2, 2)]: 'p2' });
    expect([...project.locks].sort()).toEqual([h(1, 2), h(2, 1), h(2, 2)].sort());
  });

  it('several: those already seated leave their seats first and keep their locks; nobody is displaced', () => {
    const before = plan({ [r(1)]: 'p1', [h(1, 1)]: 'p6' }, [r(1)]);
    const { project } = placeFromRoster(before, ['p1', 'p2'], h(1, 1), seats, off);
    expect(project.assignment).toEqual({ [h(1, 1)]: 'p6', [h(1, 2)]: 'p1', [h(1, 3)]: 'p2' });
    expect(project.locks).toEqual([h(1, 2)]);
  });

  it('several with too few seats left in the block: nothing changes, and the refusal says how many fit', () => {
    const before = plan({});
    const { project, refused } = placeFromRoster(before, ['p1', 'p2', 'p3'], h(2, 3), seats, on);
    expect(project).toBe(before);
    expect(refused).toEqual({ code: 'not-enough-seats', needed: 3, available: 2 });
  });

  it('refuses a locked occupant and people not attending this session', () => {
    const locked = plan({ [r(2)]: 'p2' }, [r(2)]);
    expect(placeFromRoster(locked, ['p1'], r(2), seats, on)).toEqual({ project: locked, refused: { code: 'seat-locked', seatId: r(2), occupantId: 'p2' } });
    expect(placeFromRoster(locked, ['nobody'], r(1), seats, on).refused).toEqual({ code: 'not-attending', personIds: ['nobody'] });
  });

  it('a lock placed by hand survives auto-arrange', () => {
    const arranged = arrangeZones(base).project;
    const centre = r(2);
    const { project } = placeFromRoster(arranged, ['p7'], centre, seats, on);
    expect(arrangeZones(project).project.assignment[centre]).toBe('p7');
  });
});

describe('taking people off their seats, and the counts', () => {
  it('unseat empties the seats and drops their locks; empty seats are ignored', () => {
    const before = plan({ [r(1)]: 'p1', [r(2)]: 'p2' }, [r(1)]);
    const after = unseat(before, [r(1), r(3)]);
    expect(after.assignment).toEqual({ [r(2)]: 'p2' });
    expect(after.locks).toEqual([]);
    expect(unseat(before, [r(3)])).toBe(before);
  });

  it('counts unseated people (not 请假) and empty usable seats from the assignment', () => {
    const usable = new Set(seats.filter((s) => s.id !== h(2, 4)).map((s) => s.id));
    const withAbsent: Project = { ...plan({ [r(1)]: 'p1', [h(2, 4)]: 'p2' }), people: people.map((p) => (p.id === 'p7' ? { ...p, absent: true } : p)) };
    // 7 people, 2 seated, 庚 请假: 4 need a seat. 11 seats, 1 disabled (with 乙 on it): 10 usable, 1 taken.
    expect(seatingCounts(withAbsent, usable)).toEqual({ unseated: 4, emptySeats: 9 });
    expect(unseatedPeople(withAbsent).map((p) => p.name)).toEqual(['丙', '丁', '戊', '己']);
  });

  it('fillOrder keeps to the drop seat’s block and stops at its last seat', () => {
    expect(fillOrder(seats, h(2, 3), () => false, 5)).toEqual([h(2, 3), h(2, 4)]);
    expect(fillOrder(seats, 'nowhere', () => false, 5)).toEqual([]);
  });
});

describe('seats reserved for a category (预留) when seating by hand', () => {
  // Hall row 1 seats 2 and 3 are kept for 媒体; 戊 (p5) is press, the others 出席.
  const reserved = (project: Project): Project => setSeatOverride(project, [h(1, 2), h(1, 3)], { field: 'reserved', value: '媒体' }).project;
  const withPress = (assignment: Record<string, string> = {}): Project =>
    reserved({ ...plan(assignment), people: people.map((p) => (p.id === 'p5' ? { ...p, category: '媒体' } : p)) });

  it('one person of another category dropped there takes the seat, with a note naming seat, person and category', () => {
    const fromRoster = placeFromRoster(withPress(), ['p1'], h(1, 2), seats, off);
    expect(fromRoster.refused).toBeUndefined();
    expect(fromRoster.project.assignment).toEqual({ [h(1, 2)]: 'p1' });
    expect(fromRoster.notes).toEqual([{ code: 'seat-reserved', seatId: h(1, 2), personId: 'p1', category: '媒体' }]);
    const moved = moveSeatedPerson(withPress({ [r(1)]: 'p1' }), r(1), h(1, 3), off);
    expect(moved.project.assignment).toEqual({ [h(1, 3)]: 'p1' });
    expect(moved.notes?.map((n) => n.personId)).toEqual(['p1']);
  });

  it('no note for the category the seat waits for, nor for an ordinary seat; a swap notes the displaced person too', () => {
    expect(placeFromRoster(withPress(), ['p5'], h(1, 2), seats, off).notes).toBeUndefined();
    expect(placeFromRoster(withPress(), ['p1'], h(1, 1), seats, off).notes).toBeUndefined();
    // 戊 (媒体) in the reserved seat swaps with 甲 from an ordinary seat: 甲 now sits in 戊's reserved seat.
    const swap = moveSeatedPerson(withPress({ [h(1, 2)]: 'p5', [h(1, 1)]: 'p1' }), h(1, 1), h(1, 2), off);
    expect(swap.project.assignment).toEqual({ [h(1, 1)]: 'p5', [h(1, 2)]: 'p1' });
    expect(swap.notes).toEqual([{ code: 'seat-reserved', seatId: h(1, 2), personId: 'p1', category: '媒体' }]);
  });

  it('several people filling seats skip the seats reserved for another category; press people may take them', () => {
    const filled = placeFromRoster(withPress(), ['p1', 'p2', 'p5'], h(1, 1), seats, off);
    expect(filled.refused).toBeUndefined();
    expect(filled.notes).toBeUndefined();
    // 甲 in seat 1, 乙 skips the two 媒体 seats to seat 4, 戊 (媒体) takes the first 媒体 seat.
    expect(filled.project.assignment).toEqual({ [h(1, 1)]: 'p1', [h(1, 4)]: 'p2', [h(1, 2)]: 'p5' });
  });

  it('when only reserved seats are left the fill is refused, counting only the seats it could use', () => {
    // From row 1 seat 2 on: seats 2, 3 (媒体), 4 and row 2's four — five ordinary seats for six 出席 people.
    const result = placeFromRoster(withPress(), ['p1', 'p2', 'p3', 'p4', 'p6', 'p7'], h(1, 2), seats, off);
    expect(result.refused).toEqual({ code: 'not-enough-seats', needed: 6, available: 5 });
    expect(result.project.assignment).toEqual({});
  });
});
