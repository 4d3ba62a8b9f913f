// 合影站位 (9.1): rows on risers, the front row seated; each row ordered like a rostrum row (1.2–1.4,
// 左为上 from the photographed people's own view), the highest ranks in the front row centre. The
// photographer looks at them as the audience looks at a rostrum (A-view), so a 合影 plan is a
// rostrum element whose rows are the photo's rows, arranged by the same engine and explained by it.
import type { RostrumElement, Venue } from '../model/schema';
import type { RoomTemplate } from '../model/templates';

export const PHOTO_ELEMENT_ID = 'photo-1';
export const PHOTO_ZONE_NAME = '合影';

/** A room with one 合影 element of these rows (front row first, people per row). */
export function photoVenue(rows: readonly number[]): Venue {
  const element: RostrumElement = { id: PHOTO_ELEMENT_ID, kind: 'rostrum', name: PHOTO_ZONE_NAME, x: 100, y: 100, rows: [...rows], seatPitch: 60, rowPitch: 70, risers: true };
  const width = Math.max(...rows) * element.seatPitch + 200;
  return { name: '合影', width, depth: rows.length * element.rowPitch + 300, elements: [element], seatOverrides: {} };
}

/**
 * Rows for a group of `count` people when the user gives none: the front row as wide as the
 * rostrum's front row would be, at most `maxPerRow`, the rows behind each two wider (risers
 * stagger), front row first.
 */
export function photoRowsFor(count: number, maxPerRow = 15): number[] {
  if (count <= 0) return [1];
  const rowCount = Math.ceil(count / maxPerRow);
  const front = Math.max(1, Math.ceil(count / rowCount) - (rowCount - 1));
  const rows = Array.from({ length: rowCount }, (_, i) => front + 2 * i);
  // Trim the back row to the people left, keeping every row at least one.
  let surplus = rows.reduce((a, b) => a + b, 0) - count;
  for (let i = rows.length - 1; i >= 0 && surplus > 0; i--) {
    const cut = Math.min(surplus, rows[i]! - 1);
    rows[i] = rows[i]! - cut;
    surplus -= cut;
  }
  return rows;
}

/**
 * A 合影 room for a session of kind 'photo' (the app's 场次 tabs): rows for `count` people, e.g.
 * the rostrum's. Its rules are the rostrum defaults, so the highest ranks stand front centre.
 */
export function photoRoomTemplate(count: number): RoomTemplate {
  return { name: PHOTO_ZONE_NAME, venue: photoVenue(photoRowsFor(count)), rules: {} };
}
