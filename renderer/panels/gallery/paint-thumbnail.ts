// A room template's thumbnail: the same room drawing as the canvas and the seat map (shared/draw),
// painted small with the 2D canvas API — floor, platforms, tables, objects and every seat, but no
// text (a label a few pixels high is noise; the card says the name and the seat count).
import type { RoomDrawing } from '../../../shared/draw/room';
import type { Background } from '../../../shared/model/background';

/** A traced room's floor plan, decoded, to show faded under the thumbnail's room as on the canvas. */
export interface ThumbnailPlan {
  background: Background;
  image: CanvasImageSource & { naturalWidth: number; naturalHeight: number };
}

export function paintThumbnail(ctx: CanvasRenderingContext2D, drawing: RoomDrawing, width: number, height: number, plan?: ThumbnailPlan): void {
  const pad = 4;
  const scale = Math.min((width - 2 * pad) / Math.max(1, drawing.width), (height - 2 * pad) / Math.max(1, drawing.depth));
  ctx.clearRect(0, 0, width, height);
  ctx.save();
  ctx.translate((width - drawing.width * scale) / 2, (height - drawing.depth * scale) / 2);
  ctx.scale(scale, scale);
  ctx.lineWidth = 1 / scale;
  ctx.fillStyle = '#fafaf9';
  ctx.strokeStyle = '#a8a29e';
  ctx.fillRect(0, 0, drawing.width, drawing.depth);
  ctx.strokeRect(0, 0, drawing.width, drawing.depth);
  if (plan) {
    const { background: b, image } = plan;
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, 0, drawing.width, drawing.depth);
    ctx.clip();
    ctx.globalAlpha = b.opacity;
    ctx.drawImage(image, b.x, b.y, image.naturalWidth * b.cmPerPixel, image.naturalHeight * b.cmPerPixel);
    ctx.restore();
  }
  for (const shape of drawing.shapes) {
    if (shape.kind === 'text') continue;
    ctx.fillStyle = shape.kind !== 'line' && shape.fill ? shape.fill : 'transparent';
    ctx.strokeStyle = shape.stroke ?? 'transparent';
    ctx.beginPath();
    if (shape.kind === 'rect') ctx.rect(shape.x, shape.y, shape.width, shape.height);
    else if (shape.kind === 'circle') ctx.arc(shape.x, shape.y, shape.radius, 0, 2 * Math.PI);
    else if (shape.kind === 'polygon') {
      shape.points.forEach((point, i) => (i === 0 ? ctx.moveTo(point.x, point.y) : ctx.lineTo(point.x, point.y)));
      if (shape.closed) ctx.closePath();
    } else {
      ctx.moveTo(shape.x1, shape.y1);
      ctx.lineTo(shape.x2, shape.y2);
    }
    if (shape.kind !== 'line') ctx.fill();
    ctx.stroke();
  }
  // Seats: rostrum seats in the canvas's warm tone, the rest grey, so the top table stands out.
  for (const { seat, x, y, width: w, height: h } of drawing.seats) {
    ctx.fillStyle = seat.disabled ? '#e7e5e4' : seat.zone === 'rostrum' ? '#b45309' : '#57534e';
    ctx.fillRect(x, y, w, h);
  }
  ctx.restore();
}
