// The fixed parts of a room as drawing primitives in venue centimetres: the rostrum's platform and
// tables, the hall's row labels, objects, and table tops (round, long, U and 回字形). The canvas
// draws them with Konva, the seat map with pdfkit: both read this file. Labels are in the reader's
// language (主席台 / Rostrum, 第3排 / Row 3); names the user typed stay as typed.
import type { HallElement, RostrumElement, TableElement, Venue, VenueElement } from '../model/schema';
import { elementSize, hallPoint, hallRowPlacement, hallWidth, rostrumDepth, rostrumWidth } from '../layout/seats';
import { isQuarterTurn, turnOf, turnPoint, type Turn } from '../layout/rotation';
import { headDirection, tableOutline } from '../layout/tables';
import type { Shape } from '../print/shapes';
import type { Language } from '../i18n/text';
import { placeName, rowLabel } from '../i18n/place-names';
import { objectShapes, risersShapes, wallShapes } from './objects';

/** Roughly how wide a line of text is, in units of its size: Chinese characters are square, Latin narrower. */
const textWidth = (text: string): number => [...text].reduce((sum, ch) => sum + (ch.codePointAt(0)! > 0x2e80 ? 1 : 0.56), 0);

/** The largest size up to `size` at which `text` fits in `width`. */
export const fitText = (text: string, size: number, width: number): number => Math.min(size, width / Math.max(1, textWidth(text)));

/** A primitive with its job, so a renderer can style or find it (zone labels are read by tests). */
export type DrawShape = Shape & { role?: 'zone-label' | 'row-label' | 'object-label' | 'table-top' | 'platform' | 'object' | 'wall' | 'banner' };

const BROWN = '#c8a27a';
/** The width of a table's top in a U or 回 layout. */
export const TABLE_BAR = 60;

function rostrumShapes(e: RostrumElement, language: Language): DrawShape[] {
  if (e.risers) return risersShapes(e, language);
  const width = rostrumWidth(e);
  return [
    { kind: 'rect', x: e.x - 20, y: e.y - 60, width: width + 40, height: rostrumDepth(e) + 60, fill: '#fbf3ea', stroke: BROWN, role: 'platform' },
    // Each row's table runs along the hall side (the front) of its seats.
    ...e.rows.map((_, i): DrawShape => ({ kind: 'rect', x: e.x, y: e.y + (i + 0.82) * e.rowPitch, width, height: e.rowPitch * 0.14, fill: '#d6b48f', stroke: BROWN, role: 'table-top' })),
    { kind: 'text', text: placeName(e.name, language), x: e.x + width / 2, y: e.y - 30, size: 40, color: '#7c4a1e', role: 'zone-label' },
  ];
}

function hallShapes(e: HallElement, language: Language): DrawShape[] {
  // A single row (wall seats) is named, not numbered.
  if (e.rows === 1) return [{ kind: 'text', text: placeName(e.name, language), x: e.x - 20, y: e.y + e.rowPitch / 2, size: 24, align: 'right', color: '#4b5563', role: 'zone-label' }];
  return [
    // Curved rows rise at their ends, so the name goes over the middle, where the first row is lowest.
    e.arcRadius
      ? { kind: 'text', text: placeName(e.name, language), x: e.x + hallWidth(e) / 2, y: e.y - 40, size: 36, color: '#1e3a8a', role: 'zone-label' }
      : { kind: 'text', text: placeName(e.name, language), x: e.x, y: e.y - 40, size: 36, align: 'left', color: '#1e3a8a', role: 'zone-label' },
    // Beside the row's first seat (a short row's starts further in), on its arc when the rows are curved.
    ...Array.from({ length: e.rows }, (_, i): DrawShape => ({
      kind: 'text', text: rowLabel(i + 1 + (e.firstRow ?? 1) - 1, language), ...hallPoint(e, i + 1, hallRowStart(e, i + 1) - 20), size: 24, align: 'right', color: '#6b7280', role: 'row-label',
    })),
  ];
}

/** The x of a hall row's left edge (its first seat's left side), straight rows. */
export function hallRowStart(e: HallElement, row: number): number {
  const { first, shift } = hallRowPlacement(e, row);
  return e.x + (first - 1) * e.seatPitch + shift;
}

