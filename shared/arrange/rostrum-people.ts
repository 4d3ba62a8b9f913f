// Who sits on the rostrum (cli.md): the roster's 座区 column when it has one; otherwise the
// highest-ranked 出席 people (or people without a category), as many as there are seats.
import type { Person } from '../model/schema';
import { sortPeople } from './order';

export const ROSTRUM_ZONE = '主席台';
const FORMAL_ATTENDEE = '出席';

export function selectRostrumPeople(people: readonly Person[], seatCount: number): Person[] {
  const rosterNamesZones = people.some((person) => person.seatZone !== '');
  if (rosterNamesZones) return sortPeople(people.filter((person) => person.seatZone === ROSTRUM_ZONE));
  const formal = people.filter((person) => person.category === FORMAL_ATTENDEE || person.category === '');
  return sortPeople(formal).slice(0, seatCount);
}
