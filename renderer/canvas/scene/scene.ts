// The canvas as layers by job (Konva's performance notes): the room (static), the seats (one
// shape per block, culled to the view), the names (nodes only where legible) and the overlay
// (selection, find, marquee, and the label following a dragged person). Layout mode adds its own
// listening layer (design/), so there are five, Konva's recommended most; the drag label lives in
// the overlay for that reason. Each setter redraws only the layers it touches.
import Konva from 'konva';
import type { RoomDrawing } from '../../../shared/draw/room';
import type { Background } from '../../../shared/model/background';
import { FloorPlanPicture } from './background-layer';
import { buildSeatIndex, type SeatIndex } from '../seat-index';
import { visibleBox, type Box, type Viewport } from '../viewport';
import { NameLayer } from './name-layer';
import { Overlay, type OverlayState } from './overlay';
import type { PlanData } from './plan-data';
import { fillRoomLayer } from './room-layer';
import { CANVAS_FONT, fullNameLegible, paintBlock, paintBlockCount } from './seat-paint';

export class CanvasScene {
  readonly stage: Konva.Stage;
  // Read by layout mode (design/), which hides an element's nodes while it is dragged.
  readonly roomLayer = new Konva.Layer({ listening: false });
  /** 底图 (issue 9): the traced floor plan, on the room layer above its floor. */
  readonly floorPlan = new FloorPlanPicture();
  readonly seatLayer = new Konva.Layer({ listening: false });
  readonly names = new NameLayer(() => {
    this.refreshNames();
    this.names.layer.batchDraw();
  });
  private readonly overlay: Overlay;
  /** The dragged person's label, in screen pixels: a counter-scaled group on top of the overlay. */
  private readonly ghostGroup = new Konva.Group({ listening: false });
  private readonly ghost = new Konva.Label({ visible: false, opacity: 0.9 });
  room: RoomDrawing | null = null;
  index: SeatIndex = buildSeatIndex([]);
  private plan: PlanData = { occupants: new Map(), locks: new Set() };
  private view: Viewport = { scale: 1, x: 0, y: 0 };
  /** 标出空座 (hand seating): empty seats tinted. */
  private markEmpty = false;

  constructor(container: HTMLDivElement, width: number, height: number) {
    this.stage = new Konva.Stage({ container, width, height, listening: false });
    this.overlay = new Overlay(() => this.view.scale);
    this.ghost.add(new Konva.Tag({ fill: '#1f2937', cornerRadius: 4 }));
    this.ghost.add(new Konva.Text({ padding: 6, fill: '#fff', fontSize: 14, fontFamily: CANVAS_FONT }));
    this.ghostGroup.add(this.ghost);
    this.overlay.layer.add(this.ghostGroup);
    for (const layer of [this.roomLayer, this.seatLayer, this.names.layer, this.overlay.layer]) this.stage.add(layer);
  }

  get viewport(): Viewport {
    return this.view;
  }

  visible(): Box {
    return visibleBox(this.view, this.stage.width(), this.stage.height());
  }

  /** The room drawing comes in the reader's language already (shared/draw labels it). */
  setRoom(room: RoomDrawing): void {
    this.room = room;
    this.index = buildSeatIndex(room.seats);
    this.floorPlan.node.remove(); // kept across rooms: filling the layer destroys its children
    fillRoomLayer(this.roomLayer, room.width, room.depth, room.shapes);
    this.floorPlan.placeIn(this.roomLayer);
    this.showRoomLabels();
    this.seatLayer.destroyChildren();
    for (const block of room.blocks) {
      this.seatLayer.add(new Konva.Shape({
        name: 'seat-block', blockId: block.id, seatCount: block.seats.length, listening: false, perfectDrawEnabled: false,
        sceneFunc: (context) => {
          const ctx = context._context;
          const scale = this.view.scale;
          paintBlock(ctx, block, room.seats, this.plan, { scale, view: this.visible(), namedByNodes: (s, o) => fullNameLegible(s, o, scale), markEmpty: this.markEmpty });
          paintBlockCount(ctx, block, this.seatedIn(block), room.seats, scale);
        },
      }));
    }
    this.overlay.setRoom(room);
    this.names.invalidate();
    this.refreshNames();
    this.stage.batchDraw();
  }

  setBackground(background: Background | undefined): void {
    this.floorPlan.set(background);
  }

  setPlan(plan: PlanData): void {
    // A lock changes only the seats' frames: the names stay as they are.
    const seatingChanged = plan.occupants !== this.plan.occupants;
    this.plan = plan;
    this.seatLayer.batchDraw();
    if (!seatingChanged) return;
    this.names.invalidate();
    this.refreshNames();
    this.names.layer.batchDraw();
  }

  setViewport(view: Viewport): void {
    if (view.scale === this.view.scale && view.x === this.view.x && view.y === this.view.y) return;
    this.view = view;
    this.stage.scale({ x: view.scale, y: view.scale });
    this.stage.position({ x: view.x, y: view.y });
    // The drag ghost stays in screen pixels.
    this.ghostGroup.scale({ x: 1 / view.scale, y: 1 / view.scale });
    this.ghostGroup.position({ x: -view.x / view.scale, y: -view.y / view.scale });
    this.showRoomLabels();
    this.refreshNames();
    this.stage.batchDraw();
  }

  setMarkEmpty(on: boolean): void {
    if (on === this.markEmpty) return;
    this.markEmpty = on;
    this.seatLayer.batchDraw();
  }

  setOverlay(state: Partial<OverlayState>): void {
    this.overlay.set(state);
  }

  /** A label following the pointer while a person is dragged (screen px), or none. */
  setGhost(text: string | null, x = 0, y = 0): void {
    this.ghost.visible(text !== null);
    if (text !== null) {
      (this.ghost.getText() as Konva.Text).text(text);
      this.ghost.position({ x: x + 12, y: y + 12 });
    }
    this.overlay.layer.batchDraw();
  }

  resize(width: number, height: number): void {
    this.stage.size({ width, height });
    this.refreshNames();
    this.stage.batchDraw();
  }

  destroy(): void {
    this.names.destroy();
    this.stage.destroy();
  }

  /** Seated people per block, counted once per change of the seating, not per frame. */
  private seatedCounts = new WeakMap<PlanData, Map<string, number>>();
  private seatedIn(block: RoomDrawing['blocks'][number]): number {
    let counts = this.seatedCounts.get(this.plan);
    if (!counts) this.seatedCounts.set(this.plan, (counts = new Map()));
    let n = counts.get(block.id);
    if (n === undefined) {
      n = block.seats.filter((i) => this.plan.occupants.has(this.room!.seats[i]!.seat.id)).length;
      counts.set(block.id, n);
    }
    return n;
  }

  /** Row labels are drawn only where they can be read (8 px), like the names. */
  private showRoomLabels(): void {
    for (const label of this.roomLayer.find<Konva.Text>('.row-label')) label.visible(label.fontSize() * this.view.scale >= 8);
  }

  private refreshNames(): void {
    if (this.room) this.names.update(this.room, this.index, this.plan, this.visible(), this.view.scale);
  }
}
