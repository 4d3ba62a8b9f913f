// Pointing: pressed, not yet moved. Released in place it is a click (select; Shift/Ctrl toggles);
// moved from a seated seat it drags the person; moved from anywhere else it draws a marquee.
import { dragging } from './dragging';
import { idle } from './idle';
import { marquee } from './marquee';
import { moved, type Point, type ToolPointer, type ToolState } from './tool';

export const pointing = (start: ToolPointer, seatId: string | null): ToolState => ({
  name: 'pointing',
  move(ctx, e) {
    if (!moved(start, e)) return this as ToolState;
    const name = seatId ? ctx.occupantName(seatId) : undefined;
    if (seatId && name && !start.additive) return dragging(seatId, name).move!(ctx, e);
    return marquee(start as Point, start.additive).move!(ctx, e);
  },
  up(ctx) {
    const selected = ctx.selected();
    if (!seatId) {
      if (!start.additive) ctx.select([]);
    } else if (!start.additive) {
      ctx.select([seatId]);
    } else {
      ctx.select(selected.includes(seatId) ? selected.filter((id) => id !== seatId) : [...selected, seatId]);
    }
    return idle();
  },
  cancel: () => idle(),
});
