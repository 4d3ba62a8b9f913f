// Resizing on the canvas changes an element's parameters, never a scale: rows and seats of a hall
// block by its pitches, seats per row of a rostrum, a table's seats, an object's size. The side
// not dragged stays put; people whose seats disappear are listed.
import { describe, expect, it } from 'vitest';
import { elementFrame } from '../../shared/model/element-frame';
import { canResize, replaceElements, resizeElement, withSize } from '../../shared/model/element-resize';
import { copyElements, pasteElements } from '../../shared/model/element-clipboard';
import { deriveSeats } from '../../shared/layout/seats';
import { emptyProject } from '../../shared/model/sample';
import type { HallElement, ObjectElement, RostrumElement, TableElement, VenueElement } from '../../shared/model/schema';

const project = emptyProject();
const hall = project.venue.elements.find((e) => e.kind === 'hall') as HallElement;
const rostrum: RostrumElement = { id: 'r', kind: 'rostrum', name: '主席台', x: 100, y: 100, rows: [7, 9], seatPitch: 80, rowPitch: 120, rotation: 0 };
const round: TableElement = { id: 't', kind: 'table', name: '1桌', x: 500, y: 500, shape: 'round', purpose: 'banquet', sideSeats: 10, headSeats: 0, footSeats: 0, seatPitch: 60, main: false, rotation: 0 };
const seatsOf = (e: VenueElement) => deriveSeats({ name: '', width: 5000, depth: 5000, elements: [e], seatOverrides: {} }).length;

describe('box to parameters', () => {
  it('a hall block dragged 3 row pitches deeper and 2 seat pitches wider gets 8 rows of 12', () => {
    const f = elementFrame(hall);
    const grown = withSize(hall, f.width + 2 * 55, f.depth + 3 * 90) as HallElement;
    expect([grown.rows, grown.seatsPerRow]).toEqual([8, 12]);
    expect(seatsOf(grown)).toBe(96);
    expect(grown.seatPitch).toBe(hall.seatPitch);
  });

  it('counts aisles in a hall width and drops aisles past the last seat', () => {
    const aisled: HallElement = { ...hall, seatsPerRow: 10, aisles: [3, 8], aisleWidth: 120 };
    const f = elementFrame(aisled);
    expect((withSize(aisled, f.width + 55, f.depth) as HallElement).seatsPerRow).toBe(11);
    const narrow = withSize(aisled, 5 * 55 + 120, f.depth) as HallElement;
    expect(narrow.seatsPerRow).toBe(5);
    expect(narrow.aisles).toEqual([3]);
  });

  it('a rostrum of 7 and 9 dragged one seat wider is 8 and 10; one row deeper adds a back row', () => {
    const f = elementFrame(rostrum);
    expect((withSize(rostrum, f.width + 80, f.depth) as RostrumElement).rows).toEqual([8, 10]);
    expect((withSize(rostrum, f.width, f.depth + 120) as RostrumElement).rows).toEqual([7, 9, 9]);
    expect((withSize(rostrum, f.width - 80, f.depth - 120) as RostrumElement).rows).toEqual([6]);
  });

  it('a round table seats as many as its new circumference holds', () => {
    const f = elementFrame(round);
    const bigger = withSize(round, f.width + 100, f.depth) as TableElement;
    expect(bigger.sideSeats).toBeGreaterThan(10);
    // The same size gives the same table back.
    expect((withSize(round, f.width, f.depth) as TableElement).sideSeats).toBe(10);
  });

  it('an object takes the new width and depth; kinds without parameters to resize stay', () => {
    const screen: ObjectElement = { id: 's', kind: 'object', objectType: 'screen', label: '屏幕', x: 0, y: 0, width: 300, depth: 20, rotation: 0 };
    expect(withSize(screen, 412.4, 30)).toMatchObject({ width: 412, depth: 30 });
    expect(canResize(screen)).toBe(true);
    const future = { ...screen, kind: 'riser' } as unknown as VenueElement;
    expect(withSize(future, 10, 10)).toBe(future);
    expect(canResize(future)).toBe(false);
  });
});

