// What the zoom, fit, pan and find commands do to the view. They change only the view store, so
// none of them is ever an undo step.
import { useZuoci } from '../store/store';
import { drawingFor } from './room-cache';
import { openSession, useView } from './view-store';
import { centreOn, fitBox, panBy, zoomAt, type Viewport } from './viewport';
import { LEGIBLE_PX, nameSizeCm } from './detail';

export const ZOOM_STEP = 1.25;
export const PAN_STEP_PX = 80;

export function currentViewport(): Viewport {
  const { viewports, screen } = useView.getState();
  return viewports[openSession()] ?? fittedViewport(screen.width, screen.height);
}

export function fittedViewport(width: number, height: number): Viewport {
  const venue = useZuoci.getState().project.venue;
  return fitBox({ x: 0, y: 0, width: venue.width, height: venue.depth }, width, height);
}

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
