// Pure drawing maths: venue centimetres to screen pixels, and how large a name can be in a seat.
export interface Viewport {
  scale: number;
  offsetX: number;
  offsetY: number;
}

const PADDING_PX = 24;

/** Fit a venue of `width` × `depth` cm into a `screenWidth` × `screenHeight` px stage. */
export function fitViewport(width: number, depth: number, screenWidth: number, screenHeight: number): Viewport {
  const scale = Math.max(0.05, Math.min((screenWidth - 2 * PADDING_PX) / width, (screenHeight - 2 * PADDING_PX) / depth));
  return { scale, offsetX: (screenWidth - width * scale) / 2, offsetY: (screenHeight - depth * scale) / 2 };
}

/** One line of `name` within `boxWidth`, never above `maxSize` (all in the same unit). */
export function nameFontSize(name: string, boxWidth: number, maxSize: number): number {
  const glyphs = Math.max(1, [...name].length);
  return Math.min(maxSize, (boxWidth * 0.92) / glyphs);
}

/** The seat under a point in venue centimetres, if any (seats are axis-aligned rectangles). */
export function seatAt<Z extends string, T extends { x: number; y: number; zone: Z }>(
  seats: readonly T[], x: number, y: number, size: Record<Z, { width: number; height: number }>,
): T | undefined {
  return seats.find((seat) => Math.abs(seat.x - x) <= size[seat.zone].width / 2 && Math.abs(seat.y - y) <= size[seat.zone].height / 2);
}
