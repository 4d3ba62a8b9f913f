// Canvas UI state, kept apart from the document store: viewport per session, the find box, the
// highlighted seat, the marquee and the hovered seat. Nothing here is ever undoable.
import { create } from 'zustand';
import { useZuoci } from '../store/store';
import type { Box, Viewport } from './viewport';

/** The session on screen: each session keeps its own viewport while the app runs. */
export const openSession = (): string => useZuoci.getState().sessionId;


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
  setViewport: (sessionId: string, viewport: Viewport) => void;
  /** Back to "fit the room" (another room was put in this session). */
  forgetViewport: (sessionId: string) => void;
  setHighlight: (seatId: string | null) => void;
  setMarquee: (box: Box | null) => void;
  setHover: (seatId: string | null) => void;
  setScreen: (width: number, height: number) => void;
  /** Seats drawn faded: their occupants are not in the room for the agenda item viewed (议题), or null. */
  dimmedSeatIds: ReadonlySet<string> | null;
  setDimmed: (seatIds: ReadonlySet<string> | null) => void;
  /** Seats used in turn (议题): seatId → the person shown there for the item viewed, or null. */
  seatTurns: Readonly<Record<string, string>> | null;
  setSeatTurns: (turns: Readonly<Record<string, string>> | null) => void;
}

export const useView = create<ViewState>()((set) => ({
  viewports: {},
  highlightSeatId: null,
  marquee: null,
  hoverSeatId: null,
  screen: { width: 800, height: 600 },
  setViewport: (sessionId, viewport) => set((s) => ({ viewports: { ...s.viewports, [sessionId]: viewport } })),
  forgetViewport: (sessionId) => set((s) => ({ viewports: Object.fromEntries(Object.entries(s.viewports).filter(([id]) => id !== sessionId)) })),
  setHighlight: (highlightSeatId) => set({ highlightSeatId }),
  setMarquee: (marquee) => set({ marquee }),
  setHover: (hoverSeatId) => set({ hoverSeatId }),
  setScreen: (width, height) => set({ screen: { width, height } }),
  dimmedSeatIds: null,
  setDimmed: (dimmedSeatIds) => set({ dimmedSeatIds }),
  seatTurns: null,
  setSeatTurns: (seatTurns) => set({ seatTurns }),
}));
