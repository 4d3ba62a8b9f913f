// 布置: moving, nudging, aligning and distributing room elements, and the snapping (to a grid and
// to other elements' edges and centres) a drag uses, with the guide lines to draw. Pure functions
// on the plan; alignment works on each element's box as drawn (rotation included).
import { boxesMeet, elementBox, round, unionBox, type Box } from './element-frame';
import type { Project, Venue, VenueElement } from './schema';

export type Alignment = 'left' | 'centre' | 'right' | 'top' | 'middle' | 'bottom';
export type Axis = 'horizontal' | 'vertical';

/** A guide line in venue cm: vertical (x fixed) from y1 to y2, or horizontal (y fixed) from x1 to x2. */
export type Guide = { axis: 'x'; at: number; from: number; to: number } | { axis: 'y'; at: number; from: number; to: number };

const moved = (element: VenueElement, dx: number, dy: number): VenueElement =>
  dx === 0 && dy === 0 ? element : { ...element, x: round(element.x + dx), y: round(element.y + dy) };

/** Move each element by its own offset. Seats keep their ids, so people move with them; no one is unseated. */
export function moveElementsBy(project: Project, offsets: ReadonlyMap<string, { dx: number; dy: number }>): Project {
  if (![...offsets.values()].some((o) => o.dx !== 0 || o.dy !== 0)) return project;
  const elements = project.venue.elements.map((e) => {
    const o = offsets.get(e.id);
    return o ? moved(e, o.dx, o.dy) : e;
  });
  return { ...project, venue: { ...project.venue, elements } };
}

/** Move the selected elements together (a drag, or an arrow key's nudge). */
export const moveElements = (project: Project, ids: readonly string[], dx: number, dy: number): Project =>
  moveElementsBy(project, new Map(ids.map((id) => [id, { dx, dy }])));

const selected = (venue: Pick<Venue, 'elements'>, ids: readonly string[]) => {
  const wanted = new Set(ids);
  return venue.elements.filter((e) => wanted.has(e.id));
};

/** Line the selection up on the edge or centre of the box around all of it. */
export function alignElements(project: Project, ids: readonly string[], how: Alignment): Project {
  const elements = selected(project.venue, ids);
  if (elements.length < 2) return project;
  const boxes = new Map(elements.map((e) => [e.id, elementBox(e)]));
  const all = unionBox([...boxes.values()]);
  const offsets = new Map<string, { dx: number; dy: number }>();
  for (const [id, b] of boxes) {
    const dx = how === 'left' ? all.x - b.x : how === 'right' ? all.x + all.width - (b.x + b.width)
      : how === 'centre' ? all.x + all.width / 2 - (b.x + b.width / 2) : 0;
    const dy = how === 'top' ? all.y - b.y : how === 'bottom' ? all.y + all.height - (b.y + b.height)
      : how === 'middle' ? all.y + all.height / 2 - (b.y + b.height / 2) : 0;
    offsets.set(id, { dx, dy });
  }
  return moveElementsBy(project, offsets);
}

/** Equal gaps between the selection's boxes along an axis; the outermost two stay where they are. */
export function distributeElements(project: Project, ids: readonly string[], axis: Axis): Project {
  const elements = selected(project.venue, ids);
  if (elements.length < 3) return project;
  const h = axis === 'horizontal';
  const items = elements.map((e) => ({ id: e.id, box: elementBox(e) }))
    .sort((a, b) => (h ? a.box.x + a.box.width / 2 - (b.box.x + b.box.width / 2) : a.box.y + a.box.height / 2 - (b.box.y + b.box.height / 2)));
  const start = (b: Box) => (h ? b.x : b.y);
  const size = (b: Box) => (h ? b.width : b.height);
  const first = items[0]!.box;
  const last = items[items.length - 1]!.box;
  const span = start(last) + size(last) - start(first);
  const gap = (span - items.reduce((sum, i) => sum + size(i.box), 0)) / (items.length - 1);
  const offsets = new Map<string, { dx: number; dy: number }>();
  let at = start(first);
  for (const item of items) {
    const d = at - start(item.box);
    offsets.set(item.id, h ? { dx: d, dy: 0 } : { dx: 0, dy: d });
    at += size(item.box) + gap;
  }
  return moveElementsBy(project, offsets);
}

export interface SnapOptions {
  /** Grid step in cm; 0 for none. */
  grid: number;
  /** How close (in cm) an edge must come to another's to snap to it. */
  tolerance: number;
}

export interface Snapped {
  dx: number;
  dy: number;
  guides: Guide[];
}

/**
 * Where a dragged selection lands: its box moved by (dx, dy), pulled onto the nearest edge or centre
 * of another box within the tolerance (with a guide line along it), else its top-left onto the grid.
 */
export function snapMove(moving: Box, others: readonly Box[], dx: number, dy: number, options: SnapOptions): Snapped {
  const box = { ...moving, x: moving.x + dx, y: moving.y + dy };
  const guides: Guide[] = [];
  const along = (axis: 'x' | 'y'): number => {
    const pos = (b: Box) => (axis === 'x' ? [b.x, b.x + b.width / 2, b.x + b.width] : [b.y, b.y + b.height / 2, b.y + b.height]);
    const mine = pos(box);
    let best: { shift: number; at: number; other: Box } | null = null;
    for (const other of others) {
      for (const theirs of pos(other)) {
        for (const m of mine) {
          const shift = theirs - m;
          if (Math.abs(shift) <= options.tolerance && (!best || Math.abs(shift) < Math.abs(best.shift))) best = { shift, at: theirs, other };
        }
      }
    }
    if (best) {
      const o = best.other;
      const [a1, a2, b1, b2] = axis === 'x' ? [box.y, box.y + box.height, o.y, o.y + o.height] : [box.x, box.x + box.width, o.x, o.x + o.width];
      guides.push({ axis, at: best.at, from: Math.min(a1, b1), to: Math.max(a2, b2) });
      return best.shift;
    }
    if (!options.grid) return 0;
    const start = axis === 'x' ? box.x : box.y;
    return Math.round(start / options.grid) * options.grid - start;
  };
  const sx = along('x');
  const sy = along('y');
  return { dx: dx + sx, dy: dy + sy, guides };
}

/** The boxes a drag of `ids` can snap to: every other element, and the room's walls. */
export function snapTargets(venue: Venue, ids: readonly string[], near?: Box): Box[] {
  const moving = new Set(ids);
  const boxes = venue.elements.filter((e) => !moving.has(e.id)).map(elementBox);
  const room = { x: 0, y: 0, width: venue.width, height: venue.depth };
  return [room, ...(near ? boxes.filter((b) => boxesMeet(b, near)) : boxes)];
}
