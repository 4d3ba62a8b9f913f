// Canvas tools as small state machines (tldraw's SelectTool child states): each state handles the
// pointer and returns the next state. States only ask the context; the context touches the stores.
import type { DrawnSeat } from '../../../shared/draw/room';
import type { Box, Viewport } from '../viewport';

export interface Point {
  x: number;
  y: number;
}

/** A pointer event in canvas pixels. */
export interface ToolPointer extends Point {
  button: number;
  /** Shift, or Ctrl/⌘: add to or remove from the selection. */
  additive: boolean;
}

export interface ToolContext {
  seatAt: (screen: Point) => DrawnSeat | undefined;
  toVenue: (screen: Point) => Point;
  viewport: () => Viewport;
  setViewport: (viewport: Viewport) => void;
  /** Space is held down: a left drag pans. */
  spaceHeld: () => boolean;
  selected: () => readonly string[];
  select: (seatIds: string[]) => void;
  seatIdsIn: (box: Box) => string[];
  setMarquee: (box: Box | null) => void;
  setHover: (seatId: string | null) => void;
  occupantName: (seatId: string) => string | undefined;
  setGhost: (text: string | null, at?: Point) => void;
  /**
   * Moving a seated person is one gesture (the store's gesture API): begun when the drag starts,
   * previewed on each seat it passes (null: back where they were) or off the seats (unseated), and
   * ended either as one undo step or, on Escape, as if it never happened. `endMove(true)` answers
   * whether the move was made: a drop the rules refuse (a locked occupant) is cancelled with a notice.
   */
  beginMove: (fromSeatId: string) => void;
  previewMove: (toSeatId: string | null) => void;
  previewUnseat: () => void;
  endMove: (keep: boolean) => boolean;
}

export interface ToolState {
  readonly name: 'idle' | 'pointing' | 'dragging' | 'panning' | 'marquee';
  down?: (ctx: ToolContext, e: ToolPointer) => ToolState;
  move?: (ctx: ToolContext, e: ToolPointer) => ToolState;
  up?: (ctx: ToolContext, e: ToolPointer) => ToolState;
  /** Escape, or the pointer lost: undo whatever the gesture showed, change nothing. */
  cancel?: (ctx: ToolContext) => ToolState;
}

/** Pixels the pointer must travel before a press becomes a drag. */
export const DRAG_DISTANCE = 4;
export const moved = (a: Point, b: Point): boolean => Math.hypot(a.x - b.x, a.y - b.y) > DRAG_DISTANCE;
