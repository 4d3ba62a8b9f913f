// Ids that never collide across machines (people, elements, sessions), so plans made by several
// staff can later be merged. Seat ids are not random: they derive from the element id and a stable
// seat key (`${elementId}:${row}-${col}`), see layout/seats.ts.

// Node 20 and every browser the app runs in (a secure context) have Web Crypto's randomUUID;
// shared/ is compiled without DOM or Node types, so declare the one function it uses.
declare const crypto: { randomUUID(): string };

export const newId = (): string => crypto.randomUUID();

/** The element part of a seat id. Element ids never contain ':'. */
export const elementOfSeat = (seatId: string): string => seatId.slice(0, Math.max(0, seatId.indexOf(':')));

/** The same seat on an element with another id. */
export const seatOnElement = (seatId: string, elementId: string): string => `${elementId}${seatId.slice(seatId.indexOf(':'))}`;
