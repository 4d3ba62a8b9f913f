// Plugging layout mode into the canvas: the design layer and its gestures made once per scene and
// kept in step with the stores, and the switch between the seat tools and the element tools that
// useCanvasInput applies before each pointer event.
import { elementAt } from '../../../shared/model/element-frame';
import { useZuoci } from '../../store/store';
import type { CanvasScene } from '../scene/scene';
import { idle } from '../tools/idle';
import type { ToolContext, ToolState } from '../tools/tool';
import { toVenue } from '../viewport';
import { DesignLayer } from './design-layer';
import { selectedElementIds, useDesign } from './design-store';
import { designIdle, isLayoutState, type DesignTools } from './design-tool';
import { DesignGestures } from './gestures';

const mounted = new WeakMap<CanvasScene, DesignTools>();

/** Add layout mode to a scene; returns the clean-up. */
export function mountDesign(scene: CanvasScene): () => void {
  const layer = new DesignLayer(scene, () => useZuoci.getState().language);
  const gestures = new DesignGestures(layer, () => scene.viewport.scale);
  mounted.set(scene, { scene, layer, gestures });
  const show = () => layer.show(useZuoci.getState().project.venue, selectedElementIds());
  layer.setActive(useDesign.getState().active);
  show();
  const offDesign = useDesign.subscribe((state, prev) => {
    if (state.active !== prev.active) layer.setActive(state.active);
    if (state.selected !== prev.selected) show();
  });
  const offDocument = useZuoci.subscribe((state, prev) => {
    // The frames follow the document (an undo, a typed change), but not in the middle of a gesture.
    if ((state.project.venue !== prev.project.venue || state.sessionId !== prev.sessionId) && !gestures.dragging && !layer.isTransforming()) show();
  });
  // For e2e tests and the bench: what layout mode holds (the frames drawn are Konva nodes named 'element-frame').
  (window as { zuociLayout?: unknown }).zuociLayout = { selected: () => useDesign.getState().selected, frames: () => layer.frameCount() };
  return () => {
    delete (window as { zuociLayout?: unknown }).zuociLayout;
    offDesign();
    offDocument();
    mounted.delete(scene);
    layer.destroy();
  };
}

/** The tool state for this event: the element tools in layout mode, the seat tools otherwise. */
export function withLayoutMode(state: ToolState, scene: CanvasScene, ctx: ToolContext): ToolState {
  const tools = mounted.get(scene);
  const layout = useDesign.getState().active && tools;
  const designing = isLayoutState(state);
  if (layout && !designing && state.name === 'idle') return designIdle(tools);
  // Layout mode switched off mid-gesture: the gesture is cancelled, as by Escape.
  if (!layout && designing) {
    state.cancel?.(ctx);
    return idle();
  }
  return state;
}

/** A right-click in layout mode selects the element under it (unless it is already selected). */
export function selectForContextMenu(scene: CanvasScene, point: { x: number; y: number }): boolean {
  if (!useDesign.getState().active) return false;
  const v = toVenue(scene.viewport, point.x, point.y);
  const id = elementAt(useZuoci.getState().project.venue, v.x, v.y)?.id;
  if (id && !selectedElementIds().includes(id)) useDesign.getState().select([id]);
  return true;
}
