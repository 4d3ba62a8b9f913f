// Canvas UI state, kept apart from the document store: viewport per session, the find box, the
// highlighted seat, the marquee and the hovered seat. Nothing here is ever undoable.
import { create } from 'zustand';
import type { Box, Viewport } from './viewport';

/** Until the document has sessions, the one plan's viewport lives under this key. */
export const CURRENT_SESSION = 'current';

export interface ViewState {
  /** sessionId → viewport; absent means "fit the room". */
  viewports: Record<string, Viewport>;
  /** The seat find centred on, drawn with a ring until something else is found. */
  highlightSeatId: string | null;
  /** The marquee being dragged, in venue cm. */
  marquee: Box | null;
  /** The pointer's seat, for the hover name and explanation. */
  hoverSeatId: string | null;
  /** The canvas area in px, so actions (zoom, fit, centre) can work without the component. */
  screen: { width: number; height: number };
  /** Set by Ctrl+0 and by opening a plan: fit the room on the next frame. */
  fitRequest: number;
  setViewport: (sessionId: string, viewport: Viewport) => void;
  setHighlight: (seatId: string | null) => void;
  setMarquee: (box: Box | null) => void;
  setHover: (seatId: string | null) => void;
  setScreen: (width: number, height: number) => void;
  requestFit: () => void;
}

export const useView = create<ViewState>()((set) => ({
  viewports: {},
  highlightSeatId: null,
  marquee: null,
  hoverSeatId: null,
  screen: { width: 800, height: 600 },
  fitRequest: 0,
  setViewport: (sessionId, viewport) => set((s) => ({ viewports: { ...s.viewports, [sessionId]: viewport } })),
  setHighlight: (highlightSeatId) => set({ highlightSeatId }),
  setMarquee: (marquee) => set({ marquee }),
  setHover: (hoverSeatId) => set({ hoverSeatId }),
  setScreen: (width, height) => set({ screen: { width, height } }),
  requestFit: () => set((s) => ({ fitRequest: s.fitRequest + 1 })),
}));
