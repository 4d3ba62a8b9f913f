// Dragging a seated person to another seat. Nothing in the document changes until the drop, which
// makes exactly one change (one undo step); Escape leaves the plan as it was.
import { idle } from './idle';
import type { ToolState } from './tool';

export const dragging = (fromSeatId: string, name: string): ToolState => ({
  name: 'dragging',
  move(ctx, e) {
    ctx.setGhost(name, e);
    ctx.setHover(ctx.seatAt(e)?.seat.id ?? null);
    return this as ToolState;
  },
  up(ctx, e) {
    ctx.setGhost(null);
    const target = ctx.seatAt(e);
    if (target && target.seat.id !== fromSeatId && !target.seat.disabled) {
      ctx.movePerson(fromSeatId, target.seat.id);
      ctx.select([target.seat.id]);
    }
    return idle();
  },
  cancel(ctx) {
    ctx.setGhost(null);
    return idle();
  },
});
