// Full names as Konva Text nodes (named `seat-name`, read by the e2e tests), only for seats on
// screen whose name is legible (>= 10 px). Nodes are pooled and re-used; the set is rebuilt when
// the view leaves the region it was built for, the zoom changes, or the seating changes.
import Konva from 'konva';
import type { RoomDrawing } from '../../../shared/draw/room';
import { nameSizeCm } from '../detail';
import type { SeatIndex } from '../seat-index';
import type { Box } from '../viewport';
import type { PlanData } from './plan-data';
import { CANVAS_FONT, fullNameLegible } from './seat-paint';

export class NameLayer {
  readonly layer = new Konva.Layer({ listening: false });
  private pool: Konva.Text[] = [];
  private built: { region: Box; scale: number } | null = null;

  invalidate(): void {
    this.built = null;
  }

  /** Bring the nodes up to date for this view; cheap when nothing it depends on moved. */
  update(room: RoomDrawing, index: SeatIndex, plan: PlanData, view: Box, scale: number): void {
    const b = this.built;
    const inside = b && b.scale === scale && view.x >= b.region.x && view.y >= b.region.y &&
      view.x + view.width <= b.region.x + b.region.width && view.y + view.height <= b.region.y + b.region.height;
    if (inside) return;
    // Build for half a screen around the view, so a pan rarely rebuilds.
    const region = { x: view.x - view.width / 2, y: view.y - view.height / 2, width: view.width * 2, height: view.height * 2 };
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
    this.built = { region, scale };
  }

  private addNode(): Konva.Text {
    const node = new Konva.Text({
      name: 'seat-name', align: 'center', verticalAlign: 'middle', wrap: 'none', fontStyle: 'bold',
      fontFamily: CANVAS_FONT, fill: '#1f2937', listening: false, perfectDrawEnabled: false,
    });
    this.pool.push(node);
    this.layer.add(node);
    return node;
  }
}
