// One room's picture for the template gallery, painted once per room (rooms are immutable).
import { useEffect, useRef } from 'react';
import type { RoomDrawing } from '../../../shared/draw/room';
import type { Background } from '../../../shared/model/background';
import { paintThumbnail } from './paint-thumbnail';

export const THUMBNAIL_WIDTH = 200;
export const THUMBNAIL_HEIGHT = 140;

export function RoomThumbnail({ drawing, background }: { drawing: RoomDrawing; background?: Background }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ratio = window.devicePixelRatio || 1;
    const element = canvas.current!;
    element.width = THUMBNAIL_WIDTH * ratio;
    element.height = THUMBNAIL_HEIGHT * ratio;
    const ctx = element.getContext('2d')!;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    paintThumbnail(ctx, drawing, THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT);
    if (!background) return;
    // A traced room: painted again with its floor plan once the picture has decoded.
    let current = true;
    const image = new Image();
    image.onload = () => current && paintThumbnail(ctx, drawing, THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT, { background, image });
    image.src = background.image;
    return () => void (current = false);
  }, [drawing, background]);
  return <canvas ref={canvas} className="room-thumbnail" style={{ width: THUMBNAIL_WIDTH, height: THUMBNAIL_HEIGHT }} data-seats={drawing.seats.length} />;
}
