// Dragging a seated person: the plan shows them where the drop would put them as they go — in the
// seat under the pointer (swapping with its occupant), or off their seat over empty floor. The
// drop is one undo step; Escape leaves the plan as it was. Between seats (an aisle gap, a slip of
// the hand) nothing happens: only clear floor, away from every seat, unseats.
import { idle } from './idle';
import type { ToolContext, ToolPointer, ToolState } from './tool';

/** Screen pixels around the pointer that must hold no seat for a drop to unseat. */
export const FLOOR_MARGIN = 12;

type Target = { seat: string } | 'own' | 'floor';

export const dragging = (fromSeatId: string, name: string): ToolState => {
  let begun = false;
  let target: Target = 'own';
  const over = (ctx: ToolContext, e: ToolPointer): Target => {
    const seat = ctx.seatAt(e)?.seat;
    if (seat) return seat.id === fromSeatId ? 'own' : { seat: seat.id };
    const a = ctx.toVenue({ x: e.x - FLOOR_MARGIN, y: e.y - FLOOR_MARGIN });
    const b = ctx.toVenue({ x: e.x + FLOOR_MARGIN, y: e.y + FLOOR_MARGIN });
    const near = ctx.seatIdsIn({ x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y });
    return near.length ? 'own' : 'floor';
  };
  const same = (a: Target, b: Target) => (typeof a === 'string' || typeof b === 'string' ? a === b : a.seat === b.seat);
  const show = (ctx: ToolContext, next: Target) => {
    if (same(next, target)) return;
    target = next;
    if (next === 'floor') ctx.previewUnseat();
    else ctx.previewMove(next === 'own' ? null : next.seat);
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
      show(ctx, over(ctx, e));
      return this as ToolState;
    },
    up(ctx, e) {
      ctx.setGhost(null);
      show(ctx, over(ctx, e));
      const landed = ctx.endMove(target !== 'own');
      if (landed && typeof target !== 'string') ctx.select([target.seat]);
      else if (landed && target === 'floor') ctx.select([]);
      return idle();
    },
    cancel(ctx) {
      ctx.setGhost(null);
      if (begun) ctx.endMove(false);
      return idle();
    },
  };
};
