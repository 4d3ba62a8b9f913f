// A page as a list of simple shapes in millimetres: computed in shared/ from the document, drawn
// by the PDF service. The map on paper is the same geometry as the canvas, never a screenshot.
export type Shape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill?: string; stroke?: string; lineWidth?: number; dash?: [number, number] }
  | { kind: 'circle'; x: number; y: number; radius: number; fill?: string; stroke?: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; lineWidth: number; dash?: [number, number] }
  /** A wall line or outline (closed: the last point joins the first), an oval table's top. */
  | { kind: 'polygon'; points: { x: number; y: number }[]; closed: boolean; fill?: string; stroke?: string; lineWidth?: number; dash?: [number, number] }
  /** Text centred on (x, y) unless aligned left/right; size is the em in millimetres; maxWidth shrinks it. */
  | { kind: 'text'; text: string; x: number; y: number; size: number; align?: 'center' | 'left' | 'right'; color?: string; maxWidth?: number };

export interface PrintPage {
  width: number;
  height: number;
  shapes: Shape[];
  /** A large diagonal word across the page (送审稿). */
  watermark?: string;
}

export const PAPER_SIZES = { A4: { width: 210, height: 297 }, A3: { width: 297, height: 420 } } as const;

export function paperSize(paper: keyof typeof PAPER_SIZES, landscape: boolean): { width: number; height: number } {
  const { width, height } = PAPER_SIZES[paper];
  return landscape ? { width: height, height: width } : { width, height };
}
