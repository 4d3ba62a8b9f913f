// Who is in the room for one agenda item (列席人员按议题进出, protocol 4.1): everyone not limited
// to some items (the members) is there for every item; a person limited to items — tied to an
// item as 汇报人 or 列席, or with 议题 numbers of their own — only for theirs.
import { agendaNumber } from '../arrange/categories';
import type { AgendaItem, Meeting } from './meeting-schema';
import type { Person, Project } from './schema';

export interface ItemRoom {
  /** Seats whose occupant is in the room for the item. */
  present: string[];
  /** Seats whose occupant is not (dimmed in the view). */
  away: string[];
  /** Seats used in turn (sharedSeats) whose occupant for this item is one of the later ones. */
  turns: { seatId: string; personId: string }[];
}

/** Whether `person` is in the room while `item` is discussed. */
export function attendsItem(meeting: Meeting, person: Person, item: AgendaItem): boolean {
  const tied = (i: AgendaItem) => i.reporterIds.includes(person.id) || i.attendeeIds.includes(person.id);
  if (tied(item) || person.agendaItems?.includes(item.number)) return true;
  // 备注 such as 议题2 (no 议题 column): there for that item only.
  if (!person.agendaItems?.length && agendaNumber(person) === item.number) return true;
  const limited = (person.agendaItems?.length ?? 0) > 0 || agendaNumber(person) > 0 || meeting.agenda.some(tied);
  return !limited;
}

/** The seated people of a plan split by whether they are in the room for `item`. */
export function itemRoom(meeting: Meeting, plan: Pick<Project, 'people' | 'assignment' | 'sharedSeats'>, item: AgendaItem): ItemRoom {
  const byId = new Map(plan.people.map((p) => [p.id, p]));
  const room: ItemRoom = { present: [], away: [], turns: [] };
  for (const [seatId, personId] of Object.entries(plan.assignment)) {
    const occupants = [personId, ...(plan.sharedSeats?.[seatId] ?? [])];
    const index = occupants.findIndex((id) => {
      const person = byId.get(id);
      return person !== undefined && attendsItem(meeting, person, item);
    });
    if (index < 0) room.away.push(seatId);
    else room.present.push(seatId);
    if (index > 0) room.turns.push({ seatId, personId: occupants[index]! });
  }
  return room;
}
