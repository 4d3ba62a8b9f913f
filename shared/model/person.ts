import type { Person } from './schema';

/** A person with every optional roster field empty. */
export function makePerson(fields: Pick<Person, 'id' | 'name'> & Partial<Person>): Person {
  return {
    unit: '', title: '', rank: null, category: '', seatZone: '', gender: '', ethnicity: '', note: '',
    rosterIndex: 0, absent: false, substituteFor: null, ...fields,
  };
}
