// Pure viewport maths: screen px = venue cm × scale + offset. No React, no Konva.
export interface Viewport {
  scale: number;
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const MIN_SCALE = 0.02;
export const MAX_SCALE = 8;
const PADDING_PX = 24;

export const clampScale = (scale: number): number => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

/** The whole of `box` (venue cm) centred in a `width` × `height` px screen. */
export function fitBox(box: Box, width: number, height: number): Viewport {
  const scale = clampScale(Math.min((width - 2 * PADDING_PX) / Math.max(1, box.width), (height - 2 * PADDING_PX) / Math.max(1, box.height)));
  return { scale, x: (width - box.width * scale) / 2 - box.x * scale, y: (height - box.height * scale) / 2 - box.y * scale };
}

/** Zoom by `factor` keeping the venue point under the screen point `at` where it is. */
export function zoomAt(view: Viewport, factor: number, at: { x: number; y: number }): Viewport {
  const scale = clampScale(view.scale * factor);
  const k = scale / view.scale;
  return { scale, x: at.x - (at.x - view.x) * k, y: at.y - (at.y - view.y) * k };
}

export const panBy = (view: Viewport, dx: number, dy: number): Viewport => ({ ...view, x: view.x + dx, y: view.y + dy });

/** Put the venue point (cx, cy) at the centre of the screen, at least at `minScale`. */
export function centreOn(view: Viewport, cx: number, cy: number, width: number, height: number, minScale = view.scale): Viewport {
  const scale = clampScale(Math.max(view.scale, minScale));
  return { scale, x: width / 2 - cx * scale, y: height / 2 - cy * scale };
}

export const toVenue = (view: Viewport, px: number, py: number) => ({ x: (px - view.x) / view.scale, y: (py - view.y) / view.scale });
export const toScreen = (view: Viewport, x: number, y: number) => ({ x: x * view.scale + view.x, y: y * view.scale + view.y });

/** The part of the venue on screen, in venue cm. */
export const visibleBox = (view: Viewport, width: number, height: number): Box =>
  ({ x: -view.x / view.scale, y: -view.y / view.scale, width: width / view.scale, height: height / view.scale });

export const intersects = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** A box from two corners in any order. */
export const boxFromCorners = (a: { x: number; y: number }, b: { x: number; y: number }): Box =>
  ({ x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) });
