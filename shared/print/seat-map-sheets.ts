// A hall too large to read on one sheet is cut into sheets along its aisles and rows: each sheet
// holds as many aisle blocks and rows as stay legible (names at least 6 pt), a block wider than a
// sheet is cut between seats, and the rows are shared out evenly between the sheets.
import type { HallElement } from '../model/schema';
import type { Seat } from '../layout/seats';
import { blockOf } from '../arrange/hall-blocks';
import { SEAT_CM, type Box } from './seat-map-frame';

export interface Sheet {
  hall: HallElement;
  /** Columns (A-view, 1-based) and rows, inclusive. */
  fromCol: number;
  toCol: number;
  fromRow: number;
  toRow: number;
}

/** Room each side of the seats for labels, as contentBox leaves it (centimetres). */
const SIDE_CM = 60;
const END_CM = 40;

/** Aisle blocks of a hall, each a column range. */
function hallBlocks(hall: HallElement): { from: number; to: number }[] {
  const blocks = new Map<number, { from: number; to: number }>();
  for (let col = 1; col <= hall.seatsPerRow; col++) {
    const block = blockOf(hall, col);
    const range = blocks.get(block) ?? { from: col, to: col };
    range.to = col;
    blocks.set(block, range);
  }
  return [...blocks.values()];
}

/**
 * Sheets for one hall at `scale` (mm per cm), on a drawing area of `area` millimetres. `xOf` gives
 * a column's seat centre in centimetres.
 */
export function hallSheets(hall: HallElement, seats: readonly Seat[], area: Box, scale: number): Sheet[] {
  const xOf = new Map(seats.filter((s) => s.elementId === hall.id && s.row === 1).map((s) => [s.col, s.x]));
  const x = (col: number) => xOf.get(col) ?? hall.x + (col - 0.5) * hall.seatPitch;
  const width = (from: number, to: number) => x(to) - x(from) + 2 * SIDE_CM;
  const capacity = (area.maxX - area.minX) / scale;
  // Column ranges: whole aisle blocks while they fit; a block too wide for a sheet cut between seats.
  const columns: { from: number; to: number }[] = [];
  let current: { from: number; to: number } | null = null;
  for (const block of hallBlocks(hall)) {
    if (current && width(current.from, block.to) <= capacity) {
      current.to = block.to;
      continue;
    }
    if (current) columns.push(current);
    let from = block.from;
    while (width(from, block.to) > capacity) {
      let to = from;
      while (to + 1 < block.to && width(from, to + 1) <= capacity) to++;
      columns.push({ from, to });
      from = to + 1;
    }
    current = { from, to: block.to };
  }
  if (current) columns.push(current);

  const rowsFit = Math.max(1, Math.floor(((area.maxY - area.minY) / scale - 2 * END_CM + hall.rowPitch - SEAT_CM.hall.height) / hall.rowPitch));
  const sheetsDown = Math.ceil(hall.rows / rowsFit);
  const rowsPerSheet = Math.ceil(hall.rows / sheetsDown);
  const sheets: Sheet[] = [];
  for (let fromRow = 1; fromRow <= hall.rows; fromRow += rowsPerSheet) {
    const toRow = Math.min(hall.rows, fromRow + rowsPerSheet - 1);
    for (const { from, to } of columns) sheets.push({ hall, fromCol: from, toCol: to, fromRow, toRow });
  }
  return sheets;
}
