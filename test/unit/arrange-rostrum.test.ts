// Protocol 1.5 and 1.6 and locks, on a document built like the app builds it.
import { describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { quickVenue, QUICK_ROSTRUM_ID } from '../../shared/model/quick-venue';
import { emptyProject } from '../../shared/model/sample';
import type { Person, Project } from '../../shared/model/schema';
import { makePerson } from '../../shared/model/person';
import { seatId } from '../../shared/layout/seats';
import { fitRostrumToPeople } from '../../shared/arrange/fit-rostrum';
import { explainPlacement } from '../../shared/arrange/explain';
import { seatedPlacements } from '../../shared/arrange/placements';

function person(rank: number, overrides: Partial<Person> = {}): Person {
  return makePerson({ id: `p${rank}`, name: `领导${rank}`, rank, category: '出席', rosterIndex: rank - 1, ...overrides });
}

/** Arrange the rostrum: its seats and who did not fit. */
function arrangeRostrum(project: Project, elementId: string) {
  const { project: arranged, unplaced } = arrangeZones(project, [elementId]);
  return { assignment: arranged.assignment, unplaced: unplaced.map((u) => u.person) };
}

function meeting(rows: number[], people: Person[], changes: Partial<Project> = {}): Project {
  return { ...emptyProject(quickVenue({ rostrumRows: rows })), people, ...changes };
}

/** Ranks of the people in one row, A-view left to right; '-' for an empty seat. */
function rowRanks(project: Project, assignment: Record<string, string>, row: number, seats: number): string {
  const ranks = new Map(project.people.map((p) => [p.id, p.rank]));
  return Array.from({ length: seats }, (_, i) => ranks.get(assignment[seatId(QUICK_ROSTRUM_ID, row, i + 1)] ?? '') ?? '-').join(' ');
}

const people = (count: number) => Array.from({ length: count }, (_, i) => person(i + 1));

describe('1.5 several rows: the front row takes ranks 1..n1, each row ordered on its own', () => {
  it('two rows of 5: front 5 3 1 2 4, back 10 8 6 7 9', () => {
    const project = meeting([5, 5], people(10));
    const { assignment, unplaced } = arrangeRostrum(project, QUICK_ROSTRUM_ID);
    expect(rowRanks(project, assignment, 1, 5)).toBe('5 3 1 2 4');
    expect(rowRanks(project, assignment, 2, 5)).toBe('10 8 6 7 9');
    expect(unplaced).toEqual([]);
  });
});

describe('1.6 fewer people than seats', () => {
  it('7 seats, 4 people: No.1 still in the centre, empty seats at the ends', () => {
    const project = meeting([7], people(4));
    expect(rowRanks(project, arrangeRostrum(project, QUICK_ROSTRUM_ID).assignment, 1, 7)).toBe('- - 3 1 2 4 -');
  });
  it('6 seats, 3 people: the centre pair is filled first', () => {
    const project = meeting([6], people(3));
    expect(rowRanks(project, arrangeRostrum(project, QUICK_ROSTRUM_ID).assignment, 1, 6)).toBe('- 3 1 2 - -');
  });
});

describe('1.6 more people than seats', () => {
  it('places as many as fit and reports the rest by name, in rank order', () => {
    const roster = people(5).map((p) => ({ ...p, seatZone: '主席台' }));
    const { assignment, unplaced } = arrangeRostrum(meeting([3], roster), QUICK_ROSTRUM_ID);
    expect(Object.keys(assignment)).toHaveLength(3);
    expect(unplaced.map((p) => p.name)).toEqual(['领导4', '领导5']);
  });
});

describe('who sits on the rostrum', () => {
  it('the 座区 column decides when the roster has one', () => {
    const roster = [person(1, { seatZone: '台下' }), person(2, { seatZone: '主席台' }), person(3, { seatZone: '主席台' })];
    const project = meeting([3], roster);
    expect(rowRanks(project, arrangeRostrum(project, QUICK_ROSTRUM_ID).assignment, 1, 3)).toBe('- 2 3');
  });
  it('otherwise the highest-ranked 出席 people; 列席 stay off the rostrum', () => {
    const roster = [person(1, { category: '列席' }), person(2), person(3), person(4)];
    const project = meeting([3], roster);
    expect(rowRanks(project, arrangeRostrum(project, QUICK_ROSTRUM_ID).assignment, 1, 3)).toBe('4 2 3');
  });
});

describe('locks (领导特殊交待)', () => {
  it('a locked person keeps the seat; the others are arranged around it', () => {
    const leftEnd = seatId(QUICK_ROSTRUM_ID, 1, 1);
    const project = meeting([5], people(5), { assignment: { [leftEnd]: 'p1' }, locks: [leftEnd] });
    const { assignment } = arrangeRostrum(project, QUICK_ROSTRUM_ID);
    expect(assignment[leftEnd]).toBe('p1');
    // The other four fill the remaining seats in pattern order, skipping the locked one.
    expect(rowRanks(project, assignment, 1, 5)).toBe('1 4 2 3 5');
  });
});

describe('8.1 absentees on the rostrum', () => {
  it('递补 by default: with No.2 absent, 5 seats read 5 3 1 2 4 over ranks 1, 3, 4, 5, 6', () => {
    const project = meeting([5], people(7).map((p) => (p.rank === 2 ? { ...p, absent: true } : p)));
    const { assignment } = arrangeRostrum(project, QUICK_ROSTRUM_ID);
    expect(rowRanks(project, assignment, 1, 5)).toBe('6 4 1 3 5');
  });
  it('leave-empty, when set: the absentee’s chair stays empty beside No.1', () => {
    const project = meeting([5], people(7).map((p) => (p.rank === 2 ? { ...p, absent: true } : p)), { rules: { [QUICK_ROSTRUM_ID]: { absentees: 'leave-empty' } } });
    expect(rowRanks(project, arrangeRostrum(project, QUICK_ROSTRUM_ID).assignment, 1, 5)).toBe('5 3 1 - 4');
  });
  it('a substitute keeps their own unit and title and sits at the front of the hall', () => {
    const venue = quickVenue({ rostrumRows: [3], hall: { rows: 1, seatsPerRow: 4, aisles: [] } });
    const substitute = makePerson({ id: 'sub', name: '代表甲', unit: '区政府办', title: '副主任', category: '出席', substituteFor: 'p2', rosterIndex: 9 });
    const project = { ...emptyProject(venue), people: [...people(5).map((p) => (p.rank === 2 ? { ...p, absent: true, unit: '区政府', title: '区长' } : p)), substitute] };
    const arranged = arrangeZones(project).project;
    const seat = seatedPlacements(arranged).find((p) => p.person.id === 'sub')!;
    expect(seat.seat.id).toBe('hall-1:1-1');
    expect([seat.person.unit, seat.person.title]).toEqual(['区政府办', '副主任']);
    expect(explainPlacement(arranged, seat.seat, seat.person)).toContain('代领导2出席（代会人员不占主席台领导座位，坐台下前排）');
  });
});

describe('1.7 the chair (主持人)', () => {
  const withChair = (rank: number, chairSeat?: 'by-rank' | 'front-centre' | 'front-end', rows = [5]) =>
    meeting(rows, people(rows.reduce((a, b) => a + b, 0)).map((p) => (p.rank === rank ? { ...p, role: '主持人' as const } : p)), chairSeat ? { rules: { [QUICK_ROSTRUM_ID]: { chairSeat } } } : {});
  it('by-rank (default): seated by rank like everyone', () => {
    const project = withChair(2);
    expect(rowRanks(project, arrangeRostrum(project, QUICK_ROSTRUM_ID).assignment, 1, 5)).toBe('5 3 1 2 4');
  });
  it('by-rank never puts the chair in a back row: he takes the front row’s last place', () => {
    const project = withChair(7, 'by-rank', [5, 5]);
    const { assignment } = arrangeRostrum(project, QUICK_ROSTRUM_ID);
    expect(rowRanks(project, assignment, 1, 5)).toBe('7 3 1 2 4');
    expect(rowRanks(project, assignment, 2, 5)).toBe('10 8 5 6 9');
  });
  it('a chair ranked below the rostrum’s places still sits on it, in the front row', () => {
    const project = meeting([5], people(8).map((p) => (p.rank === 8 ? { ...p, role: '主持人' as const } : p)), { rules: { [QUICK_ROSTRUM_ID]: { chairSeat: 'front-end' } } });
    const { assignment, unplaced } = arrangeRostrum(project, QUICK_ROSTRUM_ID);
    expect(rowRanks(project, assignment, 1, 5)).toBe('8 3 1 2 4');
    expect(unplaced).toEqual([]);
  });

  it('front-centre: the chair takes No.1’s seat and the others shift by one', () => {
    const project = withChair(3, 'front-centre');
    expect(rowRanks(project, arrangeRostrum(project, QUICK_ROSTRUM_ID).assignment, 1, 5)).toBe('5 2 3 1 4');
  });
  it('front-end: the chair at the front row’s end on the rostrum’s right (the audience’s left)', () => {
    const project = withChair(2, 'front-end');
    expect(rowRanks(project, arrangeRostrum(project, QUICK_ROSTRUM_ID).assignment, 1, 5)).toBe('2 4 1 3 5');
  });
});

describe('1.6 按人数调整座位: fit a rostrum row to its people', () => {
  it('a 7-seat row with 4 people keeps 4 chairs, seated by the rule for 4: 3 1 2 4', () => {
    const arranged = arrangeZones(meeting([7], people(4))).project;
    expect(rowRanks(arranged, arranged.assignment, 1, 7)).toBe('- - 3 1 2 4 -');
    const fitted = fitRostrumToPeople(arranged, QUICK_ROSTRUM_ID);
    const element = fitted.venue.elements.find((e) => e.id === QUICK_ROSTRUM_ID)!;
    expect(element.kind === 'rostrum' && element.rows).toEqual([4]);
    expect(rowRanks(fitted, fitted.assignment, 1, 4)).toBe('3 1 2 4');
    expect(Object.keys(fitted.assignment)).toHaveLength(4);
  });
  it('a full rostrum is left as it is', () => {
    const arranged = arrangeZones(meeting([5], people(5))).project;
    expect(fitRostrumToPeople(arranged, QUICK_ROSTRUM_ID)).toBe(arranged);
  });
});
