// An element's rotation (degrees clockwise on the A-view map, 15° steps in the designer) turns its
// seats and its drawing about the element's centre. Seat ids do not change: turning a block keeps
// everyone in their seat.
import type { VenueElement } from '../model/schema';
import type { Vector } from './tables';

export interface Turn {
  centre: Vector;
  cos: number;
  sin: number;
}

/** The element's footprint centre, given its unrotated width and depth (tables are placed by their centre). */
export function turnOf(element: VenueElement, size: { width: number; depth: number }): Turn | null {
  const degrees = (((element.rotation ?? 0) % 360) + 360) % 360;
  if (degrees === 0) return null;
  const radians = (degrees * Math.PI) / 180;
  const centre = element.kind === 'table' ? { x: element.x, y: element.y } : { x: element.x + size.width / 2, y: element.y + size.depth / 2 };
  // Exact quarter turns, so a 90° block lines up with the grid instead of drifting by 1e-14.
  const cos = Math.round(Math.cos(radians) * 1e12) / 1e12;
  const sin = Math.round(Math.sin(radians) * 1e12) / 1e12;
  return { centre, cos, sin };
}

/** With y growing downwards, this turns clockwise on screen and on paper. */
export function turnPoint(turn: Turn, point: Vector): Vector {
  const dx = point.x - turn.centre.x;
  const dy = point.y - turn.centre.y;
  return { x: turn.centre.x + dx * turn.cos - dy * turn.sin, y: turn.centre.y + dx * turn.sin + dy * turn.cos };
}

export const turnVector = (turn: Turn, v: Vector): Vector => ({ x: v.x * turn.cos - v.y * turn.sin, y: v.x * turn.sin + v.y * turn.cos });

/** Whether the turn keeps rectangles axis-aligned (0°, 90°, 180°, 270°). */
export const isQuarterTurn = (turn: Turn): boolean => turn.cos === 0 || turn.sin === 0;
