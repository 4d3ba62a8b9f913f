// Layout mode's Konva layer, above the seats: a frame per selected element with Konva's
// Transformer on them (turn with 15° snaps, resize), the guide lines of a snapping drag, and the
// stand-ins that move while elements are dragged. A drag never rebuilds seats: the dragged elements'
// nodes are hidden and a cached picture of them (one bitmap) follows the pointer by transform; the
// room is rebuilt once, from the document, when the drop is committed.
import Konva from 'konva';
import { elementShapes } from '../../../shared/draw/elements';
import type { Guide } from '../../../shared/model/element-arrange';
import { elementBox, elementFrame, unionBox, type Frame } from '../../../shared/model/element-frame';
import { canResize } from '../../../shared/model/element-resize';
import type { Venue } from '../../../shared/model/schema';
import type { Language } from '../../../shared/i18n/text';
import type { SeatBox } from '../../../shared/draw/seat-box';
import type { CanvasScene } from '../scene/scene';
import { paintGuides, paintResizePreview } from './paint';

const ROTATION_SNAPS = Array.from({ length: 24 }, (_, i) => i * 15);
/** Largest side of a drag picture in device pixels: a huge block zoomed in is pictured coarser. */
const MAX_PICTURE_PX = 4096;

interface StandIn {
  id: string;
  node: Konva.Group;
  /** The frame node's transform when the gesture began: the stand-in follows its change. */
  start: Konva.Transform;
}

export class DesignLayer {
  readonly layer = new Konva.Layer({ visible: false });
  readonly transformer = new Konva.Transformer({
    rotationSnaps: ROTATION_SNAPS,
    // Half a step: a turn always lands on a multiple of 15°.
    rotationSnapTolerance: 7.5,
    keepRatio: false,
    flipEnabled: false,
    ignoreStroke: true,
    anchorSize: 10,
    rotateAnchorOffset: 28,
    borderStroke: '#2563eb',
    anchorStroke: '#2563eb',
    name: 'element-transformer',
  });
  private readonly frames = new Map<string, Konva.Rect>();
  private readonly guides = new Konva.Shape({ listening: false, perfectDrawEnabled: false });
  /** While a handle resizes: the seats the element will have, drawn where they will be. */
  private readonly preview = new Konva.Shape({ listening: false, perfectDrawEnabled: false, visible: false, name: 'resize-preview' });
  private previewSeats: readonly SeatBox[] = [];
  private previewLabel = '';
  private guideLines: readonly Guide[] = [];
  private standIns: StandIn[] = [];
  private hidden: { node: Konva.Node; visible: boolean }[] = [];
  private cancelling = false;
  /** Called when the Transformer starts and ends a turn or resize (not when it is cancelled). */
  onTransformStart: () => void = () => {};
  onTransformEnd: (frames: Map<string, Frame>) => void = () => {};
  /** While resizing: the element as it would be for this frame (its seats and a label), or null. */
  previewResize: (id: string, frame: Frame) => { seats: readonly SeatBox[]; label: string } | null = () => null;

  constructor(private readonly scene: CanvasScene, private readonly language: () => Language) {
    this.guides.sceneFunc((context) => paintGuides(context._context, this.guideLines, this.scene.viewport.scale));
    this.preview.sceneFunc((context) => paintResizePreview(context._context, this.previewSeats, this.previewLabel, this.scene.viewport.scale));
    this.layer.add(this.preview, this.guides, this.transformer);
    scene.stage.add(this.layer);
    this.transformer.on('transformstart', () => this.onTransformStart());
    this.transformer.on('transform', () => this.follow());
    this.transformer.on('transformend', () => this.preview.visible(false));
    this.transformer.on('transformend', () => {
      if (this.cancelling) return;
      const result = new Map<string, Frame>();
      for (const [id, rect] of this.frames) {
        result.set(id, this.frameOf(rect));
        // The scale becomes parameters; the frame itself never keeps one.
        rect.setAttrs({ width: rect.width() * rect.scaleX(), height: rect.height() * rect.scaleY(), scaleX: 1, scaleY: 1 });
        rect.offset({ x: rect.width() / 2, y: rect.height() / 2 });
      }
      this.onTransformEnd(result);
    });
  }

  /** Layout mode on: the stage listens (for the Transformer's handles) and this layer shows. */
  setActive(active: boolean): void {
    this.scene.stage.listening(active);
    this.layer.visible(active);
    this.layer.batchDraw();
  }

  /** Frames for the selected elements, with the Transformer on them. */
  show(venue: Venue, selected: readonly string[]): void {
    if (this.transformer.isTransforming()) return;
    for (const rect of this.frames.values()) rect.destroy();
    this.frames.clear();
    const wanted = new Set(selected);
    const elements = venue.elements.filter((e) => wanted.has(e.id));
    for (const element of elements) {
      const f = elementFrame(element);
      const rect = new Konva.Rect({
        name: 'element-frame', elementId: element.id, x: f.cx, y: f.cy, width: f.width, height: f.depth, offsetX: f.width / 2, offsetY: f.depth / 2,
        rotation: f.rotation, fill: 'rgba(37, 99, 235, 0.06)', stroke: '#2563eb', strokeWidth: 1, strokeScaleEnabled: false, dash: [6, 4],
        listening: false, perfectDrawEnabled: false,
      });
      this.frames.set(element.id, rect);
      this.layer.add(rect);
    }
    this.transformer.moveToTop();
    this.transformer.nodes([...this.frames.values()]);
    // Only one element of a kind with parameters for its size can be resized; any selection turns.
    this.transformer.resizeEnabled(elements.length === 1 && canResize(elements[0]!));
    this.transformer.visible(elements.length > 0);
    this.transformer.forceUpdate();
    this.layer.batchDraw();
  }

