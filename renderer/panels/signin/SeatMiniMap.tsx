// The room in small for the desk: every seat a dot, those checked in green, the person's seat red
// with a ring, so staff can point the way. Drawn from the same room drawing as the canvas.
import { useEffect, useRef } from 'react';
import type { Venue } from '../../../shared/model/schema';
import { drawingFor } from '../../canvas/room-cache';

const WIDTH = 420;
const HEIGHT = 300;

export function SeatMiniMap({ venue, seatId, presentSeats }: { venue: Venue; seatId: string | undefined; presentSeats: ReadonlySet<string> }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const scale = Math.min(WIDTH / venue.width, HEIGHT / venue.depth);
  const width = Math.max(1, Math.round(venue.width * scale));
  const height = Math.max(1, Math.round(venue.depth * scale));
  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    const drawing = drawingFor(venue);
    ctx.clearRect(0, 0, width, height);
    ctx.fillStyle = '#fafaf9';
    ctx.fillRect(0, 0, width, height);
    const paint = (color: string, test: (id: string) => boolean) => {
      ctx.fillStyle = color;
      ctx.beginPath();
      for (const s of drawing.seats) if (test(s.seat.id)) ctx.rect(s.x * scale, s.y * scale, Math.max(1.5, s.width * scale), Math.max(1.5, s.height * scale));
      ctx.fill();
    };
    paint('#d6d3d1', (id) => !presentSeats.has(id) && id !== seatId);
    paint('#16a34a', (id) => presentSeats.has(id) && id !== seatId);
    const target = seatId ? drawing.seats.find((s) => s.seat.id === seatId) : undefined;
    if (target) {
      const cx = (target.x + target.width / 2) * scale;
      const cy = (target.y + target.height / 2) * scale;
      ctx.fillStyle = '#dc2626';
      ctx.fillRect(target.x * scale - 1, target.y * scale - 1, Math.max(4, target.width * scale + 2), Math.max(4, target.height * scale + 2));
      ctx.strokeStyle = '#dc2626';
      ctx.lineWidth = 3;
      ctx.beginPath();
      ctx.arc(cx, cy, 14, 0, Math.PI * 2);
      ctx.stroke();
    }
  }, [venue, seatId, presentSeats, width, height, scale]);
  return <canvas ref={canvas} className="signin-map" data-testid="signin-map" data-seat={seatId ?? ''} width={width} height={height} />;
}
