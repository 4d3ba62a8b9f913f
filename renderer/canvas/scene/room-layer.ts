// The room's fixed shapes (platform, tables, labels, objects) as Konva nodes on their own layer:
// built once per venue, never listening, so a change of seating never redraws it.
import Konva from 'konva';
import type { DrawShape } from '../../../shared/draw/elements';
import { CANVAS_FONT } from './seat-paint';
import { placeName, rowLabel } from '../../../shared/i18n/place-names';
import type { Language } from '../../../shared/i18n/text';

/**
 * Labels in the UI's language: the app's own zone and object names (主席台, 台下, 发言席) and row
 * labels; a name the user typed stays as it is.
 */
function labelText(shape: DrawShape & { kind: 'text' }, language: Language): string {
  if (shape.role === 'row-label') {
    const row = /^第(\d+)排$/.exec(shape.text);
    return row ? rowLabel(Number(row[1]), language) : shape.text;
  }
  return shape.role === 'zone-label' || shape.role === 'object-label' ? placeName(shape.text, language) : shape.text;
}

function node(shape: DrawShape, language: Language): Konva.Shape {
  const common = { listening: false, perfectDrawEnabled: false };
  if (shape.kind === 'rect') {
    return new Konva.Rect({ ...common, x: shape.x, y: shape.y, width: shape.width, height: shape.height, fill: shape.fill, stroke: shape.stroke, strokeWidth: 1, dash: shape.dash, cornerRadius: shape.role === 'platform' ? 8 : 0 });
  }
  if (shape.kind === 'circle') return new Konva.Circle({ ...common, x: shape.x, y: shape.y, radius: shape.radius, fill: shape.fill, stroke: shape.stroke });
  if (shape.kind === 'line') return new Konva.Line({ ...common, points: [shape.x1, shape.y1, shape.x2, shape.y2], stroke: shape.stroke, strokeWidth: shape.lineWidth });
  const text = new Konva.Text({
    ...common, name: shape.role ?? '', text: labelText(shape, language), x: shape.x, y: shape.y, fontSize: shape.size, fontFamily: CANVAS_FONT,
    fontStyle: shape.role === 'zone-label' ? 'bold' : 'normal', fill: shape.color ?? '#111827', wrap: 'none',
  });
  // Shapes anchor text at (x, y) by its alignment, Konva at the top-left: shift it.
  const align = shape.align ?? 'center';
  text.offsetX(align === 'center' ? text.width() / 2 : align === 'right' ? text.width() : 0);
  text.offsetY(shape.size / 2);
  return text;
}

export function fillRoomLayer(layer: Konva.Layer, width: number, depth: number, shapes: readonly DrawShape[], language: Language): void {
  layer.destroyChildren();
  layer.add(new Konva.Rect({ width, height: depth, fill: '#fafaf9', stroke: '#d6d3d1', listening: false, perfectDrawEnabled: false }));
  for (const shape of shapes) layer.add(node(shape, language));
}
