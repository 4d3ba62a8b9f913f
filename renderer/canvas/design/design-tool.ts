// Layout mode's pointer tool, a small state machine like the seat tools (tools/*) but acting on
// elements: a click selects (Shift/Ctrl toggles), a drag from an element moves the selection, a
// drag from the floor draws a marquee, a press on a Transformer handle lets Konva turn or resize.
// Middle button or Space pans, as everywhere on the canvas.
import { elementAt, elementsIn } from '../../../shared/model/element-frame';
import { useZuoci } from '../../store/store';
import type { CanvasScene } from '../scene/scene';
import { panning } from '../tools/panning';
import { moved, type Point, type ToolContext, type ToolPointer, type ToolState } from '../tools/tool';
import { useView } from '../view-store';
import { boxFromCorners, toVenue } from '../viewport';
import type { DesignGestures } from './gestures';
import type { DesignLayer } from './design-layer';
import { selectedElementIds, useDesign } from './design-store';

export interface DesignTools {
  scene: CanvasScene;
  layer: DesignLayer;
  gestures: DesignGestures;
}

/**
 * A layout state: the same shape as a seat tool state, marked as layout's. Its idle state is named
 * 'idle' like the seat tools' (Escape and a lost pointer then leave it alone); the others `design-…`.
 */
interface DesignState {
  name: string;
  layout?: true;
  down?: (ctx: ToolContext, e: ToolPointer) => ToolState;
  move?: (ctx: ToolContext, e: ToolPointer) => ToolState;
  up?: (ctx: ToolContext, e: ToolPointer) => ToolState;
  cancel?: (ctx: ToolContext) => ToolState;
}
const asTool = (state: DesignState): ToolState => ({ ...state, layout: true }) as unknown as ToolState;
export const isLayoutState = (state: ToolState): boolean => (state as { layout?: true }).layout === true;

const venuePoint = (t: DesignTools, p: Point) => toVenue(t.scene.viewport, p.x, p.y);
/** The element under the pointer: the one whose seat it is on, else the topmost whose frame holds it. */
const hitElement = (t: DesignTools, p: Point) => {
  const v = venuePoint(t, p);
  const seat = t.scene.index.seatAt(v.x, v.y);
  if (seat !== undefined) return t.scene.room!.seats[seat]!.seat.elementId;
  return elementAt(useZuoci.getState().project.venue, v.x, v.y)?.id ?? null;
};

export const designIdle = (t: DesignTools): ToolState => asTool({
  name: 'idle',
  down(ctx, e) {
    if (e.button === 1 || (e.button === 0 && ctx.spaceHeld())) return panning(e);
    if (e.button !== 0) return designIdle(t);
    if (t.layer.onHandle(e)) return designTransforming(t);
    return designPointing(t, e, hitElement(t, e));
  },
});

/** Konva's Transformer has the pointer; Escape stops it without a change. */
const designTransforming = (t: DesignTools): ToolState => asTool({
  name: 'design-transforming',
  up: () => designIdle(t),
  cancel() {
    t.gestures.cancelTransform();
    return designIdle(t);
  },
});

const designPointing = (t: DesignTools, start: ToolPointer, hit: string | null): ToolState => asTool({
  name: 'design-pointing',
  move(ctx, e) {
    if (!moved(start, e)) return this as unknown as ToolState;
    if (!hit) return designMarquee(t, start).move!(ctx, e);
    const selected = selectedElementIds();
    if (!selected.includes(hit)) useDesign.getState().select(start.additive ? [...selected, hit] : [hit]);
    return designMoving(t, start).move!(ctx, e);
  },
  up() {
    const { select } = useDesign.getState();
    const selected = selectedElementIds();
    if (!hit) {
      if (!start.additive) select([]);
    } else if (!start.additive) {
      select([hit]);
    } else {
      select(selected.includes(hit) ? selected.filter((id) => id !== hit) : [...selected, hit]);
    }
    return designIdle(t);
  },
  cancel: () => designIdle(t),
});

const designMoving = (t: DesignTools, start: ToolPointer): ToolState => {
  const from = venuePoint(t, start);
  const to = (e: Point) => {
    const v = venuePoint(t, e);
    t.gestures.dragTo(v.x - from.x, v.y - from.y);
  };
  return asTool({
    name: 'design-moving',
    move(_ctx, e) {
      if (!t.gestures.dragging) t.gestures.beginDrag(selectedElementIds());
      to(e);
      return this as unknown as ToolState;
    },
    up(_ctx, e) {
      to(e);
      t.gestures.endDrag(true);
      return designIdle(t);
    },
    cancel() {
      t.gestures.endDrag(false);
      return designIdle(t);
    },
  });
};

const designMarquee = (t: DesignTools, start: ToolPointer): ToolState => {
  let corner: Point = start;
  const box = () => boxFromCorners(venuePoint(t, start), venuePoint(t, corner));
  return asTool({
    name: 'design-marquee',
    move(_ctx, e) {
      corner = e;
      useView.getState().setMarquee(box());
      return this as unknown as ToolState;
    },
    up(_ctx, e) {
      corner = e;
      const inside = elementsIn(useZuoci.getState().project.venue, box());
      const { select } = useDesign.getState();
      select(start.additive ? [...new Set([...selectedElementIds(), ...inside])] : inside);
      useView.getState().setMarquee(null);
      return designIdle(t);
    },
    cancel() {
      useView.getState().setMarquee(null);
      return designIdle(t);
    },
  });
};
