// Level of detail: what a seat can show at a given zoom. A name is drawn only at a legible size
// (10 px on screen); below that the seat shows the surname, then its number, then, far out, the
// seats become coloured cells and each block shows its counts.
export const LEGIBLE_PX = 10;
/** Below this a seat is a cell: no outline, no text. */
const CELL_PX = 14;

export type Detail = 'cells' | 'numbers' | 'surnames' | 'names';

/** The largest font (venue cm) that fits `glyphs` characters on one line in a seat. */
export function nameSizeCm(glyphs: number, seatWidth: number, seatHeight: number): number {
  return Math.min(seatHeight * 0.45, (seatWidth * 0.92) / Math.max(1, glyphs));
}

/** Whether `glyphs` characters fit legibly in the seat at this scale (px per cm). */
export const legible = (glyphs: number, seatWidth: number, seatHeight: number, scale: number): boolean =>
  nameSizeCm(glyphs, seatWidth, seatHeight) * scale >= LEGIBLE_PX;

/** The block-wide detail for seats of this size: full names are then decided seat by seat. */
export function detailAt(seatWidth: number, seatHeight: number, scale: number): Detail {
  if (seatWidth * scale < CELL_PX) return 'cells';
  if (legible(3, seatWidth, seatHeight, scale)) return 'names';
  if (legible(1, seatWidth, seatHeight, scale)) return 'surnames';
  return 'numbers';
}

/** A Chinese surname: the first character, or the first two for the common compound ones. */
const COMPOUND = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐', '端木'];
export function surnameOf(name: string): string {
  const chars = [...name];
  const two = chars.slice(0, 2).join('');
  return COMPOUND.includes(two) ? two : chars[0] ?? '';
}
