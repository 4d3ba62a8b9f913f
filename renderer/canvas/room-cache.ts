// The room drawing of a venue in a language, computed once per venue object (venues are
// immutable), shared by the canvas, find and the view commands.
import { roomDrawing, type RoomDrawing } from '../../shared/draw/room';
import type { Language } from '../../shared/i18n/text';
import type { Venue } from '../../shared/model/schema';
import { useZuoci } from '../store/store';

const cache = new WeakMap<Venue, Partial<Record<Language, RoomDrawing>>>();

export function drawingFor(venue: Venue, language: Language = useZuoci.getState().language): RoomDrawing {
  let byLanguage = cache.get(venue);
  if (!byLanguage) cache.set(venue, (byLanguage = {}));
  return (byLanguage[language] ??= roomDrawing(venue, language));
}
