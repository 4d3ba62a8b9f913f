// The overlay layer: selection, the found seat's ring, the hovered seat and the marquee, drawn by
// one shape. A click changes only this layer; the seats beneath are not redrawn.
import Konva from 'konva';
import type { RoomDrawing } from '../../../shared/draw/room';
import type { Box } from '../viewport';

export interface OverlayState {
  selected: ReadonlySet<string>;
  highlight: string | null;
  hover: string | null;
  marquee: Box | null;
  /** Seats veiled: their occupants are away for the agenda item viewed. */
  dimmed?: ReadonlySet<string> | null;
}

export class Overlay {
  readonly layer = new Konva.Layer({ listening: false });
  private state: OverlayState = { selected: new Set(), highlight: null, hover: null, marquee: null };
  private seatsById = new Map<string, RoomDrawing['seats'][number]>();

  constructor(scale: () => number) {
    this.layer.add(new Konva.Shape({
      listening: false,
      perfectDrawEnabled: false,
      sceneFunc: (context) => this.paint(context._context, scale()),
    }));
  }

  setRoom(room: RoomDrawing): void {
    this.seatsById = new Map(room.seats.map((s) => [s.seat.id, s]));
  }

  set(state: Partial<OverlayState>): void {
    this.state = { ...this.state, ...state };
    this.layer.batchDraw();
  }

  private paint(ctx: CanvasRenderingContext2D, scale: number): void {
    const px = 1 / scale;
    const ring = (id: string | null, color: string, width: number, pad: number) => {
      const s = id ? this.seatsById.get(id) : undefined;
      if (!s) return;
      ctx.strokeStyle = color;
      ctx.lineWidth = width * px;
      ctx.strokeRect(s.x - pad * px, s.y - pad * px, s.width + 2 * pad * px, s.height + 2 * pad * px);
    };
    if (this.state.dimmed?.size) {
      ctx.fillStyle = 'rgba(245, 245, 244, 0.8)';
      ctx.beginPath();
      for (const id of this.state.dimmed) {
        const s = this.seatsById.get(id);
        if (s) ctx.rect(s.x, s.y, s.width, s.height);
      }
      ctx.fill();
    }
    // Selection: a blue frame that stays 3 px wide and outside the seat at any zoom.
    ctx.beginPath();
    for (const id of this.state.selected) {
      const s = this.seatsById.get(id);
      if (s) ctx.rect(s.x - 3 * px, s.y - 3 * px, s.width + 6 * px, s.height + 6 * px);
    }
    ctx.strokeStyle = '#2563eb';
    ctx.lineWidth = 3 * px;
    ctx.stroke();
    ring(this.state.hover, '#6b7280', 1.5, 1);
    ring(this.state.highlight, '#f59e0b', 4, 7);
    const m = this.state.marquee;
    if (m) {
      ctx.fillStyle = 'rgba(37, 99, 235, 0.08)';
      ctx.fillRect(m.x, m.y, m.width, m.height);
      ctx.strokeStyle = '#2563eb';
      ctx.lineWidth = px;
      ctx.setLineDash([4 * px, 3 * px]);
      ctx.strokeRect(m.x, m.y, m.width, m.height);
      ctx.setLineDash([]);
    }
  }
}
