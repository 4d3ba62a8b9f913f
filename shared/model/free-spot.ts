// Where a new element from the palette goes: the first free place in the room (scanning a grid from
// the front-left, row by row) where its box meets no other element's box, with a little gap; if the
// room has none, just to the right of everything already there. Never on top of seats.
import { elementBox, placeElement, type Box } from './element-frame';
import type { Venue, VenueElement } from './schema';

/** Grid step of the scan and gap kept to other elements, in cm. */
export const SPOT_STEP = 50;
export const SPOT_GAP = 50;

const meets = (a: Box, b: Box, gap: number) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/** A closed wall round most of the room (its outline) is what the others stand in, not in their way. */
function isOutline(element: VenueElement, venue: Pick<Venue, 'width' | 'depth'>): boolean {
  if (element.kind !== 'wall' || !element.closed) return false;
  const box = elementBox(element);
  return box.width * box.height >= 0.5 * venue.width * venue.depth;
}

export function freeSpot(venue: Pick<Venue, 'width' | 'depth' | 'elements'>, element: VenueElement): VenueElement {
  const obstacles = venue.elements.filter((e) => e.id !== element.id && !isOutline(e, venue)).map(elementBox);
  const own = elementBox(element);
  const rotation = element.rotation ?? 0;
  // Put the element's box with its top-left corner at (x, y).
  const at = (x: number, y: number) => placeElement(element, x + own.width / 2, y + own.height / 2, rotation);
  const fits = (x: number, y: number) => !obstacles.some((box) => meets({ x, y, width: own.width, height: own.height }, box, SPOT_GAP));
  for (let y = SPOT_STEP; y + own.height <= venue.depth; y += SPOT_STEP) {
    for (let x = SPOT_STEP; x + own.width <= venue.width; x += SPOT_STEP) {
      if (fits(x, y)) return at(x, y);
    }
  }
  if (!obstacles.length) return at(0, 0);
  // No room left inside: beside the room's content, level with its top.
  const right = Math.max(...obstacles.map((b) => b.x + b.width));
  const top = Math.min(...obstacles.map((b) => b.y));
  return at(right + SPOT_GAP * 2, Math.max(0, top));
}
