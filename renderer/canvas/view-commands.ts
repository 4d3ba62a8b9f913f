// What the zoom, fit, pan and find commands do to the view. They change only the view store, so
// none of them is ever an undo step.
import { useZuoci } from '../store/store';
import { drawingFor } from './room-cache';
import { openSession, useView } from './view-store';
import { centreOn, fitBox, panBy, zoomAt, type Box, type Viewport } from './viewport';
import { elementBox, unionBox } from '../../shared/model/element-frame';
import type { Venue } from '../../shared/model/schema';
import { LEGIBLE_PX, nameSizeCm } from './detail';

export const ZOOM_STEP = 1.25;
export const PAN_STEP_PX = 80;

export function currentViewport(): Viewport {
  const { viewports, screen } = useView.getState();
  return viewports[openSession()] ?? fittedViewport(screen.width, screen.height);
}

/** Room kept round the elements when fitting, in cm: the door on the back wall is not on the edge. */
const FIT_MARGIN_CM = 50;
const extents = new WeakMap<Venue, Box>();

/** The room's floor and every element on it (a door or table may stand past the floor's edge). */
export function roomExtent(venue: Venue): Box {
  const known = extents.get(venue);
  if (known) return known;
  const all = unionBox([{ x: 0, y: 0, width: venue.width, height: venue.depth }, ...venue.elements.map(elementBox)]);
  const box = { x: all.x - FIT_MARGIN_CM, y: all.y - FIT_MARGIN_CM, width: all.width + 2 * FIT_MARGIN_CM, height: all.height + 2 * FIT_MARGIN_CM };
  extents.set(venue, box);
  return box;
}

export function fittedViewport(width: number, height: number): Viewport {
  return fitBox(roomExtent(useZuoci.getState().project.venue), width, height);
}

/**
 * The zoom shown to the user. 100% is the whole room fitted in a canvas of the default size (the
 * canvas of a 1400 × 900 window), not in the canvas as it is now: opening the roster table below
 * the canvas or resizing the window changes no drawing scale, so it changes no percentage either.
 */
export const REFERENCE_CANVAS = { width: 1000, height: 800 } as const;
export const zoomPercent = (scale: number, venue: Venue): number =>
  Math.round((scale / fitBox(roomExtent(venue), REFERENCE_CANVAS.width, REFERENCE_CANVAS.height).scale) * 100);

const setViewport = (viewport: Viewport) => useView.getState().setViewport(openSession(), viewport);

export function zoomBy(factor: number): void {
  const { screen } = useView.getState();
  setViewport(zoomAt(currentViewport(), factor, { x: screen.width / 2, y: screen.height / 2 }));
}

export function fitRoom(): void {
  const { screen } = useView.getState();
  setViewport(fittedViewport(screen.width, screen.height));
}

export function panView(dx: number, dy: number): void {
  setViewport(panBy(currentViewport(), dx, dy));
}

/** Centre a seat and zoom in until the name in it is legible; ring it until the next find. */
export function centreOnSeat(seatId: string): boolean {
  const seat = drawingFor(useZuoci.getState().project.venue).seats.find((s) => s.seat.id === seatId);
  if (!seat) return false;
  const { screen } = useView.getState();
  const legibleScale = (LEGIBLE_PX * 1.2) / nameSizeCm(3, seat.width, seat.height);
  setViewport(centreOn(currentViewport(), seat.x + seat.width / 2, seat.y + seat.height / 2, screen.width, screen.height, legibleScale));
  useView.getState().setHighlight(seatId);
  return true;
}
