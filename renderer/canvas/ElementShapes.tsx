// The fixed parts of a venue: the rostrum's tables and label, the hall's row labels, objects.
import { Circle, Group, Rect, Text } from 'react-konva';
import type { HallElement, ObjectElement, RostrumElement, TableElement } from '../../shared/model/schema';
import { tableOutline } from '../../shared/layout/tables';
import { rostrumDepth, rostrumWidth } from '../../shared/layout/seats';

const LABEL_FONT = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif';

export function RostrumShape({ element }: { element: RostrumElement }) {
  const width = rostrumWidth(element);
  const depth = rostrumDepth(element);
  return (
    <Group listening={false}>
      <Rect x={element.x - 20} y={element.y - 60} width={width + 40} height={depth + 60} fill="#fbf3ea" stroke="#c8a27a" cornerRadius={8} />
      {element.rows.map((_, index) => (
        // Each row's table runs along the hall side (the front) of its seats.
        <Rect key={index} x={element.x} y={element.y + (index + 0.82) * element.rowPitch} width={width} height={element.rowPitch * 0.16} fill="#c8a27a" />
      ))}
      <Text name="zone-label" text={element.name} x={element.x} y={element.y - 52} width={width} align="center" fontSize={40} fontStyle="bold" fontFamily={LABEL_FONT} fill="#7c4a1e" />
    </Group>
  );
}

export function HallShape({ element }: { element: HallElement }) {
  return (
    <Group listening={false}>
      <Text name="zone-label" text={element.name} x={element.x} y={element.y - 50} fontSize={36} fontStyle="bold" fontFamily={LABEL_FONT} fill="#1e3a8a" />
      {Array.from({ length: element.rows }, (_, index) => (
        <Text
          key={index}
          text={`第${index + 1}排`}
          x={element.x - 110}
          y={element.y + index * element.rowPitch + element.rowPitch / 2 - 12}
          fontSize={24}
          fontFamily={LABEL_FONT}
          fill="#6b7280"
        />
      ))}
    </Group>
  );
}

export function ObjectShape({ element }: { element: ObjectElement }) {
  return (
    <Group listening={false} x={element.x} y={element.y}>
      <Rect width={element.width} height={element.depth} fill="#f3f4f6" stroke="#6b7280" dash={[6, 4]} />
      <Text text={element.label} width={element.width} height={element.depth} align="center" verticalAlign="middle" fontSize={22} fontFamily={LABEL_FONT} fill="#374151" />
    </Group>
  );
}

/** A table's top: a circle, a rectangle, or the U / 回 outline; `direction` -1 puts the head east. */
export function TableShape({ element, direction }: { element: TableElement; direction: 1 | -1 }) {
  const outline = tableOutline(element);
  const fill = element.main ? '#f5d0a9' : '#e7d3bc';
  const { halfLength: hl, halfDepth: hd } = outline;
  const bar = 60; // the width of a table's top in a U or 回 layout
  const parts = outline.shape === 'circle' ? [] : outline.shape === 'rect'
    ? [{ x: -hl, y: -hd, w: 2 * hl, h: 2 * hd }]
    : [
        { x: -hl, y: -hd, w: 2 * hl, h: bar }, { x: -hl, y: hd - bar, w: 2 * hl, h: bar },
        { x: direction === 1 ? -hl - bar : hl, y: -hd, w: bar, h: 2 * hd },
        ...(outline.shape === 'hollow' ? [{ x: direction === 1 ? hl : -hl - bar, y: -hd, w: bar, h: 2 * hd }] : []),
      ];
  return (
    <Group listening={false} x={element.x} y={element.y}>
      {outline.shape === 'circle' && <Circle radius={outline.radius} fill={fill} stroke="#c8a27a" />}
      {parts.map((p, i) => <Rect key={i} x={p.x} y={p.y} width={p.w} height={p.h} fill={fill} stroke="#c8a27a" />)}
      <Text name="zone-label" text={element.name} x={-100} y={-14} width={200} align="center" fontSize={26} fontStyle="bold" fontFamily={LABEL_FONT} fill="#7c4a1e" />
    </Group>
  );
}
