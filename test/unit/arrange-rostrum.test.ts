// Protocol 1.5 and 1.6 and locks, on a document built like the app builds it.
import { describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { quickVenue, QUICK_ROSTRUM_ID } from '../../shared/model/quick-venue';
import { emptyProject } from '../../shared/model/sample';
import type { Person, Project } from '../../shared/model/schema';
import { makePerson } from '../../shared/model/person';
import { seatId } from '../../shared/layout/seats';

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
