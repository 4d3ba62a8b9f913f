// The room drawing of a venue, computed once per venue object (venues are immutable), shared by
// the canvas, find and the view commands.
import { roomDrawing, type RoomDrawing } from '../../shared/draw/room';
import type { Venue } from '../../shared/model/schema';

const cache = new WeakMap<Venue, RoomDrawing>();

export function drawingFor(venue: Venue): RoomDrawing {
  let drawing = cache.get(venue);
  if (!drawing) cache.set(venue, (drawing = roomDrawing(venue)));
  return drawing;
}
