// Painting layout mode's transient marks onto a context already in venue centimetres: the guide
// lines of a snapping drag and the seats a resize will give. Line widths and text stay in screen
// pixels at any zoom.
import type { SeatBox } from '../../../shared/draw/seat-box';
import type { Guide } from '../../../shared/model/element-arrange';
import { CANVAS_FONT } from '../scene/seat-paint';

export function paintGuides(ctx: CanvasRenderingContext2D, guides: readonly Guide[], scale: number): void {
  if (!guides.length) return;
  const px = 1 / scale;
  ctx.beginPath();
  for (const g of guides) {
    if (g.axis === 'x') {
      ctx.moveTo(g.at, g.from - 20 * px);
      ctx.lineTo(g.at, g.to + 20 * px);
    } else {
      ctx.moveTo(g.from - 20 * px, g.at);
      ctx.lineTo(g.to + 20 * px, g.at);
    }
  }
  ctx.strokeStyle = '#db2777';
  ctx.lineWidth = px;
  ctx.setLineDash([5 * px, 3 * px]);
  ctx.stroke();
  ctx.setLineDash([]);
}

/** The seats as one path, and the label ("7 × 10") on a tag above their top-left corner. */
export function paintResizePreview(ctx: CanvasRenderingContext2D, seats: readonly SeatBox[], label: string, scale: number): void {
  if (!seats.length) return;
  const px = 1 / scale;
  let top = Infinity;
  let left = Infinity;
  ctx.beginPath();
  for (const b of seats) {
    ctx.rect(b.x, b.y, b.width, b.height);
    top = Math.min(top, b.y);
    left = Math.min(left, b.x);
  }
  ctx.fillStyle = 'rgba(219, 231, 251, 0.9)';
  ctx.fill();
  ctx.strokeStyle = '#2563eb';
  ctx.lineWidth = px;
  ctx.stroke();
  const size = 13 * px;
  ctx.font = `bold ${size}px ${CANVAS_FONT}`;
  const width = ctx.measureText(label).width + 8 * px;
  ctx.fillStyle = '#1d4ed8';
  ctx.fillRect(left, top - size * 1.8, width, size * 1.5);
  ctx.fillStyle = '#fff';
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.fillText(label, left + 4 * px, top - size * 1.05);
}
