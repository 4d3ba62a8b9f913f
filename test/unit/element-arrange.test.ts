// 布置 on the canvas: frames, hit-testing, snapping with guides, align and distribute, moving with
// the people seated in the moved elements.
import { describe, expect, it } from 'vitest';
import { alignElements, distributeElements, moveElements, snapMove, snapTargets } from '../../shared/model/element-arrange';
import { elementAt, elementBox, elementFrame, elementsIn, placeElement } from '../../shared/model/element-frame';
import { deriveSeats } from '../../shared/layout/seats';
import { emptyProject } from '../../shared/model/sample';
import type { ObjectElement, Project, TableElement, VenueElement } from '../../shared/model/schema';

const box = (id: string, x: number, y: number, width = 100, depth = 50): ObjectElement =>
  ({ id, kind: 'object', objectType: 'screen', label: id, x, y, width, depth, rotation: 0 });
const withElements = (...elements: VenueElement[]): Project => {
  const p = emptyProject();
  return { ...p, venue: { ...p.venue, width: 3000, depth: 3000, elements } };
};
const at = (p: Project, id: string) => p.venue.elements.find((e) => e.id === id)!;

describe('element frames', () => {
  it('a hall block is framed by its seats, centred where rotation turns it', () => {
    const hall = emptyProject().venue.elements.find((e) => e.kind === 'hall')!;
    const frame = elementFrame(hall);
    expect(frame.width).toBe(10 * 55);
    expect(frame.depth).toBe(5 * 90);
    expect(frame.cx).toBe(hall.x + 275);
    // Turned a quarter, its box stands upright around the same centre.
    const turned = elementBox({ ...hall, rotation: 90 });
    expect(turned.width).toBeCloseTo(450);
    expect(turned.height).toBeCloseTo(550);
    expect(turned.x + turned.width / 2).toBeCloseTo(frame.cx);
  });

  it('a round table is framed around its centre, chairs included', () => {
    const table: TableElement = { id: 't', kind: 'table', name: '1桌', x: 500, y: 500, shape: 'round', purpose: 'banquet', sideSeats: 10, headSeats: 0, footSeats: 0, seatPitch: 60, main: false, rotation: 0 };
    const frame = elementFrame(table);
    expect(frame.cx).toBe(500);
    const seats = deriveSeats({ name: '', width: 1000, depth: 1000, elements: [table], seatOverrides: {} });
    for (const s of seats) expect(Math.hypot(s.x - 500, s.y - 500)).toBeLessThan(frame.width / 2);
  });

  it('placing a frame back gives the same element', () => {
    const e = box('a', 120, 80);
    const f = elementFrame(e);
    expect(placeElement(e, f.cx, f.cy, 0)).toEqual(e);
    expect(placeElement(e, f.cx + 10, f.cy, 90)).toMatchObject({ x: 130, y: 80, rotation: 90 });
  });

  it('finds the topmost element under a point, and those a marquee meets', () => {
    const p = withElements(box('a', 0, 0, 200, 200), box('b', 100, 100, 200, 200));
    expect(elementAt(p.venue, 150, 150)?.id).toBe('b');
    expect(elementAt(p.venue, 50, 50)?.id).toBe('a');
    expect(elementAt(p.venue, 1000, 1000)).toBeUndefined();
    // Turned 45°, the corner of its old box is outside it.
    const turned = withElements({ ...box('c', 0, 0, 200, 200), rotation: 45 });
    expect(elementAt(turned.venue, 5, 5)).toBeUndefined();
    expect(elementsIn(p.venue, { x: 250, y: 250, width: 10, height: 10 })).toEqual(['b']);
  });
});

describe('moving keeps people in their seats', () => {
  it('moves the hall block and its seats; the assignment and locks are untouched', () => {
    const before = emptyProject();
    const seated = { ...before, assignment: { 'hall-1:1-1': 'p1' }, locks: ['hall-1:1-1'] };
    const after = moveElements(seated, ['hall-1'], 120, -40);
    expect(at(after, 'hall-1').x).toBe(at(before, 'hall-1').x + 120);
    expect(at(after, 'hall-1').y).toBe(at(before, 'hall-1').y - 40);
    expect(after.assignment).toBe(seated.assignment);
    expect(after.locks).toBe(seated.locks);
    const seat = (p: Project) => deriveSeats(p.venue).find((s) => s.id === 'hall-1:1-1')!;
    expect(seat(after).x - seat(before).x).toBeCloseTo(120);
    expect(moveElements(seated, ['hall-1'], 0, 0)).toBe(seated);
  });
});

