// A room drawing primitive (venue centimetres) placed on a printed page (millimetres) by the seat
// map's frame: the pdfkit side of "one drawing, two renderers".
import type { Shape } from '../print/shapes';
import type { DrawShape } from './elements';

export type ToPage = (x: number, y: number) => { x: number; y: number };

/** `textSize` turns a label's size in cm into the size printed (maps clamp it to stay legible). */
export function shapeOnPage(shape: DrawShape, toPage: ToPage, scale: number, textSize: (cm: number) => number): Shape {
  if (shape.kind === 'rect') {
    // R-view turns the room round: take the corners, not the origin.
    const a = toPage(shape.x, shape.y);
    const b = toPage(shape.x + shape.width, shape.y + shape.height);
    return { kind: 'rect', x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(b.x - a.x), height: Math.abs(b.y - a.y), fill: shape.fill, stroke: shape.stroke, lineWidth: 0.3, ...(shape.dash ? { dash: shape.dash } : {}) };
  }
  if (shape.kind === 'circle') return { kind: 'circle', ...toPage(shape.x, shape.y), radius: shape.radius * scale, fill: shape.fill, stroke: shape.stroke };
  if (shape.kind === 'line') {
    const a = toPage(shape.x1, shape.y1);
    const b = toPage(shape.x2, shape.y2);
    return { kind: 'line', x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: shape.stroke, lineWidth: shape.lineWidth };
  }
  if (shape.kind === 'polygon') {
    const { role: _role, ...polygon } = shape;
    // Walls keep their real thickness on paper, but never thinner than a hairline.
    return { ...polygon, points: shape.points.map((p) => toPage(p.x, p.y)), lineWidth: Math.max(0.25, (shape.lineWidth ?? 1) * scale) };
  }
  const { role: _role, ...text } = shape;
  return { ...text, ...toPage(shape.x, shape.y), size: textSize(shape.size) };
}
