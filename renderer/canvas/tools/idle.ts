// Idle: hovering shows the seat; a press starts pointing, or panning with the middle button or
// Space held.
import { panning } from './panning';
import { pointing } from './pointing';
import type { ToolState } from './tool';

export const idle = (): ToolState => ({
  name: 'idle',
  down(ctx, e) {
    if (e.button === 1 || (e.button === 0 && ctx.spaceHeld())) return panning(e);
    if (e.button !== 0) return idle();
    return pointing(e, ctx.seatAt(e)?.seat.id ?? null);
  },
  move(ctx, e) {
    ctx.setHover(ctx.seatAt(e)?.seat.id ?? null);
    return this as ToolState;
  },
});
