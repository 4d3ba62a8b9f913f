// Marquee: a rectangle dragged over the seats selects those it touches; with Shift/Ctrl it adds
// them to the selection. Escape drops it and keeps the selection as it was.
import { boxFromCorners } from '../viewport';
import { idle } from './idle';
import type { Point, ToolState } from './tool';

export const marquee = (start: Point, additive: boolean): ToolState => {
  let corner = start;
  const box = (ctx: Parameters<NonNullable<ToolState['move']>>[0]) => boxFromCorners(ctx.toVenue(start), ctx.toVenue(corner));
  return {
    name: 'marquee',
    move(ctx, e) {
      corner = e;
      ctx.setMarquee(box(ctx));
      return this as ToolState;
    },
    up(ctx, e) {
      corner = e;
      const inside = ctx.seatIdsIn(box(ctx));
      ctx.select(additive ? [...new Set([...ctx.selected(), ...inside])] : inside);
      ctx.setMarquee(null);
      return idle();
    },
    cancel(ctx) {
      ctx.setMarquee(null);
      return idle();
    },
  };
};
