// Who sits on the rostrum (cli.md): the roster's 座区 column when it has one; otherwise the
// highest-ranked 出席 people (or people without a category), as many as there are seats. Absent
// leaders (8.1) are counted as rostrum people — under 递补 they give up their place to the next in
// rank, and their substitutes sit at the front of the hall unless the leaders decided otherwise.
import type { Person, ZoneRules } from '../model/schema';
import { sortPeople } from './order';

export const ROSTRUM_ZONE = '主席台';
const FORMAL_ATTENDEE = '出席';

export interface RostrumSelection {
  /** The rostrum's people in rank order, absentees included (the rostrum's rules decide their places). */
  people: Person[];
  /** Substitutes of absent rostrum leaders who do not take the leader's seat: front of the hall. */
  substitutesToHall: Person[];
}

type RostrumRules = Pick<ZoneRules, 'absentees' | 'substituteTakesRostrumSeat'>;

export function selectRostrumPeople(people: readonly Person[], seatCount: number, rules: RostrumRules, substitutes: ReadonlyMap<string, Person>): RostrumSelection {
  const presentSubstitute = (p: Person) => {
    const substitute = substitutes.get(p.id);
    return substitute && !substitute.absent ? substitute : undefined;
  };
  // Does this person fill a rostrum seat (themselves, their substitute, or an empty chair)?
  const takesSeat = (p: Person) => !p.absent || rules.absentees === 'leave-empty' || (rules.substituteTakesRostrumSeat && presentSubstitute(p) !== undefined);
  let chosen: Person[];
  if (people.some((person) => person.seatZone !== '')) {
    chosen = sortPeople(people.filter((person) => person.seatZone === ROSTRUM_ZONE));
  } else {
    chosen = [];
    let seats = 0;
    const formal = sortPeople(people.filter((p) => p.category === FORMAL_ATTENDEE || p.category === ''));
    // The 主持人 sits on the rostrum whatever his rank (1.7): he takes the last place by rank.
    const chair = formal.find((p) => p.role === '主持人' && !p.absent);
    const seatsForOthers = chair ? seatCount - 1 : seatCount;
    for (const person of formal) {
      if (person === chair) continue;
      if (seats >= seatsForOthers && takesSeat(person)) break;
      chosen.push(person);
      if (takesSeat(person)) seats++;
    }
    if (chair && seatCount > 0) chosen.push(chair);
    chosen = sortPeople(chosen);
  }
  const substitutesToHall = rules.substituteTakesRostrumSeat ? [] : chosen.filter((p) => p.absent).flatMap((p) => presentSubstitute(p) ?? []);
  return { people: chosen, substitutesToHall };
}