describe('snapping', () => {
  const options = { grid: 10, tolerance: 8 };
  it('falls back to the grid: the top-left lands on a multiple of the step', () => {
    const s = snapMove({ x: 3, y: 4, width: 100, height: 50 }, [], 33, 14, options);
    expect([3 + s.dx, 4 + s.dy]).toEqual([40, 20]);
    expect(s.guides).toEqual([]);
  });

  it('pulls an edge onto a nearby edge and draws the guide along both boxes', () => {
    const other = { x: 500, y: 0, width: 100, height: 100 };
    // The right edge comes to 495: five short of the other's left edge.
    const s = snapMove({ x: 0, y: 300, width: 100, height: 50 }, [other], 395, 0, options);
    expect(s.dx).toBe(400);
    expect(s.guides).toEqual([{ axis: 'x', at: 500, from: 0, to: 350 }]);
  });

  it('centres snap to centres', () => {
    const other = { x: 0, y: 0, width: 200, height: 100 };
    const s = snapMove({ x: 0, y: 500, width: 100, height: 50 }, [other], 47, 0, options);
    expect(s.dx).toBe(50);
    expect(s.guides[0]).toMatchObject({ axis: 'x', at: 100 });
  });

  it('snaps to every other element and the walls, never to itself', () => {
    const p = withElements(box('a', 0, 0), box('b', 400, 0));
    const targets = snapTargets(p.venue, ['a']);
    expect(targets).toHaveLength(2);
    expect(targets[0]).toEqual({ x: 0, y: 0, width: 3000, height: 3000 });
  });
});

describe('align and distribute', () => {
  const p = withElements(box('a', 0, 0, 100, 50), box('b', 300, 200, 200, 80), box('c', 1000, 90, 60, 60));
  it('aligns left, right and centre on the box around the selection', () => {
    expect(alignElements(p, ['a', 'b', 'c'], 'left').venue.elements.map((e) => e.x)).toEqual([0, 0, 0]);
    expect(alignElements(p, ['a', 'b', 'c'], 'right').venue.elements.map((e) => e.x)).toEqual([960, 860, 1000]);
    expect(alignElements(p, ['a', 'b'], 'centre').venue.elements.map((e) => e.x)).toEqual([200, 150, 1000]);
  });

  it('aligns top, middle and bottom', () => {
    expect(alignElements(p, ['a', 'b'], 'top').venue.elements.map((e) => e.y)).toEqual([0, 0, 90]);
    expect(alignElements(p, ['a', 'b'], 'bottom').venue.elements.map((e) => e.y)).toEqual([230, 200, 90]);
    expect(alignElements(p, ['a', 'b'], 'middle').venue.elements.map((e) => e.y)).toEqual([115, 100, 90]);
  });

  it('one element has nothing to align with', () => {
    expect(alignElements(p, ['a'], 'left')).toBe(p);
  });

  it('distributes with equal gaps, the outermost staying put', () => {
    const after = distributeElements(p, ['a', 'b', 'c'], 'horizontal');
    const boxes = ['a', 'b', 'c'].map((id) => elementBox(at(after, id)));
    expect(boxes[0]!.x).toBe(0);
    expect(boxes[2]!.x).toBe(1000);
    const gap1 = boxes[1]!.x - (boxes[0]!.x + boxes[0]!.width);
    const gap2 = boxes[2]!.x - (boxes[1]!.x + boxes[1]!.width);
    expect(gap1).toBeCloseTo(gap2);
    expect(gap1).toBeCloseTo((1060 - 360) / 2);
    const vertical = distributeElements(p, ['a', 'b', 'c'], 'vertical');
    expect(vertical.venue.elements.map((e) => e.x)).toEqual([0, 300, 1000]);
    expect(distributeElements(p, ['a', 'b'], 'horizontal')).toBe(p);
  });
});
