// 座次图 as an Excel grid for the 会议方案: a cell per seat holding the name, seen from the hall
// (A-view) with the rostrum on top; each aisle block, the rostrum and each table outlined.
// Elements that sit side by side in the room (tables in a row) share a band; bands stack top down.
import type { HallElement, Project, VenueElement } from '../model/schema';
import { deriveSeats, type Seat } from '../layout/seats';
import { ALL_THIN, outline, putCell, type CellSpec, type SheetSpec } from './sheet';

/** A seat's place inside its element's block, 0-based, before the block is placed on the sheet. */
interface GridSeat { row: number; col: number; seat: Seat }

interface Block {
  element: VenueElement;
  seats: GridSeat[];
  /** Rectangles to outline, in block coordinates: aisle blocks, the rostrum, a table. */
  outlines: { top: number; left: number; height: number; width: number }[];
  /** Row labels (第1排) for the block's rows, by block row. */
  rowLabels: Map<number, string>;
  height: number;
  width: number;
  /** Extent in the room (cm, A-view) to tell which elements stand side by side. */
  top: number;
  bottom: number;
  left: number;
}

const DISABLED_FILL = '#d1d5db';

function rostrumBlock(element: VenueElement & { kind: 'rostrum' }, seats: Seat[]): Omit<Block, 'top' | 'bottom' | 'left'> {
  const rows = element.rows.length;
  const width = Math.max(...element.rows);
  // The back row on top, the front row nearest the hall; a short row centred under the long one.
  const grid = seats.map((seat) => ({ seat, row: rows - seat.row, col: Math.floor((width - seat.rowLength) / 2) + seat.col - 1 }));
  const rowLabels = new Map(element.rows.map((_, i) => [rows - 1 - i, `第${i + 1}排`]));
  return { element, seats: grid, outlines: [{ top: 0, left: 0, height: rows, width }], rowLabels, height: rows, width };
}

function hallBlock(element: HallElement, seats: Seat[]): Omit<Block, 'top' | 'bottom' | 'left'> {
  // An aisle is an empty column; each run of seats between aisles is outlined as one block.
  const aisles = [...new Set(element.aisles.filter((after) => after >= 1 && after < element.seatsPerRow))].sort((a, b) => a - b);
  const gapsBefore = (col: number) => aisles.filter((after) => after < col).length;
  const grid = seats.map((seat) => ({ seat, row: seat.row - 1, col: seat.col - 1 + gapsBefore(seat.col) }));
  const edges = [0, ...aisles, element.seatsPerRow];
  const outlines = edges.slice(1).map((end, i) => ({ top: 0, left: edges[i]! + i, height: element.rows, width: end - edges[i]! }));
  const rowLabels = new Map(Array.from({ length: element.rows }, (_, i) => [i, `第${i + (element.firstRow ?? 1)}排`]));
  return { element, seats: grid, outlines, rowLabels, height: element.rows, width: element.seatsPerRow + aisles.length };
}

/** Positions (cm) to grid indexes: values closer than `tolerance` share an index. */
function clusters(values: number[], tolerance: number): (value: number) => number {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const index = new Map<number, number>();
  let current = -1;
  let last = -Infinity;
  for (const value of sorted) {
    if (value - last >= tolerance) current++;
    index.set(value, current);
    last = value;
  }
  return (value) => index.get(value)!;
}

/** A table's seats where they are round it; when two fall in one cell, a row in seat-number order. */
function tableBlock(element: VenueElement & { kind: 'table' }, seats: Seat[]): Omit<Block, 'top' | 'bottom' | 'left'> {
  const tolerance = element.seatPitch * 0.45;
  const colOf = clusters(seats.map((s) => s.x), tolerance);
  const rowOf = clusters(seats.map((s) => s.y), tolerance);
  let grid = seats.map((seat) => ({ seat, row: rowOf(seat.y), col: colOf(seat.x) }));
  if (new Set(grid.map((g) => `${g.row},${g.col}`)).size < grid.length) grid = seats.map((seat, i) => ({ seat, row: 0, col: i }));
  const height = Math.max(0, ...grid.map((g) => g.row)) + 1;
  const width = Math.max(0, ...grid.map((g) => g.col)) + 1;
  return { element, seats: grid, outlines: [{ top: 0, left: 0, height, width }], rowLabels: new Map(), height, width };
}

