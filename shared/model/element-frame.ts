// An element's frame on the room: its unrotated width and depth, its centre and its rotation. The
// layout designer moves, turns, snaps and aligns elements by their frames; the centre is the point
// layout/rotation.ts turns the element about, so a frame placed back gives the same element.
import { elementSize } from '../layout/seats';
import { CHAIR_OFFSET, tableOutline } from '../layout/tables';
import { TABLE_BAR } from '../draw/elements';
import { SEAT_SIZE } from '../draw/seat-box';
import type { Venue, VenueElement } from './schema';

export interface Frame {
  cx: number;
  cy: number;
  /** Unrotated extent along the element's own x (A-view left → right) and y. */
  width: number;
  depth: number;
  /** Degrees clockwise. */
  rotation: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Elements this version has no frame for (a kind from a newer model) get a 1 m square at (x, y). */
const FALLBACK = 100;

/** From a table's edge to the outside of its chairs. */
export const TABLE_CHAIR = CHAIR_OFFSET + SEAT_SIZE.table.width / 2;

/** What lies beyond a rectangular table's length at each end: chairs, or the U's cross table. */
export function tableEndExtra(element: Extract<VenueElement, { kind: 'table' }>): number {
  const ends = element.headSeats > 0 || element.footSeats > 0 ? TABLE_CHAIR : 0;
  return Math.max(ends, element.shape === 'long' ? 0 : TABLE_BAR);
}

function tableHalf(element: Extract<VenueElement, { kind: 'table' }>): { hw: number; hd: number } {
  const outline = tableOutline(element);
  if (outline.shape === 'circle') return { hw: outline.radius + TABLE_CHAIR, hd: outline.radius + TABLE_CHAIR };
  return { hw: outline.halfLength + tableEndExtra(element), hd: outline.halfDepth + TABLE_CHAIR };
}

export function elementFrame(element: VenueElement): Frame {
  const rotation = element.rotation ?? 0;
  if (element.kind === 'table') {
    const { hw, hd } = tableHalf(element);
    return { cx: element.x, cy: element.y, width: 2 * hw, depth: 2 * hd, rotation };
  }
  const size = elementSize(element);
  if (element.kind === 'wall') {
    // A wall is a line (or an outline): its frame is centred where it is drawn and turned (the
    // centre layout/rotation.ts uses), at least as thick as the wall, so it is picked where it shows.
    const least = Math.max(1, element.thickness);
    return { cx: element.x + size.width / 2, cy: element.y + size.depth / 2, width: Math.max(size.width, least), depth: Math.max(size.depth, least), rotation };
  }
  const width = size.width > 0 ? size.width : FALLBACK;
  const depth = size.depth > 0 ? size.depth : FALLBACK;
  return { cx: element.x + width / 2, cy: element.y + depth / 2, width, depth, rotation };
}

/** The element with its centre at (cx, cy) and the given rotation, its parameters unchanged. */
export function placeElement(element: VenueElement, cx: number, cy: number, rotation: number): VenueElement {
  // A wall's frame may be wider than the wall (a line has no depth); its (x, y) is from its true size.
  const frame = element.kind === 'wall' ? elementSize(element) : elementFrame({ ...element, rotation: 0 } as VenueElement);
  const x = element.kind === 'table' ? cx : cx - frame.width / 2;
  const y = element.kind === 'table' ? cy : cy - frame.depth / 2;
  return { ...element, x: round(x), y: round(y), rotation: normalDegrees(rotation) };
}

/** Positions are kept to a tenth of a centimetre: a drag must not write 1e-13 noise into the file. */
export const round = (cm: number): number => Math.round(cm * 10) / 10;

export const normalDegrees = (degrees: number): number => {
  const d = ((Math.round(degrees * 1000) / 1000) % 360 + 360) % 360;
  return d === 360 ? 0 : d;
};

/** The frame's corners, turned. */
export function frameCorners(frame: Frame): { x: number; y: number }[] {
  const r = (frame.rotation * Math.PI) / 180;
  const cos = Math.cos(r);
  const sin = Math.sin(r);
  return [[-1, -1], [1, -1], [1, 1], [-1, 1]].map(([sx, sy]) => {
    const dx = (sx! * frame.width) / 2;
    const dy = (sy! * frame.depth) / 2;
    return { x: frame.cx + dx * cos - dy * sin, y: frame.cy + dx * sin + dy * cos };
  });
}

/** The axis-aligned box around the turned frame: what snapping, aligning and the marquee use. */
export function frameBox(frame: Frame): Box {
  const corners = frameCorners(frame);
  const xs = corners.map((c) => c.x);
  const ys = corners.map((c) => c.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

export const elementBox = (element: VenueElement): Box => frameBox(elementFrame(element));

/** Is the point inside the turned frame? */
export function frameContains(frame: Frame, x: number, y: number): boolean {
  const r = (-frame.rotation * Math.PI) / 180;
  const dx = x - frame.cx;
  const dy = y - frame.cy;
  const u = dx * Math.cos(r) - dy * Math.sin(r);
  const v = dx * Math.sin(r) + dy * Math.cos(r);
  return Math.abs(u) <= frame.width / 2 && Math.abs(v) <= frame.depth / 2;
}

/**
 * The element under the point, if any: the smallest one there (a table or object standing over a hall
 * block, a hall inside the room's outline), the topmost (last drawn) of equal size.
 */
export function elementAt(venue: Pick<Venue, 'elements'>, x: number, y: number): VenueElement | undefined {
  let found: VenueElement | undefined;
  let foundArea = Infinity;
  for (let i = venue.elements.length - 1; i >= 0; i--) {
    const element = venue.elements[i]!;
    const frame = elementFrame(element);
    const area = frame.width * frame.depth;
    if (area < foundArea && frameContains(frame, x, y)) {
      found = element;
      foundArea = area;
    }
  }
  return found;
}

export const boxesMeet = (a: Box, b: Box): boolean =>
  a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

/** Elements whose box meets the marquee. */
export const elementsIn = (venue: Pick<Venue, 'elements'>, box: Box): string[] =>
  venue.elements.filter((e) => boxesMeet(elementBox(e), box)).map((e) => e.id);

export function unionBox(boxes: readonly Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
}
