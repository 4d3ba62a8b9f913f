// Full names as Konva Text nodes (named `seat-name`, read by the e2e tests), only for seats near
// the screen whose name is legible (>= 10 px). The nodes are pooled and drawn through one cached
// bitmap, so a pan moves a picture instead of re-drawing hundreds of texts. The set is rebuilt when
// the view leaves the region it was built for, the seating changes, or the zoom changes: at once
// when zooming out (a name must never shrink below legible), a moment after zooming in (meanwhile
// the picture is only larger).
import Konva from 'konva';
import type { RoomDrawing } from '../../../shared/draw/room';
import { legible, nameSizeCm } from '../detail';
import type { SeatIndex } from '../seat-index';
import type { Box } from '../viewport';
import type { PlanData } from './plan-data';
import { CANVAS_FONT, fullNameLegible } from './seat-paint';

const SETTLE_MS = 150;

export class NameLayer {
  readonly layer = new Konva.Layer({ listening: false });
  private readonly group = new Konva.Group({ listening: false });
  private pool: Konva.Text[] = [];
  private built: { region: Box; scale: number } | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `later` is called when a deferred rebuild is due (the scene then calls update again). */
  constructor(private readonly later: () => void) {
    this.layer.add(this.group);
  }

  invalidate(): void {
    this.built = null;
  }

  /** Bring the nodes up to date for this view; cheap when nothing it depends on moved. */
  update(room: RoomDrawing, index: SeatIndex, plan: PlanData, view: Box, scale: number): void {
    const b = this.built;
    const covered = b && view.x >= b.region.x && view.y >= b.region.y &&
      view.x + view.width <= b.region.x + b.region.width && view.y + view.height <= b.region.y + b.region.height;
    if (covered && b.scale === scale) return;
    // Zooming in where the same kinds of seat stay legible: the picture may wait for the zoom to settle.
    const sameSeatsLegible = b && room.blocks.every((block) => {
      const s = room.seats[block.seats[0]!]!;
      return legible(3, s.width, s.height, scale) === legible(3, s.width, s.height, b.scale);
    });
    if (covered && scale > b.scale && this.pool.length && sameSeatsLegible) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.built = null;
        this.later();
      }, SETTLE_MS);
      return;
    }
    clearTimeout(this.timer);
    this.rebuild(room, index, plan, view, scale);
  }

  destroy(): void {
    clearTimeout(this.timer);
  }

  private rebuild(room: RoomDrawing, index: SeatIndex, plan: PlanData, view: Box, scale: number): void {
    // A quarter screen around the view, so a short pan does not rebuild.
    const region = { x: view.x - view.width / 4, y: view.y - view.height / 4, width: view.width * 1.5, height: view.height * 1.5 };
    let used = 0;
    for (const i of index.seatsIn(region)) {
      const s = room.seats[i]!;
      const occupant = plan.occupants.get(s.seat.id);
      if (!occupant || !fullNameLegible(s, occupant, scale)) continue;
      const node = this.pool[used] ?? this.addNode();
      used++;
      node.setAttrs({
        text: occupant.name, x: s.x, y: s.y, width: s.width, height: s.height,
        // One size for names up to three characters, so a row reads evenly; longer names shrink.
        fontSize: nameSizeCm(Math.max(3, [...occupant.name].length), s.width, s.height),
        seatId: s.seat.id, zone: s.seat.zone, row: s.seat.row, col: s.seat.col,
      });
    }
    // Unused nodes go, so `find('.seat-name')` sees exactly the names drawn.
    for (const node of this.pool.splice(used)) node.destroy();
    this.group.clearCache();
    if (used) this.group.cache({ pixelRatio: scale * (window.devicePixelRatio || 1) });
    this.built = { region, scale };
  }

  private addNode(): Konva.Text {
    const node = new Konva.Text({
      name: 'seat-name', align: 'center', verticalAlign: 'middle', wrap: 'none', fontStyle: 'bold',
      fontFamily: CANVAS_FONT, fill: '#1f2937', listening: false, perfectDrawEnabled: false,
    });
    this.pool.push(node);
    this.group.add(node);
    return node;
  }
}
