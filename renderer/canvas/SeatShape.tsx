import { memo } from 'react';
import { Group, Rect, Text } from 'react-konva';
import type { Seat } from '../../shared/layout/seats';
import { nameFontSize } from './geometry';

interface SeatShapeProps {
  seat: Seat;
  /** The seated person's name, if any. */
  name: string | undefined;
  width: number;
  height: number;
  locked: boolean;
  selected: boolean;
}

/** One seat in venue centimetres; the name is read by e2e tests from the `seat-name` nodes. */
export const SeatShape = memo(function SeatShape({ seat, name, width, height, locked, selected }: SeatShapeProps) {
  const fill = seat.disabled ? '#e5e5e5' : name ? (seat.zone === 'rostrum' ? '#fde8e8' : '#e8f0fd') : '#ffffff';
  return (
    <Group x={seat.x - width / 2} y={seat.y - height / 2} name="seat" id={seat.id} listening={false}>
      <Rect width={width} height={height} fill={fill} stroke={locked ? '#b91c1c' : '#8a8a8a'} strokeWidth={locked ? 3 : 1} cornerRadius={4} perfectDrawEnabled={false} />
      {selected && <Rect name="seat-selected" x={-4} y={-4} width={width + 8} height={height + 8} stroke="#2563eb" strokeWidth={4} cornerRadius={6} perfectDrawEnabled={false} />}
      {name && (
        <Text
          name="seat-name"
          text={name}
          seatId={seat.id}
          zone={seat.zone}
          row={seat.row}
          col={seat.col}
          width={width}
          height={height}
          align="center"
          verticalAlign="middle"
          wrap="none"
          fontStyle="bold"
          fontSize={nameFontSize(name, width, height * 0.45)}
          fontFamily='"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Zen Hei", sans-serif'
          fill="#1f2937"
          perfectDrawEnabled={false}
        />
      )}
    </Group>
  );
});
