// Where the speaker's desk (发言席) stands relative to a hall, A-view: its speakers wait at that end
// of the front row (1.7). Without a desk, its default place: the rostrum's right front as the
// seated leaders see it, which is the audience's left.
import type { HallElement, Venue } from '../model/schema';
import { hallWidth } from '../layout/seats';

export function speakerSideOf(venue: Pick<Venue, 'elements'>, hall: HallElement): 'left' | 'right' {
  const desk = venue.elements.find((e) => e.kind === 'object' && e.objectType === 'speaker-desk');
  if (!desk || desk.kind !== 'object') return 'left';
  return desk.x + desk.width / 2 < hall.x + hallWidth(hall) / 2 ? 'left' : 'right';
}
