// The room's fixed shapes (platform, tables, labels, objects) as Konva nodes on their own layer:
// built once per venue, never listening, so a change of seating never redraws it.
import Konva from 'konva';
import type { DrawShape } from '../../../shared/draw/elements';
import { CANVAS_FONT } from './seat-paint';

function node(shape: DrawShape): Konva.Shape {
  const common = { listening: false, perfectDrawEnabled: false };
  if (shape.kind === 'rect') {
    return new Konva.Rect({ ...common, x: shape.x, y: shape.y, width: shape.width, height: shape.height, fill: shape.fill, stroke: shape.stroke, strokeWidth: 1, dash: shape.dash, cornerRadius: shape.role === 'platform' ? 8 : 0 });
  }
  if (shape.kind === 'circle') return new Konva.Circle({ ...common, x: shape.x, y: shape.y, radius: shape.radius, fill: shape.fill, stroke: shape.stroke });
  if (shape.kind === 'polygon') {
    return new Konva.Line({ ...common, points: shape.points.flatMap((p) => [p.x, p.y]), closed: shape.closed, fill: shape.closed ? shape.fill : undefined, stroke: shape.stroke, strokeWidth: shape.lineWidth ?? 1, dash: shape.dash, name: shape.role ?? '' });
  }
  if (shape.kind === 'line') return new Konva.Line({ ...common, points: [shape.x1, shape.y1, shape.x2, shape.y2], stroke: shape.stroke, strokeWidth: shape.lineWidth });
  const text = new Konva.Text({
    ...common, name: shape.role ?? '', text: shape.text, x: shape.x, y: shape.y, fontSize: shape.size, fontFamily: CANVAS_FONT,
    fontStyle: shape.role === 'zone-label' ? 'bold' : 'normal', fill: shape.color ?? '#111827', wrap: 'none',
  });
  // Shapes anchor text at (x, y) by its alignment, Konva at the top-left: shift it.
  const align = shape.align ?? 'center';
  text.offsetX(align === 'center' ? text.width() / 2 : align === 'right' ? text.width() : 0);
  text.offsetY(shape.size / 2);
  return text;
}

export function fillRoomLayer(layer: Konva.Layer, width: number, depth: number, shapes: readonly DrawShape[]): void {
  layer.destroyChildren();
  layer.add(new Konva.Rect({ width, height: depth, fill: '#fafaf9', stroke: '#d6d3d1', listening: false, perfectDrawEnabled: false }));
  for (const shape of shapes) layer.add(node(shape));
}
