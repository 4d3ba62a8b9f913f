// Properties of the engine over random rooms, rosters and rules (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { rostrumPattern } from '../../shared/arrange/rostrum-pattern';
import { deriveSeats, seatId } from '../../shared/layout/seats';
import { makePerson } from '../../shared/model/person';
import { QUICK_HALL_ID, QUICK_ROSTRUM_ID, quickVenue } from '../../shared/model/quick-venue';
import { emptyProject } from '../../shared/model/sample';
import type { Project, ZoneRules } from '../../shared/model/schema';
import { ROOM_TEMPLATES } from '../../shared/model/templates';

const CATEGORIES = ['出席', '出席', '列席', '媒体', '工作人员', ''];
const UNITS = ['区委', '区政府', '区人大', '区政协', '区法院'];

const rulesArb: fc.Arbitrary<ZoneRules> = fc.record({
  convention: fc.constantFrom('left', 'right'),
  evenRule: fc.constantFrom('centre-pair', 'leader-right'),
  method: fc.constantFrom('rows', 'columns', 'centre'),
  direction: fc.constantFrom('a-left', 'r-left'),
  snake: fc.boolean(),
  order: fc.constantFrom('rank', 'strokes', 'pinyin', 'unit', 'roster'),
  groupByUnit: fc.boolean(),
  unitPlacement: fc.constantFrom('left-to-right', 'centre-out'),
  attendeesAtSides: fc.boolean(),
  absentees: fc.constantFrom('leave-empty', 'move-up'),
  banquetPattern: fc.constantFrom('standard', 'foreign'),
  chairSeat: fc.constantFrom('by-rank', 'front-centre', 'front-end'),
  substituteTakesRostrumSeat: fc.boolean(),
  speakersWaitingSeats: fc.boolean(),
  agendaTurns: fc.boolean(),
});

const projectArb: fc.Arbitrary<Project> = fc
  .record({
    rostrumRows: fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 2 }),
    hallRows: fc.integer({ min: 1, max: 5 }),
    seatsPerRow: fc.integer({ min: 1, max: 12 }),
    aisles: fc.uniqueArray(fc.integer({ min: 1, max: 11 }), { maxLength: 2 }),
    people: fc.array(
      fc.record({
        rank: fc.option(fc.integer({ min: 1, max: 80 }), { nil: null }),
        category: fc.constantFrom(...CATEGORIES),
        unit: fc.constantFrom(...UNITS),
        name: fc.constantFrom('王伟', '李明', '欧阳少东', '田富', '田大利', '张强', '文强', '林建', '洪少东', '赵丽'),
        absent: fc.boolean().map((b) => b && Math.random() < 0.2),
      }),
      { maxLength: 70 },
    ),
    rostrumRules: rulesArb,
    hallRules: rulesArb,
    lockCount: fc.integer({ min: 0, max: 3 }),
  })
  .map((spec) => {
    const base = emptyProject(quickVenue({ rostrumRows: spec.rostrumRows, hall: { rows: spec.hallRows, seatsPerRow: spec.seatsPerRow, aisles: spec.aisles } }));
    const people = spec.people.map((p, i) => makePerson({ id: `p${i}`, ...p, name: `${p.name}${i}`, rosterIndex: i }));
    // Lock the first few people to hall seats counted from the back.
    const seats = deriveSeats(base.venue).filter((s) => s.zone === 'hall').reverse();
    const locked = people.slice(0, Math.min(spec.lockCount, seats.length)).map((p, i) => [seats[i]!.id, p.id] as const);
    return {
      ...base, people,
      assignment: Object.fromEntries(locked), locks: locked.map(([seat]) => seat),
      rules: { [QUICK_ROSTRUM_ID]: spec.rostrumRules, [QUICK_HALL_ID]: spec.hallRules },
    };
  });

