// Strings of the integration fixes after the seven merges (reserved seats in hand seating …), in both languages.

export const polishZhCN = {
  /** One person dropped by hand into a seat reserved (预留) for another category: done, but said. */
  reservedSeatTaken: (seat: string, category: string, name: string) => `${seat}是为“${category}”预留的座位，已按您的安排放入${name}。`,
};

export type PolishMessages = typeof polishZhCN;

export const polishEn: PolishMessages = {
  reservedSeatTaken: (seat, category, name) => `${seat} is reserved for “${category}”; ${name} was placed there as you chose.`,
};
