// A warning before anyone loses a seat silently: more people marked for a zone in the roster's 座区
// column (主席台, 台下, or a zone's own name such as 主桌) than the zone has seats. Names the people who
// will not fit, by rank, so staff can fix the roster or the room before arranging.
import { rulesFor, type Person, type Project } from '../model/schema';
import { deriveSeats } from '../layout/seats';
import { placeName } from '../i18n/place-names';
import { both, type Bilingual } from '../i18n/text';
import { sortPeople } from './order';

export interface OverfullZone {
  /** The 座区 value as written in the roster. */
  zone: string;
  seats: number;
  marked: number;
  /** Those after the last seat in rank order: who would not be seated there. */
  over: Person[];
  message: Bilingual;
}

/** The 座区 words that mean a kind of zone rather than one element's name. */
const KIND_WORDS: Record<string, 'rostrum' | 'hall'> = { 主席台: 'rostrum', 台下: 'hall' };

export function overfullZones(project: Project): OverfullZone[] {
  const seats = deriveSeats(project.venue).filter((seat) => !seat.disabled);
  const elementNames = new Map(project.venue.elements.map((e) => [e.id, String(e.name ?? '')]));
  const marked = new Map<string, Person[]>();
  for (const person of project.people) {
    if (person.absent || !person.seatZone) continue;
    marked.set(person.seatZone, [...(marked.get(person.seatZone) ?? []), person]);
  }
  const result: OverfullZone[] = [];
  for (const [zone, people] of marked) {
    const kind = KIND_WORDS[zone];
    const zoneSeats = seats.filter((seat) => (kind ? seat.zone === kind : elementNames.get(seat.elementId) === zone));
    // A 座区 the room does not have is the arrangement's to report, not a count to compare.
    // A 代会 substitute keeps the leader's 座区 but, on the rostrum, sits at the front of the hall
    // unless the rules say the leaders decided otherwise (8.1), as the arrangement does.
    const onRostrum = zoneSeats.every((seat) => seat.zone === 'rostrum');
    const substitutesSitHere = !onRostrum || zoneSeats.some((seat) => rulesFor(project, seat.elementId).substituteTakesRostrumSeat);
    const counted = substitutesSitHere ? people : people.filter((person) => person.substituteFor === null);
    if (zoneSeats.length === 0 || counted.length <= zoneSeats.length) continue;
    const over = sortPeople(counted).slice(zoneSeats.length);
    const names = over.map((p) => p.name);
    result.push({
      zone, seats: zoneSeats.length, marked: counted.length, over,
      message: both(
        `名单中座区为“${zone}”的有 ${counted.length} 人，${zone}只有 ${zoneSeats.length} 个座位；按排序放不下的 ${over.length} 人：${names.join('、')}`,
        `${counted.length} people are marked for the ${placeName(zone, 'en')} but it has ${zoneSeats.length} seats; by rank, these ${over.length} will not fit: ${names.join(', ')}`,
      ),
    });
  }
  return result;
}