  /** Is the screen point on one of the Transformer's handles (Konva then drives the gesture)? */
  onHandle(point: { x: number; y: number }): boolean {
    if (!this.transformer.visible()) return false;
    for (let node: Konva.Node | null = this.layer.getIntersection(point); node; node = node.getParent()) {
      if (node === this.transformer) return true;
    }
    return false;
  }

  private frameOf(rect: Konva.Rect): Frame {
    return { cx: rect.x(), cy: rect.y(), width: rect.width() * rect.scaleX(), depth: rect.height() * rect.scaleY(), rotation: rect.rotation() };
  }

  frameCount(): number {
    return this.frames.size;
  }

  isTransforming(): boolean {
    return this.transformer.isTransforming();
  }

  /** Escape during a turn or resize: stop it; the caller restores the frames from the document. */
  cancelTransform(): void {
    this.cancelling = true;
    this.transformer.stopTransform();
    this.cancelling = false;
  }

  /** A gesture begins: picture the elements, hide their own nodes. */
  lift(venue: Venue, ids: readonly string[]): void {
    this.drop();
    const { room } = this.scene;
    if (!room) return;
    const wanted = new Set(ids);
    // The room layer holds the floor (and whatever lies under the room), then each element's shapes
    // in order: counted from the end. If the counts do not add up, only the seats are lifted.
    const roomNodes = this.scene.roomLayer.getChildren();
    const counts = venue.elements.map((e) => elementShapes(e, venue, this.language()).length);
    const first = roomNodes.length - counts.reduce((a, b) => a + b, 0);
    const shapesMatch = first >= 1;
    const blocks = this.scene.seatLayer.find('.seat-block');
    const scale = this.scene.viewport.scale * (window.devicePixelRatio || 1);
    let at = first;
    venue.elements.forEach((element, i) => {
      const own = shapesMatch ? roomNodes.slice(at, at + counts[i]!) : [];
      at += counts[i]!;
      if (!wanted.has(element.id)) return;
      const seats = blocks.filter((b) => b.getAttr('blockId') === element.id || String(b.getAttr('blockId')).startsWith(`${element.id}#`));
      const node = new Konva.Group({ listening: false, opacity: 0.92 });
      for (const original of [...own, ...seats]) {
        node.add(original.clone({ visible: original.visible() }) as Konva.Shape);
        this.hidden.push({ node: original, visible: original.visible() });
        original.visible(false);
      }
      // The picture covers the element's box and its labels.
      const box = unionBox([elementBox(element), ...own.map((n) => n.getClientRect({ relativeTo: this.scene.roomLayer }))]);
      const pad = 40;
      const ratio = Math.min(scale, MAX_PICTURE_PX / Math.max(box.width + 2 * pad, box.height + 2 * pad));
      if (node.hasChildren()) node.cache({ x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad, pixelRatio: ratio });
      this.layer.add(node);
      const frame = this.frames.get(element.id);
      this.standIns.push({ id: element.id, node, start: frame ? frame.getTransform().copy() : new Konva.Transform() });
    });
    this.hidden.push({ node: this.scene.names.layer, visible: this.scene.names.layer.visible() });
    this.scene.names.layer.visible(false);
    this.guides.moveToTop();
    this.transformer.moveToTop();
    this.scene.roomLayer.batchDraw();
    this.scene.seatLayer.batchDraw();
    this.scene.names.layer.batchDraw();
    this.layer.batchDraw();
  }

  /** Move the lifted elements and their frames by (dx, dy) cm from where they were lifted. */
  moveBy(dx: number, dy: number, venue: Venue): void {
    const byId = new Map(venue.elements.map((e) => [e.id, e]));
    for (const s of this.standIns) {
      s.node.position({ x: dx, y: dy });
      const element = byId.get(s.id);
      const rect = this.frames.get(s.id);
      if (element && rect) {
        const f = elementFrame(element);
        rect.position({ x: f.cx + dx, y: f.cy + dy });
      }
    }
    this.transformer.forceUpdate();
    this.layer.batchDraw();
  }

  /** The stand-ins follow their frames while the Transformer turns or resizes them. */
  private follow(): void {
    const anchor = this.transformer.getActiveAnchor() ?? '';
    if (this.frames.size === 1 && !anchor.startsWith('rotater')) {
      const [id, rect] = [...this.frames][0]!;
      const result = this.previewResize(id, this.frameOf(rect));
      if (result) {
        // The picture would only stretch: the real seats of the new size are drawn instead.
        this.previewSeats = result.seats;
        this.previewLabel = result.label;
        this.preview.visible(true);
        for (const s of this.standIns) s.node.visible(false);
        this.layer.batchDraw();
        return;
      }
    }
    for (const s of this.standIns) {
      const rect = this.frames.get(s.id);
      if (!rect) continue;
      const change = rect.getTransform().copy().multiply(s.start.copy().invert());
      s.node.setAttrs(change.decompose());
    }
    this.layer.batchDraw();
  }

  /** The gesture is over: the stand-ins go, the elements' own nodes show again. */
  drop(): void {
    this.preview.visible(false);
    this.previewSeats = [];
    for (const s of this.standIns) s.node.destroy();
    this.standIns = [];
    for (const { node, visible } of this.hidden) node.visible(visible);
    const touched = this.hidden.length > 0;
    this.hidden = [];
    this.setGuides([]);
    if (touched) this.scene.stage.batchDraw();
  }

  setGuides(guides: readonly Guide[]): void {
    if (guides === this.guideLines || (guides.length === 0 && this.guideLines.length === 0)) return;
    this.guideLines = guides;
    this.layer.batchDraw();
  }

  destroy(): void {
    this.layer.destroy();
  }
}
