// For e2e tests and the bench: where a seat is on screen. Seats are painted in blocks, not as
// nodes, so there is no node to ask; this answers from the same venue maths the canvas uses.
import type { CanvasScene } from './scene/scene';

export interface CanvasProbe {
  /** The seat's rectangle in canvas pixels, or null. */
  seatOnScreen: (seatId: string) => { x: number; y: number; width: number; height: number } | null;
  seatCount: () => number;
}

declare global {
  interface Window {
    zuociCanvas?: CanvasProbe;
  }
}

export function exposeForTests(scene: CanvasScene): () => void {
  window.zuociCanvas = {
    seatOnScreen(seatId) {
      const s = scene.room?.seats.find((seat) => seat.seat.id === seatId);
      if (!s) return null;
      const v = scene.viewport;
      return { x: s.x * v.scale + v.x, y: s.y * v.scale + v.y, width: s.width * v.scale, height: s.height * v.scale };
    },
    seatCount: () => scene.room?.seats.length ?? 0,
  };
  return () => void delete window.zuociCanvas;
}