describe('engine properties', () => {
  it('seats everyone at most once, drops nobody silently, never moves a lock, and is deterministic', () => {
    fc.assert(
      fc.property(projectArb, (project) => {
        const first = arrangeZones(project);
        const { project: arranged, unplaced } = first;
        const seated = Object.values(arranged.assignment);
        expect(new Set(seated).size).toBe(seated.length);
        const absent = new Set(project.people.filter((p) => p.absent).map((p) => p.id));
        for (const seat of project.locks) {
          // A lock holds its person there, unless they are absent (8.1: the seat stays empty).
          expect(arranged.assignment[seat]).toBe(absent.has(project.assignment[seat]!) ? undefined : project.assignment[seat]);
        }
        const accounted = new Set([...seated, ...unplaced.map((u) => u.person.id)]);
        for (const person of project.people) if (!person.absent) expect(accounted.has(person.id)).toBe(true);
        for (const person of project.people) if (person.absent) expect(seated).not.toContain(person.id);
        expect(arrangeZones(project)).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it('a full rostrum row with nobody absent follows the rule’s pattern', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 15 }), rulesArb, (seats, rules) => {
        const people = Array.from({ length: seats }, (_, i) => makePerson({ id: `p${i + 1}`, name: `人${i + 1}`, rank: i + 1, category: '出席', rosterIndex: i }));
        const project = { ...emptyProject(quickVenue({ rostrumRows: [seats] })), people, rules: { [QUICK_ROSTRUM_ID]: { ...rules, order: 'rank' as const } } };
        const { assignment } = arrangeZones(project).project;
        const ranks = Array.from({ length: seats }, (_, i) => Number(assignment[seatId(QUICK_ROSTRUM_ID, 1, i + 1)]!.slice(1)));
        expect(ranks).toEqual(rostrumPattern(seats, rules));
      }),
    );
  });

  it('右为上 is the exact mirror of 左为上 for the rostrum and the centre-out hall', () => {
    fc.assert(
      fc.property(projectArb, rulesArb, (project, rules) => {
        const clean = { ...project, assignment: {}, locks: [], people: project.people.map((p) => ({ ...p, absent: false })) };
        const withConvention = (convention: 'left' | 'right') => ({
          ...clean,
          rules: { [QUICK_ROSTRUM_ID]: { ...rules, convention }, [QUICK_HALL_ID]: { ...rules, method: 'centre' as const, attendeesAtSides: false, convention } },
        });
        const left = arrangeZones(withConvention('left')).project;
        const right = arrangeZones(withConvention('right')).project;
        const seats = deriveSeats(left.venue);
        for (const seat of seats) {
          const mirrored = seatId(seat.elementId, seat.row, seat.rowLength - seat.col + 1);
          expect(right.assignment[mirrored]).toBe(left.assignment[seat.id]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('in every built-in room (tables and banquets too): each person at most once, nobody dropped silently', () => {
    const categories = ['出席', '列席', '工作人员', '主人', '陪同', '主宾', '宾客', ''];
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(ROOM_TEMPLATES)),
        fc.array(fc.record({
          rank: fc.option(fc.integer({ min: 1, max: 90 }), { nil: null }),
          category: fc.constantFrom(...categories),
          note: fc.constantFrom('', '主持人', '议题1汇报人', '议题2'),
          absent: fc.boolean().map((b) => b && Math.random() < 0.15),
        }), { maxLength: 90 }),
        (room, specs) => {
          const template = ROOM_TEMPLATES[room]!();
          const people = specs.map((p, i) => makePerson({ id: `p${i}`, name: `人${i}`, ...p, rosterIndex: i }));
          const { project: arranged, unplaced } = arrangeZones({ ...emptyProject(template.venue), rules: template.rules, people }, undefined, { reportUnzoned: true });
          const seated = Object.values(arranged.assignment);
          expect(new Set(seated).size).toBe(seated.length);
          const accounted = new Set([...seated, ...unplaced.map((u) => u.person.id)]);
          for (const person of people) if (!person.absent) expect(accounted.has(person.id)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
