// For e2e tests and the bench: where a seat is on screen. Seats are painted in blocks, not as
// nodes, so there is no node to ask; this answers from the same venue maths the canvas uses.
import type { CanvasScene } from './scene/scene';
import { openSession, useView } from './view-store';
import { fitBox } from './viewport';
import { elementBox } from '../../shared/model/element-frame';
import { useZuoci } from '../store/store';

/** Which seats to bring into view: a zone's row, an element, or one seat. */
export interface SeatFilter {
  zone?: string;
  row?: number;
  elementId?: string;
}

export interface CanvasProbe {
  /** The seat's rectangle in canvas pixels, or null. */
  seatOnScreen: (seatId: string) => { x: number; y: number; width: number; height: number } | null;
  seatCount: () => number;
  /** Each element's box on the canvas, in px from the canvas's top-left. */
  elementsOnScreen: () => { id: string; x: number; y: number; width: number; height: number }[];
  /** The seat find ringed, if any. */
  highlighted: () => string | null;
  /** Zoom and pan so these seats fill the canvas, as a user would to read them. */
  frame: (filter: SeatFilter) => void;
  /** 底图: the floor plan picture as drawn (room cm, opacity), or null when there is none. */
  floorPlan: () => { x: number; y: number; width: number; height: number; opacity: number; pixels: { width: number; height: number }; onScreen: { x: number; y: number; width: number; height: number } } | null;
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
    elementsOnScreen() {
      const v = scene.viewport;
      return useZuoci.getState().project.venue.elements.map((e) => {
        const b = elementBox(e);
        return { id: e.id, x: b.x * v.scale + v.x, y: b.y * v.scale + v.y, width: b.width * v.scale, height: b.height * v.scale };
      });
    },
    highlighted: () => useView.getState().highlightSeatId,
    floorPlan() {
      const shown = scene.floorPlan.shown;
      const v = scene.viewport;
      return shown && { ...shown, onScreen: { x: shown.x * v.scale + v.x, y: shown.y * v.scale + v.y, width: shown.width * v.scale, height: shown.height * v.scale } };
    },
    frame(filter) {
      const seats = (scene.room?.seats ?? []).filter(({ seat }) =>
        (filter.zone === undefined || seat.zone === filter.zone) && (filter.row === undefined || seat.row === filter.row) &&
        (filter.elementId === undefined || seat.elementId === filter.elementId));
      if (!seats.length) return;
      const x = Math.min(...seats.map((s) => s.x));
      const y = Math.min(...seats.map((s) => s.y));
      const box = { x, y, width: Math.max(...seats.map((s) => s.x + s.width)) - x, height: Math.max(...seats.map((s) => s.y + s.height)) - y };
      useView.getState().setViewport(openSession(), fitBox(box, scene.stage.width(), scene.stage.height()));
    },
  };
  return () => void delete window.zuociCanvas;
}