/** A table's top: a circle, a rectangle, or the U / 回 outline; `direction` -1 puts the head east. */
export function tableShapes(e: TableElement, direction: 1 | -1, language: Language = 'zh-CN'): DrawShape[] {
  const outline = tableOutline(e);
  const fill = e.main ? '#f5d0a9' : '#efe2d1';
  const { halfLength: hl, halfDepth: hd } = outline;
  const bar = TABLE_BAR;
  if (outline.shape === 'oval') {
    const points = Array.from({ length: 72 }, (_, i) => ({ x: e.x + hl * Math.cos((i * Math.PI) / 36), y: e.y + hd * Math.sin((i * Math.PI) / 36) }));
    return [
      { kind: 'polygon', points, closed: true, fill, stroke: BROWN, lineWidth: 1, role: 'table-top' },
      { kind: 'text', text: placeName(e.name, language), x: e.x, y: e.y, size: fitText(placeName(e.name, language), 26, 2 * hl * 0.8), color: '#7c4a1e', role: 'zone-label' },
    ];
  }
  if (outline.shape === 'sofa') return sofaShapes(e, direction, language);
  const parts = outline.shape === 'circle' ? [] : outline.shape === 'rect'
    ? [{ x: -hl, y: -hd, w: 2 * hl, h: 2 * hd }]
    : [
        { x: -hl, y: -hd, w: 2 * hl, h: bar }, { x: -hl, y: hd - bar, w: 2 * hl, h: bar },
        { x: direction === 1 ? -hl - bar : hl, y: -hd, w: bar, h: 2 * hd },
        ...(outline.shape === 'hollow' ? [{ x: direction === 1 ? hl : -hl - bar, y: -hd, w: bar, h: 2 * hd }] : []),
      ];
  return [
    ...(outline.shape === 'circle' ? [{ kind: 'circle' as const, x: e.x, y: e.y, radius: outline.radius, fill, stroke: BROWN, role: 'table-top' as const }] : []),
    ...parts.map((p): DrawShape => ({ kind: 'rect', x: e.x + p.x, y: e.y + p.y, width: p.w, height: p.h, fill, stroke: BROWN, role: 'table-top' })),
    { kind: 'text', text: placeName(e.name, language), x: e.x, y: e.y, size: fitText(placeName(e.name, language), 26, 2 * Math.max(hl, outline.radius) * 0.8), color: '#7c4a1e', role: 'zone-label' },
  ];
}

/**
 * 会见 sofas (9.2): a carpet between the two sides and a tea table between each pair of head
 * sofas; the sofas themselves are the seats, drawn by the seat layer.
 */
function sofaShapes(e: TableElement, direction: 1 | -1, language: Language): DrawShape[] {
  const { halfLength: hl, halfDepth: hd } = tableOutline(e);
  const headX = e.x - direction * hl;
  const teaTables = Array.from({ length: Math.max(0, e.headSeats - 1) }, (_, j): DrawShape => {
    const y = e.y - (e.headSeats * e.seatPitch) / 2 + (j + 1) * e.seatPitch;
    return { kind: 'rect', x: headX - direction * 45 - 20, y: y - 20, width: 40, height: 40, fill: '#d6b48f', stroke: BROWN, role: 'table-top' };
  });
  return [
    { kind: 'rect', x: e.x - hl, y: e.y - hd + 20, width: 2 * hl, height: 2 * hd - 40, fill: '#f5efe6', stroke: '#e7d8c4', role: 'table-top' },
    ...teaTables,
    { kind: 'text', text: placeName(e.name, language), x: e.x, y: e.y, size: fitText(placeName(e.name, language), 26, 2 * hl * 0.8), color: '#7c4a1e', role: 'zone-label' },
  ];
}

function unturnedShapes(element: VenueElement, venue: Pick<Venue, 'elements'>, language: Language): DrawShape[] {
  if (element.kind === 'rostrum') return rostrumShapes(element, language);
  if (element.kind === 'hall') return hallShapes(element, language);
  if (element.kind === 'table') return tableShapes(element, headDirection(element, venue), language);
  if (element.kind === 'wall') return wallShapes(element, language);
  return objectShapes(element, language);
}

/**
 * A shape turned with its element. Both renderers draw axis-aligned rectangles only, so a quarter
 * turn keeps a filled rectangle and any other angle draws its outline as four lines; text stays
 * upright at its turned anchor, so it can always be read.
 */
function turnShape(turn: Turn, shape: DrawShape): DrawShape[] {
  if (shape.kind === 'text' || shape.kind === 'circle') return [{ ...shape, ...turnPoint(turn, shape) }];
  if (shape.kind === 'polygon') return [{ ...shape, points: shape.points.map((p) => turnPoint(turn, p)) }];
  if (shape.kind === 'line') {
    const a = turnPoint(turn, { x: shape.x1, y: shape.y1 });
    const b = turnPoint(turn, { x: shape.x2, y: shape.y2 });
    return [{ ...shape, x1: a.x, y1: a.y, x2: b.x, y2: b.y }];
  }
  const corners = [[0, 0], [shape.width, 0], [shape.width, shape.height], [0, shape.height]].map(([dx, dy]) => turnPoint(turn, { x: shape.x + dx!, y: shape.y + dy! }));
  if (isQuarterTurn(turn)) {
    const xs = corners.map((c) => c.x);
    const ys = corners.map((c) => c.y);
    return [{ ...shape, x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) }];
  }
  const stroke = shape.stroke ?? shape.fill ?? '#6b7280';
  return corners.map((from, i): DrawShape => {
    const to = corners[(i + 1) % 4]!;
    return { kind: 'line', x1: from.x, y1: from.y, x2: to.x, y2: to.y, stroke, lineWidth: shape.lineWidth ?? 1, ...(shape.dash ? { dash: shape.dash } : {}), ...(shape.role ? { role: shape.role } : {}) };
  });
}

export function elementShapes(element: VenueElement, venue: Pick<Venue, 'elements'>, language: Language = 'zh-CN'): DrawShape[] {
  const shapes = unturnedShapes(element, venue, language);
  const turn = turnOf(element, elementSize(element));
  return turn ? shapes.flatMap((shape) => turnShape(turn, shape)) : shapes;
}
