// Words for the QA fixes (helper datafix): the first arrangement's card wording, the warning for a
// seat reserved while someone sits in it.
import { count } from './print-messages';

export const datafixZhCN = {
  /** The first arrangement (no card printed yet for the session): nothing is reprinted. */
  seatsChanged: (seats: number) => `变动 ${seats} 个座位。`,
  cardsToPrint: (cards: number) => `${cards} 张座签待打印。`,
  /** 预留给 set on seats where people sit: they stay until the zone is arranged again. */
  reservedOccupied: (category: string, seats: string, names: string) => `${seats}已预留给${category}，但${names}仍坐在那里；重新排座后才让出座位。`,
  nameSeparator: '、',
};

export type DatafixMessages = typeof datafixZhCN;

export const datafixEn: DatafixMessages = {
  seatsChanged: (seats) => `${count(seats, 'seat')} changed.`,
  cardsToPrint: (cards) => `${count(cards, 'card')} to print.`,
  reservedOccupied: (category, seats, names) => `${seats} reserved for ${category}, but ${names} still sit${names.includes(',') ? '' : 's'} there until the zone is arranged again.`,
  nameSeparator: ', ',
};
