// Panning: the view follows the pointer (middle button, or Space + left button).
import { panBy } from '../viewport';
import { idle } from './idle';
import type { Point, ToolState } from './tool';

export const panning = (last: Point): ToolState => ({
  name: 'panning',
  move(ctx, e) {
    ctx.setViewport(panBy(ctx.viewport(), e.x - last.x, e.y - last.y));
    return panning(e);
  },
  up: () => idle(),
  cancel: () => idle(),
});
