// 布置: a resize on the canvas becomes the element's own parameters, never a scale factor. A hall
// block dragged larger gets more rows and seats per row (by its pitches), a rostrum more seats per
// row (and rows), a table more seats, an object a new width and depth, a wall or outline its points
// spread to the new size (its thickness kept). The side opposite the
// dragged handle stays where it was, so the block grows the way the user pulled it.
import { elementSize, hallWidth } from '../layout/seats';
import { elementFrame, placeElement, TABLE_CHAIR, tableEndExtra, type Frame } from './element-frame';
import { updateElement, type ElementEdit } from './element-edits';
import type { HallElement, Project, RostrumElement, TableElement, VenueElement, WallElement } from './schema';

const clampInt = (value: number, min: number, max: number) => Math.max(min, Math.min(max, Math.round(value)));

function resizedHall(e: HallElement, width: number, depth: number): HallElement {
  const rows = clampInt(depth / e.rowPitch, 1, 500);
  let seatsPerRow = 1;
  let error = Infinity;
  for (let n = 1; n <= 500; n++) {
    const w = hallWidth({ ...e, seatsPerRow: n });
    if (Math.abs(w - width) < error) {
      error = Math.abs(w - width);
      seatsPerRow = n;
    }
    if (w > width) break;
  }
  return { ...e, rows, seatsPerRow, aisles: e.aisles.filter((a) => a < seatsPerRow) };
}

/** Every row gains (or loses) the same number of seats, so a 7-and-9 rostrum stays 2 seats apart; rows are added or removed at the back. */
function resizedRostrum(e: RostrumElement, width: number, depth: number): RostrumElement {
  const longest = Math.max(...e.rows);
  const change = clampInt(width / e.seatPitch, 1, 200) - longest;
  const count = clampInt(depth / e.rowPitch, 1, 10);
  const rows = Array.from({ length: count }, (_, i) => e.rows[Math.min(i, e.rows.length - 1)]!).map((n) => clampInt(n + change, 1, 200));
  return { ...e, rows };
}

/** The count from min to max whose size is nearest the target; the current count wins a tie, so an unchanged side keeps it. */
function nearestCount(min: number, max: number, current: number, target: number, sizeOf: (n: number) => number): number {
  let best = current;
  let error = Math.abs(sizeOf(current) - target);
  for (let n = min; n <= max; n++) {
    const e = Math.abs(sizeOf(n) - target);
    if (e < error - 1e-9) {
      best = n;
      error = e;
    }
  }
  return best;
}

function resizedTable(e: TableElement, width: number, depth: number, before: Frame): TableElement {
  // Round and oval tables keep their proportions: they follow the side pulled furthest.
  const widthPulled = Math.abs(width - before.width) >= Math.abs(depth - before.depth);
  if (e.shape === 'round') {
    const size = widthPulled ? width : depth;
    const radius = size / 2 - TABLE_CHAIR;
    return { ...e, sideSeats: clampInt((2 * Math.PI * radius) / e.seatPitch, 1, 100) };
  }
  if (e.shape === 'oval') {
    // Seats go round the whole ellipse: the count whose table is nearest the pulled size.
    const side = widthPulled ? 'width' : 'depth';
    return { ...e, sideSeats: nearestCount(1, 100, e.sideSeats, widthPulled ? width : depth, (n) => elementFrame({ ...e, sideSeats: n, rotation: 0 })[side]) };
  }
  const sideSeats = clampInt((width - 2 * tableEndExtra(e)) / e.seatPitch, 1, 100);
  if (e.shape === 'long' || Math.abs(depth - before.depth) < 0.5) return { ...e, sideSeats };
  // U, 回 and 会见 sofas: the head (and foot) follow the depth when it was pulled.
  const withEnds = (n: number): TableElement => ({ ...e, sideSeats, headSeats: n, footSeats: e.shape === 'hollow' && e.footSeats > 0 ? Math.max(1, n) : e.footSeats });
  const headSeats = nearestCount(e.headSeats > 0 ? 1 : 0, 100, e.headSeats, depth, (n) => elementFrame({ ...withEnds(n), rotation: 0 }).depth);
  return withEnds(headSeats);
}

/** A wall or outline spread to the new size; a straight wall keeps its zero extent (it has no depth to scale). */
function resizedWall(e: WallElement, width: number, depth: number): WallElement {
  const size = elementSize(e);
  const sx = size.width >= e.thickness ? width / size.width : 1;
  const sy = size.depth >= e.thickness ? depth / size.depth : 1;
  const r = (cm: number) => Math.round(cm * 10) / 10;
  return { ...e, points: e.points.map((p) => ({ ...p, x: r(p.x * sx), y: r(p.y * sy) })) };
}

/** The element's parameters for an unrotated width × depth (cm); kinds that cannot be resized stay. */
export function withSize(element: VenueElement, width: number, depth: number, before: Frame = elementFrame(element)): VenueElement {
  switch (element.kind) {
    case 'hall': return resizedHall(element, width, depth);
    case 'rostrum': return resizedRostrum(element, width, depth);
    case 'table': return resizedTable(element, width, depth, before);
    case 'object': return { ...element, width: Math.max(1, Math.round(width)), depth: Math.max(1, Math.round(depth)) };
    case 'wall': return resizedWall(element, width, depth);
    default: return element;
  }
}

export const canResize = (element: VenueElement): boolean => ['hall', 'rostrum', 'table', 'object', 'wall'].includes(element.kind);

/**
 * The element fitted to a frame the user dragged (Konva's Transformer: its scale already turned into
 * width and depth). The new parameters give a size near the frame's; it is laid against whichever
 * side of the old frame did not move, in the element's own axes, so rotated elements work too.
 */
export function resizeElement(element: VenueElement, target: Frame): VenueElement {
  const before = elementFrame(element);
  // A turn alone keeps the parameters exactly (a small round table's radius is a minimum, not its seats).
  const same = Math.abs(target.width - before.width) < 0.5 && Math.abs(target.depth - before.depth) < 0.5;
  const sized = same ? element : withSize(element, target.width, target.depth, before);
  const after = elementFrame({ ...sized, rotation: 0 } as VenueElement);
  const r = (target.rotation * Math.PI) / 180;
  const cos = Math.cos(r);
  const sin = Math.sin(r);
  // The target's centre in the old frame's own axes.
  const ox = target.cx - before.cx;
  const oy = target.cy - before.cy;
  const u = ox * cos + oy * sin;
  const v = -ox * sin + oy * cos;
  const keep = (offset: number, size: number, oldSize: number, newSize: number) => {
    const low = offset - size / 2;
    const high = offset + size / 2;
    return Math.abs(low + oldSize / 2) <= Math.abs(high - oldSize / 2) ? low + newSize / 2 : high - newSize / 2;
  };
  const lu = keep(u, target.width, before.width, after.width);
  const lv = keep(v, target.depth, before.depth, after.depth);
  return placeElement(sized, before.cx + lu * cos - lv * sin, before.cy + lu * sin + lv * cos, target.rotation);
}

/**
 * Several elements changed by one gesture (a transform of the selection) as one edit: each goes
 * through the same checks as a typed change, and everyone whose seat went is listed once.
 */
export function replaceElements(project: Project, changed: readonly VenueElement[]): ElementEdit {
  let current = project;
  const unassigned: string[] = [];
  for (const element of changed) {
    const edit = updateElement(current, element.id, element);
    current = edit.project;
    unassigned.push(...edit.unassigned);
  }
  return { project: current, unassigned };
}
