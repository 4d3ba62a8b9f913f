// Card sheet geometry in millimetres (protocol 6.2). The far face is printed rotated 180° so that,
// once folded into a tent, both faces read upright.
import type { CardFormat, PrintSettings } from '../model/schema';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Face extends Rect {
  rotated: boolean;
}

export interface CardSheet {
  width: number;
  height: number;
  /** The faces that carry the name. */
  faces: Face[];
  /** Where the small placement code goes (6.5): the base of a three-fold card, else the inner edge. */
  codeBox: Rect;
  /** Fold lines across the sheet (y in mm). */
  folds: number[];
  /** Rectangles to cut out (inserts). */
  cuts: Rect[];
}

const A4 = { width: 297, height: 210 };

/** A tent folded in two: the far face above the fold, rotated. */
function foldedInTwo(width: number, faceHeight: number): CardSheet {
  return {
    width, height: 2 * faceHeight,
    faces: [{ x: 0, y: 0, width, height: faceHeight, rotated: true }, { x: 0, y: faceHeight, width, height: faceHeight, rotated: false }],
    codeBox: { x: 6, y: 2 * faceHeight - 8, width: width / 2, height: 6 },
    folds: [faceHeight], cuts: [],
  };
}

export function cardSheet(format: CardFormat, settings: Pick<PrintSettings, 'customWidth' | 'customHeight'>): CardSheet {
  switch (format) {
    case 'a4-fold2':
      return foldedInTwo(A4.width, A4.height / 2);
    case 'a4-fold3': {
      // Three 70 mm strips: far face, near face, and a base the tent stands on.
      const strip = A4.height / 3;
      return {
        ...A4,
        faces: [{ x: 0, y: 0, width: A4.width, height: strip, rotated: true }, { x: 0, y: strip, width: A4.width, height: strip, rotated: false }],
        codeBox: { x: 10, y: 2 * strip + strip / 2 - 4, width: A4.width - 20, height: 8 },
        folds: [strip, 2 * strip], cuts: [],
      };
    }
    case 'insert-200x100': {
      // Portrait A4, two 200 × 100 mm inserts: the front and the back of one acrylic holder.
      const insert = { width: 200, height: 100 };
      const x = (210 - insert.width) / 2;
      const ys = [30, 30 + insert.height + 37];
      const faces = ys.map((y) => ({ x, y, ...insert, rotated: false }));
      return { width: 210, height: 297, faces, codeBox: { x, y: ys[1]! + insert.height + 4, width: insert.width, height: 6 }, folds: [], cuts: faces };
    }
    case 'custom':
      return foldedInTwo(settings.customWidth, settings.customHeight);
  }
}

/** Short tick marks at the corners of a cut rectangle, outside it (standard crop marks). */
export function cropMarks(rect: Rect, length = 5, gap = 2): [number, number, number, number][] {
  const { x, y, width: w, height: h } = rect;
  const lines: [number, number, number, number][] = [];
  for (const cx of [x, x + w]) {
    for (const cy of [y, y + h]) {
      const dx = cx === x ? -1 : 1;
      const dy = cy === y ? -1 : 1;
      lines.push([cx + dx * gap, cy, cx + dx * (gap + length), cy], [cx, cy + dy * gap, cx, cy + dy * (gap + length)]);
    }
  }
  return lines;
}
