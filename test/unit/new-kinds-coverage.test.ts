// The kinds added after the first designer (walls and room outlines, oval tables, 会见 sofas,
// 合影站台 risers) in the places that switch on an element's kind: the zone a new meeting opens
// on, layout mode's frames and resizing.
import { describe, expect, it } from 'vitest';
import { elementShapes } from '../../shared/draw/elements';
import { elementsIn, elementAt, elementFrame, placeElement } from '../../shared/model/element-frame';
import { canResize, resizeElement, withSize } from '../../shared/model/element-resize';
import { paletteElement } from '../../shared/model/palette';
import { firstSeatingZone } from '../../shared/model/seating-zones';
import type { TableElement, VenueElement, WallElement } from '../../shared/model/schema';
import { deriveSeats } from '../../shared/layout/seats';
import { explainPlacementIn } from '../../shared/arrange/explain';
import { makePerson } from '../../shared/model/person';
import { emptyProject } from '../../shared/model/sample';

const room = { width: 3000, depth: 2000 };
const item = (name: Parameters<typeof paletteElement>[0]) => paletteElement(name, room);
const seatCount = (e: VenueElement) => deriveSeats({ name: '', width: 5000, depth: 5000, elements: [e], seatOverrides: {} }).length;

describe('a room that starts with its walls', () => {
  it('a new meeting opens on the first element that seats people, not the outline drawn first', () => {
    const outline = item('outline');
    const screen = item('screen');
    const hall = item('hall');
    expect(firstSeatingZone([outline, screen, hall, item('rostrum')])?.id).toBe(hall.id);
    expect(firstSeatingZone([outline, item('risers')])?.kind).toBe('rostrum');
    expect(firstSeatingZone([outline, screen])).toBeUndefined();
  });
});

describe('a wall in layout mode', () => {
  const wall = { ...(item('wall') as WallElement), id: 'w', x: 100, y: 100 }; // 6 m long, no depth

  it('its frame lies on the line as drawn, as thick as the wall, so a click on the wall picks it', () => {
    const f = elementFrame(wall);
    expect([f.cx, f.cy, f.width, f.depth]).toEqual([400, 100, 600, 24]);
    expect(elementAt({ elements: [wall] }, 400, 105)?.id).toBe('w');
    expect(elementAt({ elements: [wall] }, 400, 140)).toBeUndefined();
    expect(elementsIn({ elements: [wall] }, { x: 390, y: 95, width: 20, height: 10 })).toEqual(['w']);
  });

  it('turned a quarter in place, it turns about its middle, where its frame says', () => {
    const f = elementFrame(wall);
    const turned = resizeElement(wall, { ...f, rotation: 90 }) as WallElement;
    expect([turned.x, turned.y, turned.rotation]).toEqual([100, 100, 90]);
    const line = elementShapes(turned, { elements: [turned] }, 'zh-CN').find((s) => s.kind === 'polygon');
    expect(line && line.kind === 'polygon' ? line.points.map((p) => [Math.round(p.x), Math.round(p.y)]) : null).toEqual([[400, -200], [400, 400]]);
    expect(placeElement(wall, 400, 100, 0)).toMatchObject({ x: 100, y: 100 });
  });

  it('resizes by spreading its points; an outline grows both ways, a straight wall only along itself', () => {
    expect(canResize(wall)).toBe(true);
    expect((withSize(wall, 900, 300) as WallElement).points).toEqual([{ x: 0, y: 0 }, { x: 900, y: 0 }]);
    const outline = item('outline') as WallElement;
    expect((withSize(outline, 1500, 1000) as WallElement).points).toEqual([{ x: 0, y: 0 }, { x: 1500, y: 0 }, { x: 1500, y: 1000 }, { x: 0, y: 1000 }]);
    expect((withSize(outline, 1500, 1000) as WallElement).thickness).toBe(24);
  });
});

describe('resizing the new table shapes', () => {
  const oval = { ...(item('table-oval') as TableElement), id: 'o' };
  const sofas = { ...(item('sofas') as TableElement), id: 's' };

  it('an oval table keeps its seats at its own size, and gains seats round the ellipse when pulled wider', () => {
    const f = elementFrame(oval);
    expect((withSize(oval, f.width, f.depth) as TableElement).sideSeats).toBe(oval.sideSeats);
    const wider = withSize(oval, f.width + 200, f.depth) as TableElement;
    expect(wider.sideSeats).toBeGreaterThan(oval.sideSeats);
    expect(Math.abs(elementFrame(wider).width - (f.width + 200))).toBeLessThan(oval.seatPitch);
    expect(wider.headSeats).toBe(oval.headSeats);
  });

  it('会见 sofas pulled longer gain armchairs and keep their sofas; pulled deeper they gain sofas', () => {
    const f = elementFrame(sofas);
    const longer = withSize(sofas, f.width + 2 * sofas.seatPitch, f.depth) as TableElement;
    expect([longer.sideSeats, longer.headSeats]).toEqual([sofas.sideSeats + 2, sofas.headSeats]);
    expect(withSize(sofas, f.width, f.depth)).toMatchObject({ sideSeats: sofas.sideSeats, headSeats: sofas.headSeats });
    const deeper = withSize(sofas, f.width, f.depth + 3 * sofas.seatPitch) as TableElement;
    expect(deeper.headSeats).toBeGreaterThan(sofas.headSeats);
    expect(seatCount(deeper)).toBe(2 * deeper.sideSeats + deeper.headSeats);
  });

  it('合影站台 (a rostrum with risers) resizes like a rostrum and stays risers', () => {
    const risers = item('risers');
    const f = elementFrame(risers);
    const wider = withSize(risers, f.width + 3 * 80, f.depth);
    expect(wider).toMatchObject({ kind: 'rostrum', risers: true });
    expect(seatCount(wider)).toBeGreaterThan(seatCount(risers));
  });
});

describe('explaining a seat on risers the user drew and renamed', () => {
  it('says 就座 for the front row and 站立 behind, whatever the risers are called', () => {
    const risers = { ...item('risers'), id: 'steps', name: '全体合影站台' } as VenueElement;
    const people = Array.from({ length: 12 }, (_, i) => makePerson({ id: `p${i + 1}`, name: `人${i + 1}`, rank: i + 1, rosterIndex: i }));
    const project = { ...emptyProject({ name: '', width: 3000, depth: 2000, elements: [risers], seatOverrides: {} }), people };
    const seats = deriveSeats(project.venue);
    const front = seats.find((s) => s.row === 1)!;
    const back = seats.find((s) => s.row === 2)!;
    expect(explainPlacementIn(project, front, people[0]!).zh).toContain('（就座）');
    expect(explainPlacementIn(project, back, people[1]!).zh).toContain('（站立）');
    expect(explainPlacementIn(project, back, people[1]!).en).toContain('(standing)');
  });
});