describe('the side not dragged stays where it was', () => {
  it('dragging the bottom-right corner keeps the top-left', () => {
    const f = elementFrame(hall);
    const target = { ...f, width: f.width + 110, depth: f.depth + 270, cx: f.cx + 55, cy: f.cy + 135 };
    const grown = resizeElement(hall, target) as HallElement;
    expect([grown.x, grown.y]).toEqual([hall.x, hall.y]);
    expect([grown.rows, grown.seatsPerRow]).toEqual([8, 12]);
  });

  it('dragging the top edge up keeps the bottom edge', () => {
    const f = elementFrame(hall);
    const target = { ...f, depth: f.depth + 180, cy: f.cy - 90 };
    const grown = resizeElement(hall, target) as HallElement;
    expect(grown.rows).toBe(7);
    expect(grown.y + grown.rows * grown.rowPitch).toBe(hall.y + hall.rows * hall.rowPitch);
  });

  it('a block turned 90° grows along its own axes', () => {
    const turned = { ...hall, rotation: 90 };
    const f = elementFrame(turned);
    // Its own "down" (more rows) points to the screen's left when turned clockwise by 90°.
    const target = { ...f, depth: f.depth + 90, cx: f.cx - 45 };
    const grown = resizeElement(turned, target) as HallElement;
    expect(grown.rows).toBe(6);
    expect(grown.rotation).toBe(90);
    const after = elementFrame(grown);
    expect(after.cx).toBeCloseTo(f.cx - 45);
    expect(after.cy).toBeCloseTo(f.cy);
  });

  it('rotating alone keeps the parameters and the centre', () => {
    const f = elementFrame(round);
    expect(resizeElement(round, { ...f, rotation: 90 })).toEqual({ ...round, rotation: 90 });
  });
});

describe('people survive a resize', () => {
  it('shrinking a hall through the canvas unassigns exactly the people of the lost rows, and their locks', () => {
    const seated = { ...project, assignment: { 'hall-1:1-1': 'p1', 'hall-1:5-1': 'p5' }, locks: ['hall-1:1-1', 'hall-1:5-1'] };
    const f = elementFrame(hall);
    const smaller = resizeElement(hall, { ...f, depth: f.depth - 90, cy: f.cy - 45 });
    const edit = replaceElements(seated, [smaller]);
    expect(edit.unassigned).toEqual(['p5']);
    expect(edit.project.assignment).toEqual({ 'hall-1:1-1': 'p1' });
    expect(edit.project.locks).toEqual(['hall-1:1-1']);
  });
});

describe('copy and paste', () => {
  it('pastes on fresh ids, 1 m on while the spot is taken, with rules and seat overrides but no people', () => {
    const source = {
      ...project, assignment: { 'hall-1:1-1': 'p1' },
      rules: { 'hall-1': { snake: true } },
      venue: { ...project.venue, seatOverrides: { 'hall-1:1-2': { disabled: true } } },
    };
    const clip = copyElements(source, ['hall-1'])!;
    const once = pasteElements(source, clip);
    expect(once.ids).toHaveLength(1);
    const id = once.ids[0]!;
    expect(id).not.toBe('hall-1');
    const copy = once.project.venue.elements.find((e) => e.id === id)!;
    expect([copy.x, copy.y]).toEqual([hall.x + 100, hall.y + 100]);
    expect(once.project.rules[id]).toEqual({ snake: true });
    expect(once.project.venue.seatOverrides[`${id}:1-2`]).toEqual({ disabled: true });
    expect(Object.values(once.project.assignment)).toEqual(['p1']);
    const twice = pasteElements(once.project, clip);
    const second = twice.project.venue.elements.find((e) => e.id === twice.ids[0])!;
    expect([second.x, second.y]).toEqual([hall.x + 200, hall.y + 200]);
  });

  it('pastes into another room as it was copied', () => {
    const clip = copyElements(project, ['hall-1'])!;
    const other = { ...project, venue: { ...project.venue, elements: [] } };
    const pasted = pasteElements(other, clip);
    expect(pasted.project.venue.elements[0]).toMatchObject({ x: hall.x, y: hall.y, rows: hall.rows });
    expect(copyElements(project, ['nothing'])).toBeNull();
  });
});

describe('turning a small round table', () => {
  it('keeps its seats although its radius is the 60 cm minimum', () => {
    const small = { ...round, sideSeats: 4 };
    const f = elementFrame(small);
    expect(resizeElement(small, { ...f, rotation: 90 })).toEqual({ ...small, rotation: 90 });
  });
});
