// Which elements hold seats: 主席台, 台下 and tables (and 合影站台, a rostrum with risers). Walls,
// outlines and fixed objects never do, whatever order they come in.
import type { VenueElement } from './schema';

export type SeatingZone = Extract<VenueElement, { kind: 'rostrum' | 'hall' | 'table' }>;

export const isSeatingZone = (element: VenueElement): element is SeatingZone =>
  element.kind === 'rostrum' || element.kind === 'hall' || element.kind === 'table';

/** The zone a new meeting opens on (rules panel, designer): the first element that seats people. */
export const firstSeatingZone = (elements: readonly VenueElement[]): SeatingZone | undefined => elements.find(isSeatingZone);
