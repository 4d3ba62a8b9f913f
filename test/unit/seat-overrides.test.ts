// Per-seat overrides: disabled, a custom label, reserved for a category (预留, 工作人员 / 媒体
// fixed seats). The engine leaves reserved seats to their category: nobody else sits there, and
// the category's people take them first.
import { describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { deriveSeats } from '../../shared/layout/seats';
import { emptyProject } from '../../shared/model/sample';
import type { Person, Project } from '../../shared/model/schema';
import { setSeatOverride } from '../../shared/model/seat-overrides';
import { seatMapPages } from '../../shared/print/seat-map-layout';

const person = (i: number, category = ''): Person => ({
  id: `p${i}`, name: `人${i}`, unit: '', title: '', rank: i, category, seatZone: '', gender: '', ethnicity: '', note: '',
  rosterIndex: i, absent: false, substituteFor: null,
});

/** The sample room (rostrum of 7, hall 5 × 10): 7 on the rostrum, 20 in the hall, two 媒体 and one 工作人员. */
function plan(): Project {
  const people = [...Array.from({ length: 27 }, (_, i) => person(i + 1)), person(28, '媒体'), person(29, '媒体'), person(30, '工作人员')];
  return { ...emptyProject(), people };
}

describe('per-seat overrides', () => {
  it('set and clear each field; a seat with nothing left leaves the list', () => {
    let project = plan();
    project = setSeatOverride(project, ['hall-1:1-1', 'hall-1:1-2'], { field: 'reserved', value: '媒体' }).project;
    project = setSeatOverride(project, ['hall-1:1-1'], { field: 'label', value: ' A1 ' }).project;
    expect(project.venue.seatOverrides).toEqual({ 'hall-1:1-1': { reserved: '媒体', label: 'A1' }, 'hall-1:1-2': { reserved: '媒体' } });
    const seat = deriveSeats(project.venue).find((s) => s.id === 'hall-1:1-1')!;
    expect([seat.label, seat.reserved]).toEqual(['A1', '媒体']);
    project = setSeatOverride(project, ['hall-1:1-1', 'hall-1:1-2'], { field: 'reserved', value: '' }).project;
    expect(project.venue.seatOverrides).toEqual({ 'hall-1:1-1': { label: 'A1' } });
  });

  it('disabling an occupied seat unassigns its person in the same step and says who', () => {
    const project = { ...plan(), assignment: { 'hall-1:2-3': 'p9' }, locks: ['hall-1:2-3'] };
    const edit = setSeatOverride(project, ['hall-1:2-3'], { field: 'disabled', value: true });
    expect(edit.unassigned).toEqual(['p9']);
    expect(edit.project.assignment).toEqual({});
    expect(edit.project.locks).toEqual([]);
  });

  it('auto-arrange: reserved seats go to their category only, the rest of the category sits as usual', () => {
    let project = plan();
    // Three 媒体 seats in the front row of the hall, one 工作人员 seat; nobody else may sit there.
    project = setSeatOverride(project, ['hall-1:1-4', 'hall-1:1-5', 'hall-1:1-6'], { field: 'reserved', value: '媒体' }).project;
    project = setSeatOverride(project, ['hall-1:5-10'], { field: 'reserved', value: '工作人员' }).project;
    const { assignment } = arrangeZones(project).project;
    const byId = new Map(project.people.map((p) => [p.id, p]));
    expect(byId.get(assignment['hall-1:1-4']!)!.category).toBe('媒体');
    expect(byId.get(assignment['hall-1:1-5']!)!.category).toBe('媒体');
    expect(assignment['hall-1:1-6']).toBeUndefined();
    expect(byId.get(assignment['hall-1:5-10']!)!.category).toBe('工作人员');
    // Everyone is seated, 出席 in the front row around the reserved seats.
    expect(new Set(Object.values(assignment)).size).toBe(30);
    expect(assignment['hall-1:1-1']).toBeDefined();
  });

  it('more people of the category than reserved seats: the others sit where the hall puts them', () => {
    let project = plan();
    project = setSeatOverride(project, ['hall-1:1-1'], { field: 'reserved', value: '媒体' }).project;
    const { assignment } = arrangeZones(project).project;
    expect(assignment['hall-1:1-1']).toBe('p28');
    expect(Object.values(assignment)).toContain('p29');
  });

  it('the printed map crosses out disabled seats and names the category of an empty reserved one', () => {
    let project = plan();
    project = setSeatOverride(project, ['hall-1:1-1'], { field: 'disabled', value: true }).project;
    project = setSeatOverride(project, ['hall-1:1-2'], { field: 'reserved', value: '媒体' }).project;
    const shapes = seatMapPages(project)[0]!.shapes;
    expect(shapes.filter((s) => s.kind === 'line').length).toBeGreaterThanOrEqual(2);
    expect(shapes.some((s) => s.kind === 'text' && s.text === '媒体')).toBe(true);
    expect(shapes.some((s) => s.kind === 'rect' && s.fill === '#fef3c7')).toBe(true);
  });
});
