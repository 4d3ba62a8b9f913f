// The room's fixed objects as drawing primitives (venue centimetres), each drawn so a reader knows
// it without its label: a pillar solid, a window a glazed strip in the wall, a stage edge a bold
// line, 会标 a red banner with its words, a text label only its words, walls a thick outline.
import type { ObjectElement, RostrumElement, WallElement } from '../model/schema';
import { rostrumWidth } from '../layout/seats';
import type { Language } from '../i18n/text';
import { placeName } from '../i18n/place-names';
import { fitText, type DrawShape } from './elements';

const GREY = '#6b7280';

/** The centred label of an object, fitted into its box. */
type TextShape = Extract<DrawShape, { kind: 'text' }>;

function labelOf(e: ObjectElement, language: Language, options: { size?: number; color?: string; role?: DrawShape['role'] } = {}): TextShape {
  const text = placeName(e.label, language);
  const size = fitText(text, Math.min(options.size ?? 22, e.depth * 0.8), e.width * 0.9);
  return { kind: 'text', text, x: e.x + e.width / 2, y: e.y + e.depth / 2, size, color: options.color ?? '#374151', role: options.role ?? 'object-label' };
}

export function objectShapes(e: ObjectElement, language: Language): DrawShape[] {
  const box = (fill: string, stroke: string, dash?: [number, number]): DrawShape => ({ kind: 'rect', x: e.x, y: e.y, width: e.width, height: e.depth, fill, stroke, ...(dash ? { dash } : {}), role: 'object' });
  switch (e.objectType) {
    case 'pillar':
      return [box('#9ca3af', '#4b5563'), labelOf(e, language, { color: '#ffffff' })];
    case 'window': {
      // Glass between two frame lines, the label just inside the room.
      const mid = e.y + e.depth / 2;
      return [
        box('#e0f2fe', '#0369a1'),
        { kind: 'line', x1: e.x, y1: mid, x2: e.x + e.width, y2: mid, stroke: '#0369a1', lineWidth: 1, role: 'object' },
        { ...labelOf(e, language, { size: 18, color: '#0369a1' }), y: e.y + e.depth + 14 },
      ];
    }
    case 'stage-edge':
      return [
        box('#a16207', '#713f12'),
        { kind: 'text', text: placeName(e.label, language), x: e.x + e.width + 10, y: e.y + e.depth / 2, size: 20, align: 'left', color: '#713f12', role: 'object-label' },
      ];
    case 'banner':
      // 会标: the meeting's name hung over the rostrum, white on red, as large as it fits.
      return [box('#b91c1c', '#7f1d1d'), labelOf(e, language, { size: e.depth * 0.7, color: '#fef3c7', role: 'banner' })];
    case 'text':
      return [labelOf(e, language, { size: e.depth * 0.8, color: '#111827' })];
    case 'chair-desk':
      return [box('#fef3c7', '#b45309'), labelOf(e, language, { color: '#92400e' })];
    default:
      return [box('#f3f4f6', GREY, [6, 4]), labelOf(e, language)];
  }
}

/** 墙 / 会场轮廓: the points as one thick line (closed for an outline), its name at the first point. */
export function wallShapes(e: WallElement, language: Language): DrawShape[] {
  const points = e.points.map((p) => ({ x: e.x + p.x, y: e.y + p.y }));
  const first = points[0]!;
  return [
    { kind: 'polygon', points, closed: e.closed, stroke: '#44403c', lineWidth: e.thickness, role: 'wall' },
    { kind: 'text', text: placeName(e.name, language), x: first.x + e.thickness, y: first.y + e.thickness + 14, size: 20, align: 'left', color: '#57534e', role: 'object-label' },
  ];
}

/** 合影站台 (9.1): a step per row, higher (darker) towards the back; the front row is chairs on the floor. */
export function risersShapes(e: RostrumElement, language: Language): DrawShape[] {
  const width = rostrumWidth(e);
  const rows = e.rows.length;
  const steps = e.rows.map((_, i): DrawShape => {
    const row = i + 1;
    const shade = Math.max(0, 235 - 18 * (row - 1)).toString(16).padStart(2, '0');
    return { kind: 'rect', x: e.x - 20, y: e.y + (rows - row) * e.rowPitch, width: width + 40, height: e.rowPitch, fill: row === 1 ? '#fbf3ea' : `#${shade}${shade}${shade}`, stroke: '#a8a29e', role: 'platform' };
  });
  const posture = e.rows.map((_, i): DrawShape => ({
    kind: 'text', text: language === 'en' ? (i === 0 ? 'seated' : 'standing') : i === 0 ? '就座' : '站立',
    x: e.x + width + 30, y: e.y + (rows - i - 0.5) * e.rowPitch, size: 18, align: 'left', color: GREY, role: 'row-label',
  }));
  return [...steps, ...posture, { kind: 'text', text: placeName(e.name, language), x: e.x + width / 2, y: e.y - 30, size: 36, color: '#7c4a1e', role: 'zone-label' }];
}
