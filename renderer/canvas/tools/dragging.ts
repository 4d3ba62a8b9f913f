// Dragging a seated person to another seat: the plan shows them in the seat under the pointer as
// they go; the drop is one undo step, and Escape (or a drop off the seats) leaves the plan as it was.
import { idle } from './idle';
import type { ToolContext, ToolPointer, ToolState } from './tool';

export const dragging = (fromSeatId: string, name: string): ToolState => {
  let begun = false;
  let target: string | null = null;
  const over = (ctx: ToolContext, e: ToolPointer) => {
    const seat = ctx.seatAt(e)?.seat;
    return seat && !seat.disabled && seat.id !== fromSeatId ? seat.id : null;
  };
  return {
    name: 'dragging',
    move(ctx, e) {
      if (!begun) {
        ctx.beginMove(fromSeatId);
        begun = true;
      }
      ctx.setGhost(name, e);
      ctx.setHover(ctx.seatAt(e)?.seat.id ?? null);
      const next = over(ctx, e);
      if (next !== target) ctx.previewMove((target = next));
      return this as ToolState;
    },
    up(ctx, e) {
      ctx.setGhost(null);
      const next = over(ctx, e);
      if (next !== target) ctx.previewMove((target = next));
      ctx.endMove(target !== null);
      if (target) ctx.select([target]);
      return idle();
    },
    cancel(ctx) {
      ctx.setGhost(null);
      if (begun) ctx.endMove(false);
      return idle();
    },
  };
};
