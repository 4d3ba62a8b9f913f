// Layout mode's gestures on the document, each one undo step through the store's gesture API: a
// drag is begun when the pointer first moves, shown by moving pictures (no document change per
// frame), and written once on the drop; a Transformer turn or resize is written when it ends.
// Escape cancels either and leaves the plan as it was.
import { moveElements, snapMove, snapTargets, type Snapped } from '../../../shared/model/element-arrange';
import { elementBox, unionBox, type Box, type Frame } from '../../../shared/model/element-frame';
import { canResize, replaceElements, resizeElement } from '../../../shared/model/element-resize';
import { namesOf, type ElementEdit } from '../../../shared/model/element-edits';
import { elementSeats } from '../../../shared/layout/seats';
import { seatBox, type SeatBox } from '../../../shared/draw/seat-box';
import type { Project } from '../../../shared/model/schema';
import { useZuoci } from '../../store/store';
import { tell } from '../../store/notice-words';
import type { DesignLayer } from './design-layer';
import { GRID_CM, selectedElementIds, useDesign } from './design-store';

/** How close, in screen pixels, an edge must come to another to snap. */
const SNAP_PX = 8;

/** Commit an element edit's plan and say who lost a seat ("3 人因座位删除而取消安排"). */
export function reportUnassigned(before: Project, edit: ElementEdit): void {
  const names = namesOf(before, edit.unassigned);
  if (!names.length) return;
  tell({ kind: 'warning', key: 'designer', say: (m) => m.designer.unassigned(names.length), sayDetails: (_m, language) => [names.join(language === 'en' ? ', ' : '、')] });
}

export class DesignGestures {
  private drag: { base: Project; ids: string[]; box: Box; targets: Box[]; at: Snapped } | null = null;
  private transforming: { base: Project; ids: string[] } | null = null;

  constructor(private readonly layer: DesignLayer, private readonly scale: () => number) {
    layer.onTransformStart = () => this.beginTransform();
    layer.onTransformEnd = (frames) => this.endTransform(frames);
    layer.previewResize = (id, frame) => this.previewResize(id, frame);
  }

  /** The seats a resize would give, and "8 × 12" (rows × seats, or seats) to read while pulling. */
  private previewResize(id: string, frame: Frame): { seats: SeatBox[]; label: string } | null {
    const t = this.transforming;
    const element = t?.base.venue.elements.find((e) => e.id === id);
    // An object's or a wall's picture stretched is what it becomes; only seats need drawing anew.
    if (!t || !element || element.kind === 'object' || element.kind === 'wall' || !canResize(element)) return null;
    const resized = resizeElement(element, frame);
    const seats = elementSeats(resized, t.base.venue);
    const label = resized.kind === 'hall' ? `${resized.rows} × ${resized.seatsPerRow}`
      : resized.kind === 'rostrum' ? resized.rows.join(' / ')
      : String(seats.length);
    return { seats: seats.map(seatBox), label };
  }

  beginDrag(ids: readonly string[]): void {
    const base = useZuoci.getState().project;
    const wanted = new Set(ids);
    const moving = base.venue.elements.filter((e) => wanted.has(e.id));
    if (!moving.length) return;
    const box = unionBox(moving.map(elementBox));
    this.drag = { base, ids: moving.map((e) => e.id), box, targets: snapTargets(base.venue, ids), at: { dx: 0, dy: 0, guides: [] } };
    useZuoci.getState().beginGesture();
    this.layer.lift(base.venue, this.drag.ids);
  }

  /** The pointer has moved (dx, dy) cm since the press: snap, and move the pictures there. */
  dragTo(dx: number, dy: number): void {
    const drag = this.drag;
    if (!drag) return;
    drag.at = useDesign.getState().snap
      ? snapMove(drag.box, drag.targets, dx, dy, { grid: GRID_CM, tolerance: SNAP_PX / this.scale() })
      : { dx, dy, guides: [] };
    this.layer.moveBy(drag.at.dx, drag.at.dy, drag.base.venue);
    this.layer.setGuides(drag.at.guides);
    useDesign.getState().setGuides(drag.at.guides);
  }

  /** The drop (keep) writes the move as one step; Escape (or no movement) leaves the plan. */
  endDrag(keep: boolean): void {
    const drag = this.drag;
    if (!drag) return;
    this.drag = null;
    const store = useZuoci.getState();
    const { dx, dy } = drag.at;
    if (keep && (dx !== 0 || dy !== 0)) {
      store.updateGesture(() => moveElements(drag.base, drag.ids, dx, dy));
      store.commitGesture();
    } else {
      store.cancelGesture();
    }
    this.layer.drop();
    useDesign.getState().setGuides([]);
    this.layer.show(useZuoci.getState().project.venue, selectedElementIds());
  }

  get dragging(): boolean {
    return this.drag !== null;
  }

  private beginTransform(): void {
    const base = useZuoci.getState().project;
    const ids = selectedElementIds();
    this.transforming = { base, ids };
    useZuoci.getState().beginGesture();
    this.layer.lift(base.venue, ids);
  }

  /** The Transformer's scale, already turned into sizes, becomes each element's parameters. */
  private endTransform(frames: Map<string, Frame>): void {
    const t = this.transforming;
    if (!t) return;
    this.transforming = null;
    const changed = t.base.venue.elements.flatMap((e) => {
      const frame = frames.get(e.id);
      return frame ? [resizeElement(e, frame)] : [];
    });
    const edit = replaceElements(t.base, changed);
    const store = useZuoci.getState();
    store.updateGesture(() => edit.project);
    store.commitGesture();
    this.layer.drop();
    this.layer.show(useZuoci.getState().project.venue, selectedElementIds());
    reportUnassigned(t.base, edit);
  }

  /** Escape while a handle is dragged: the Transformer stops and the plan stays as it was. */
  cancelTransform(): void {
    if (!this.transforming) return;
    this.transforming = null;
    this.layer.cancelTransform();
    useZuoci.getState().cancelGesture();
    this.layer.drop();
    this.layer.show(useZuoci.getState().project.venue, selectedElementIds());
  }
}
