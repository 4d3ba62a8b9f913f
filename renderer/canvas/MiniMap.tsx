// A small map of the whole room with the part on screen framed; shown only when the room is
// larger than the window. Clicking or dragging in it moves the view there.
import { useEffect, useRef } from 'react';
import { useZuoci } from '../store/store';
import { drawingFor } from './room-cache';
import { currentViewport } from './view-commands';
import { openSession, useView } from './view-store';
import { centreOn, visibleBox } from './viewport';

const MAX_WIDTH = 180;
const MAX_HEIGHT = 160;

export function MiniMap() {
  const canvas = useRef<HTMLCanvasElement>(null);
  const venue = useZuoci((state) => state.project.venue);
  const scale = Math.min(MAX_WIDTH / venue.width, MAX_HEIGHT / venue.depth);
  const width = Math.round(venue.width * scale);
  const height = Math.round(venue.depth * scale);
  const sessionId = useZuoci((state) => state.sessionId);
  const larger = useView((state) => {
    const view = state.viewports[sessionId];
    if (!view) return false;
    const seen = visibleBox(view, state.screen.width, state.screen.height);
    return seen.x > 1 || seen.y > 1 || seen.x + seen.width < venue.width - 1 || seen.y + seen.height < venue.depth - 1;
  });

  useEffect(() => {
    if (!larger) return;
    const drawing = drawingFor(venue);
    const paint = () => {
      const ctx = canvas.current?.getContext('2d');
      if (!ctx) return;
      ctx.clearRect(0, 0, width, height);
      ctx.fillStyle = '#fafaf9';
      ctx.fillRect(0, 0, width, height);
      ctx.fillStyle = '#cbd5e1';
      for (const b of drawing.blocks) ctx.fillRect(b.box.x * scale, b.box.y * scale, Math.max(1, b.box.width * scale), Math.max(1, b.box.height * scale));
      const { screen } = useView.getState();
      const seen = visibleBox(currentViewport(), screen.width, screen.height);
      ctx.strokeStyle = '#b91c1c';
      ctx.lineWidth = 2;
      ctx.strokeRect(seen.x * scale, seen.y * scale, seen.width * scale, seen.height * scale);
    };
    paint();
    return useView.subscribe(paint);
  }, [larger, venue, width, height, scale]);

  if (!larger) return null;
  const moveTo = (event: React.PointerEvent) => {
    if (event.type === 'pointermove' && event.buttons !== 1) return;
    const box = event.currentTarget.getBoundingClientRect();
    const { screen, setViewport } = useView.getState();
    setViewport(openSession(), centreOn(currentViewport(), (event.clientX - box.left) / scale, (event.clientY - box.top) / scale, screen.width, screen.height));
  };
  return (
    <canvas
      ref={canvas} className="mini-map" data-testid="mini-map" width={width} height={height}
      onPointerDown={(e) => { e.stopPropagation(); moveTo(e); }} onPointerMove={(e) => { e.stopPropagation(); moveTo(e); }}
    />
  );
}
