// Protocol 2 (台下) and 8.1 (absentees, substitutes), as small halls drawn in A-view.
import { describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { seatId } from '../../shared/layout/seats';
import { makePerson } from '../../shared/model/person';
import { QUICK_HALL_ID, quickVenue } from '../../shared/model/quick-venue';
import { emptyProject } from '../../shared/model/sample';
import type { Person, Project, ZoneRules } from '../../shared/model/schema';
import { generateRoster } from '../../bench/roster';

/** People named by a letter and a digit: rank = digit order in the list, unit/category as given. */
function people(spec: string, defaults: Partial<Person> = {}): Person[] {
  return spec.split(' ').map((name, i) => makePerson({ id: name, name, rank: i + 1, category: '出席', rosterIndex: i, ...defaults }));
}

function hall(rows: number, seatsPerRow: number, roster: Person[], rules: Partial<ZoneRules> = {}, aisles: number[] = [], extra: Partial<Project> = {}): Project {
  const project = emptyProject(quickVenue({ rostrumRows: [], hall: { rows, seatsPerRow, aisles } }));
  return { ...project, people: roster, rules: { [QUICK_HALL_ID]: rules }, ...extra };
}

/** The arranged hall, one string per row (front first), A-view left to right, '.' for empty. */
function drawn(project: Project): string[] {
  const { project: arranged } = arrangeZones(project);
  const element = arranged.venue.elements.find((e) => e.kind === 'hall')!;
  if (element.kind !== 'hall') throw new Error('no hall');
  return Array.from({ length: element.rows }, (_, r) =>
    Array.from({ length: element.seatsPerRow }, (_, c) => arranged.assignment[seatId(QUICK_HALL_ID, r + 1, c + 1)] ?? '.').join(' '));
}

describe('2.2 横排法 (rows)', () => {
  const roster = people('a b c d e f g');
  it('front row first, A-view left to right by default', () => {
    expect(drawn(hall(2, 4, roster))).toEqual(['a b c d', 'e f g .']);
  });
  it('direction r-left: R-view left to right, i.e. A-view right to left', () => {
    expect(drawn(hall(2, 4, roster, { direction: 'r-left' }))).toEqual(['d c b a', '. g f e']);
  });
  it('蛇形: every other row reversed', () => {
    expect(drawn(hall(2, 4, roster, { snake: true }))).toEqual(['a b c d', '. g f e']);
  });
});

describe('2.2 左右排列法 (centre-out): each row like a rostrum row', () => {
  it('5 seats a row: 5 3 1 2 4, then the next row', () => {
    expect(drawn(hall(2, 5, people('a b c d e f g'), { method: 'centre' }))).toEqual(['e c a b d', '. . f g .']);
  });
  it('counts from the centre line of the whole row, across aisles (2.4)', () => {
    expect(drawn(hall(1, 6, people('a b c d'), { method: 'centre' }, [3]))).toEqual(['. c a b d .']);
  });
});

describe('2.1 categories front to back', () => {
  it('出席, then 列席, then 媒体 and 工作人员, whatever their ranks', () => {
    const roster = [
      ...people('w1', { category: '工作人员' }), ...people('m1', { category: '媒体' }),
      ...people('l1 l2', { category: '列席' }), ...people('c1 c2 c3'),
    ].map((p, i) => ({ ...p, rank: i + 1, rosterIndex: i }));
    expect(drawn(hall(2, 4, roster))).toEqual(['c1 c2 c3 l1', 'l2 m1 w1 .']);
  });

  it('列席 at the sides (setting): 出席 in the centre block, 列席 in the side blocks', () => {
    const roster = [...people('c1 c2 c3 c4'), ...people('l1 l2 l3', { category: '列席' })].map((p, i) => ({ ...p, rank: i + 1, rosterIndex: i }));
    expect(drawn(hall(2, 6, roster, { attendeesAtSides: true }, [1, 5]))).toEqual(['l1 c1 c2 c3 c4 l2', 'l3 . . . . .']);
  });

  it('列席 at the sides in a hall without aisles: no side blocks, so they sit behind 出席, all seated', () => {
    const roster = [...people('c1 c2 c3'), ...people('l1 l2 l3', { category: '列席' })].map((p, i) => ({ ...p, rank: i + 1, rosterIndex: i }));
    const project = hall(2, 4, roster, { attendeesAtSides: true });
    expect(drawn(project)).toEqual(['c1 c2 c3 l1', 'l2 l3 . .']);
    expect(arrangeZones(project).unplaced).toEqual([]);
  });

  it('列席 the full side blocks cannot hold sit behind 出席, before 媒体', () => {
    const roster = [...people('c1'), ...people('l1 l2 l3 l4 l5', { category: '列席' }), ...people('m1', { category: '媒体' })]
      .map((p, i) => ({ ...p, rank: i + 1, rosterIndex: i }));
    expect(drawn(hall(2, 4, roster, { attendeesAtSides: true }, [1, 3]))).toEqual(['l1 c1 l5 l2', 'l3 m1 . l4']);
  });

  it('a 类别 that happens to be an Object property name (constructor, toString, __proto__) sits after the known ones', () => {
    const roster = [...people('x1', { category: 'constructor' }), ...people('x2', { category: 'toString' }), ...people('x3', { category: '__proto__' }), ...people('c1')]
      .map((p, i) => ({ ...p, rank: i + 1, rosterIndex: i }));
    expect(drawn(hall(1, 4, roster))).toEqual(['c1 x1 x2 x3']);
  });
});

describe('2.3 unit blocks', () => {
  const roster = [
    ...people('a1 a2', { unit: 'A' }), ...people('b1 b2 b3', { unit: 'B' }), ...people('c1', { unit: 'C' }),
  ].map((p, i) => ({ ...p, rank: [1, 4, 2, 5, 6, 3][i]!, rosterIndex: i }));

  it('members of a unit sit together, units in the order of their best-ranked member', () => {
    expect(drawn(hall(1, 6, roster, { groupByUnit: true }))).toEqual(['a1 a2 b1 b2 b3 c1']);
  });

  it('the user’s unit list decides the unit order when there is one', () => {
    const ordering = { unitOrder: ['C', 'B', 'A'], singleGivenName: 'blank-first' as const };
    expect(drawn(hall(1, 6, roster, { groupByUnit: true }, [], { ordering }))).toEqual(['c1 b1 b2 b3 a1 a2']);
  });

  it('a unit is not split across an aisle when it fits in one block; skipped seats stay empty', () => {
    // Blocks of 4 | 4: A (2) fills half the left block; B (3) does not fit in the 2 seats left
    // there, so it starts the right block; C follows it.
    expect(drawn(hall(1, 8, roster, { groupByUnit: true }, [4]))).toEqual(['a1 a2 . . b1 b2 b3 c1']);
  });
});

describe('2.2 竖排法 (columns by unit)', () => {
  const roster = [...people('a1 a2 a3 a4', { unit: 'A' }), ...people('b1 b2', { unit: 'B' }), ...people('c1 c2 c3', { unit: 'C' })];
  it('each unit a strip of columns from front to back, units from the A-view left', () => {
    expect(drawn(hall(2, 6, roster, { method: 'columns' }))).toEqual(['a1 a2 b1 c1 c2 .', 'a3 a4 b2 c3 . .']);
  });
  it('centre-out: the first unit in the middle, the second on its senior side (左为上: audience’s right)', () => {
    expect(drawn(hall(2, 6, roster, { method: 'columns', unitPlacement: 'centre-out' }))).toEqual(['c1 c2 a1 a2 b1 .', 'c3 . a3 a4 b2 .']);
  });
});

describe('locks, disabled seats, overflow', () => {
  it('locked seats and their people stay; disabled seats are skipped; the rest flow around them', () => {
    const roster = people('a b c d e');
    const locked = seatId(QUICK_HALL_ID, 1, 1);
    const disabled = seatId(QUICK_HALL_ID, 1, 3);
    const base = hall(2, 3, roster, {}, [], { assignment: { [locked]: 'c' }, locks: [locked] });
    const project = { ...base, venue: { ...base.venue, seatOverrides: { [disabled]: { disabled: true } } } };
    expect(drawn(project)).toEqual(['c a .', 'b d e']);
  });

  it('reports everyone who does not fit, by name', () => {
    const { unplaced } = arrangeZones(hall(1, 2, people('a b c d')));
    expect(unplaced.map((u) => `${u.zoneName}:${u.person.name}`)).toEqual(['台下:c', '台下:d']);
  });
});

describe('8.1 absentees and substitutes', () => {
  const absentB = people('a b c d').map((p) => (p.id === 'b' ? { ...p, absent: true } : p));
  it('leave-empty (default): the absentee’s seat stays empty, nobody else moves', () => {
    expect(drawn(hall(1, 4, absentB))).toEqual(['a . c d']);
  });
  it('move-up (递补): the people after the absentee move up one place', () => {
    expect(drawn(hall(1, 4, absentB, { absentees: 'move-up' }))).toEqual(['a c d .']);
  });
  it('a substitute (代会) takes the absentee’s seat', () => {
    const roster = [...absentB, makePerson({ id: 's', name: 's', substituteFor: 'b', rosterIndex: 9 })];
    expect(drawn(hall(1, 4, roster))).toEqual(['a s c d']);
  });
});

describe('2.3 unit blocks when seats are tight', () => {
  it('10,000 people in 10,042 seats, rows, snake, by unit: everyone seated; the units split across an aisle are named', () => {
    const base = emptyProject(quickVenue({ rostrumRows: [14, 14, 14], hall: { rows: 100, seatsPerRow: 100, aisles: [25, 75] } }));
    const project = { ...base, people: generateRoster(10_000), rules: { [QUICK_HALL_ID]: { snake: true, groupByUnit: true } } };
    const { project: arranged, unplaced, notes } = arrangeZones(project);
    expect(unplaced).toEqual([]);
    expect(Object.keys(arranged.assignment)).toHaveLength(10_000);
    expect(notes.map((n) => n.zh).join('')).toMatch(/以下单位未能整块就座、跨过道分开：单位\d+/);
  });

  it('blocks of 4 | 4 for units of 2, 3 and 3: no seat to spare, so B is split across the aisle and named', () => {
    const roster = [...people('a1 a2', { unit: 'A' }), ...people('b1 b2 b3', { unit: 'B' }), ...people('c1 c2 c3', { unit: 'C' })]
      .map((p, i) => ({ ...p, rank: i + 1, rosterIndex: i }));
    const project = hall(1, 8, roster, { groupByUnit: true }, [4]);
    expect(drawn(project)).toEqual(['a1 a2 b1 b2 b3 c1 c2 c3']);
    expect(arrangeZones(project).notes.map((n) => n.zh)).toEqual(['座位紧张，以下单位未能整块就座、跨过道分开：B']);
  });
});

describe('1.7 speakers’ waiting seats', () => {
  const roster = [
    ...people('c1 c2 c3 c4 c5 c6'),
    makePerson({ id: 's1', name: 's1', rank: 20, category: '出席', role: '发言人', agendaItems: [2], rosterIndex: 6 }),
    makePerson({ id: 's2', name: 's2', rank: 30, category: '出席', role: '发言人', agendaItems: [1], rosterIndex: 7 }),
  ];
  it('speakers wait in the front row at the speaker’s desk end (by default the audience’s left), in speaking order', () => {
    expect(drawn(hall(2, 6, roster, { speakersWaitingSeats: true }))).toEqual(['s2 s1 c1 c2 c3 c4', 'c5 c6 . . . .']);
  });
  it('with the desk on the audience’s right they wait at the right end', () => {
    const project = hall(2, 6, roster, { speakersWaitingSeats: true });
    const desk = { id: 'desk', kind: 'object' as const, objectType: 'speaker-desk' as const, label: '发言席', x: project.venue.width - 150, y: 50, width: 100, depth: 60 };
    expect(drawn({ ...project, venue: { ...project.venue, elements: [...project.venue.elements, desk] } })).toEqual(['c1 c2 c3 c4 s1 s2', 'c5 c6 . . . .']);
  });
  it('off (default): speakers sit by rank like everyone', () => {
    expect(drawn(hall(2, 6, roster))).toEqual(['c1 c2 c3 c4 c5 c6', 's2 s1 . . . .']); // those present for every item first, then by agenda item
  });
});

describe('2.1 列席 at the sides in the built-in 报告厅 (one centre aisle, so no side blocks)', () => {
  it('seats every 列席 of the plenary roster behind 出席 instead of dropping them', async () => {
    const { importRoster } = await import('../../electron/services/import/import-roster');
    const { readFileSync } = await import('node:fs');
    const { ROOM_TEMPLATES } = await import('../../shared/model/templates');
    const roster = (await importRoster(readFileSync('test/fixtures/plenary-roster.xlsx'), 'plenary-roster.xlsx')).people;
    const template = ROOM_TEMPLATES['报告厅']!();
    const project = { ...emptyProject(template.venue), people: roster, rules: { 'hall-1': { ...template.rules['hall-1'], attendeesAtSides: true } } };
    const { project: arranged, unplaced } = arrangeZones(project, undefined, { reportUnzoned: true });
    expect(unplaced).toEqual([]);
    const seated = new Set(Object.values(arranged.assignment));
    expect(roster.filter((p) => p.category === '列席').every((p) => seated.has(p.id))).toBe(true);
  });
});