function blockOf(element: VenueElement, seats: Seat[]): Block | null {
  const own = seats.filter((s) => s.elementId === element.id);
  if (own.length === 0) return null;
  const shape = element.kind === 'rostrum' ? rostrumBlock(element, own)
    : element.kind === 'hall' ? hallBlock(element, own)
    : element.kind === 'table' ? tableBlock(element, own) : null;
  if (!shape) return null;
  const ys = own.map((s) => s.y);
  return { ...shape, top: Math.min(...ys), bottom: Math.max(...ys), left: Math.min(...own.map((s) => s.x)) };
}

/** Elements whose rows overlap in depth stand side by side: one band, left to right. */
function bands(blocks: Block[]): Block[][] {
  const result: Block[][] = [];
  let bottom = -Infinity;
  for (const block of [...blocks].sort((a, b) => a.top - b.top || a.left - b.left)) {
    if (result.length && block.top <= bottom) {
      result.at(-1)!.push(block);
      bottom = Math.max(bottom, block.bottom);
    } else {
      result.push([block]);
      bottom = block.bottom;
    }
  }
  return result.map((band) => band.sort((a, b) => a.left - b.left));
}

/** Space for a row label to the left of a block that has them. */
const labelWidth = (block: Block) => (block.rowLabels.size ? 1 : 0);

export function seatGridSheet(project: Project): SheetSpec {
  const seats = deriveSeats(project.venue);
  const names = new Map(project.people.map((p) => [p.id, p.name]));
  const layout = bands(project.venue.elements.flatMap((e) => blockOf(e, seats) ?? []));
  const bandWidth = (band: Block[]) => band.reduce((sum, b) => sum + labelWidth(b) + b.width, 0) + band.length - 1;
  const width = Math.max(1, ...layout.map(bandWidth));

  const rows: (CellSpec | undefined)[][] = [];
  const merges: SheetSpec['merges'] = [];
  rows.push([{ value: `${project.meta.title || '会议'}座次图`, bold: true, size: 14, align: 'center' }]);
  rows.push([{ value: '台下视角，主席台在上', size: 9, align: 'center' }]);
  merges.push({ row: 0, col: 0, rows: 1, cols: width }, { row: 1, col: 0, rows: 1, cols: width });
  let top = 3;
  for (const band of layout) {
    let left = Math.floor((width - bandWidth(band)) / 2);
    const height = Math.max(...band.map((b) => b.height));
    for (const block of band) {
      const x = left + labelWidth(block);
      // The element's name above it, across its width.
      putCell(rows, top, x, { value: String(block.element.name ?? ''), bold: true, align: 'center' });
      if (block.width > 1) merges.push({ row: top, col: x, rows: 1, cols: block.width });
      for (const [row, label] of block.rowLabels) putCell(rows, top + 1 + row, left, { value: label, size: 9, align: 'center' });
      for (const { row, col, seat } of block.seats) {
        const name = names.get(project.assignment[seat.id] ?? '');
        putCell(rows, top + 1 + row, x + col, {
          value: seat.disabled ? '' : name ?? '', align: 'center', border: ALL_THIN, ...(seat.disabled ? { fill: DISABLED_FILL } : {}),
        });
      }
      for (const o of block.outlines) outline(rows, top + 1 + o.top, x + o.left, o.height, o.width);
      left = x + block.width + 1;
    }
    top += height + 2;
  }
  // Dense rows: blank separator rows are empty arrays, not holes.
  return { name: '座次图', rows: Array.from(rows, (row) => row ?? []), merges, columnWidths: Array.from({ length: width }, () => 9), landscape: true, headerRows: 0 };
}
