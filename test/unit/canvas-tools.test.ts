// The canvas tools as state machines, driven with a stand-in context: a click selects, Shift or
// Ctrl toggles, a drag changes the document once at the drop and not at all on Escape, a marquee
// selects what it touches, and the middle button or Space pans.
import { describe, expect, it } from 'vitest';
import { roomDrawing } from '../../shared/draw/room';
import { ROOM_TEMPLATES } from '../../shared/model/templates';
import { buildSeatIndex } from '../../renderer/canvas/seat-index';
import { idle } from '../../renderer/canvas/tools/idle';
import type { ToolContext, ToolPointer, ToolState } from '../../renderer/canvas/tools/tool';
import { toScreen, toVenue, type Box, type Viewport } from '../../renderer/canvas/viewport';

const room = roomDrawing(ROOM_TEMPLATES['大礼堂']!().venue);
const index = buildSeatIndex(room.seats);

function world(occupied: Record<string, string> = {}, space = false, refused: readonly string[] = []) {
  const log = { moves: [] as string[], marquee: [] as (Box | null)[], ghost: [] as (string | null)[] };
  let view: Viewport = { scale: 0.5, x: 0, y: 0 };
  let selected: string[] = [];
  let target: string | null = null;
  const ctx: ToolContext = {
    seatAt: (p) => {
      const v = toVenue(view, p.x, p.y);
      const i = index.seatAt(v.x, v.y);
      return i === undefined ? undefined : room.seats[i];
    },
    toVenue: (p) => toVenue(view, p.x, p.y),
    viewport: () => view,
    setViewport: (v) => (view = v),
    spaceHeld: () => space,
    selected: () => selected,
    select: (ids) => (selected = ids),
    seatIdsIn: (box) => index.seatsIn(box).map((i) => room.seats[i]!.seat.id),
    setMarquee: (box) => log.marquee.push(box),
    setHover: () => undefined,
    occupantName: (id) => occupied[id],
    setGhost: (text) => log.ghost.push(text),
    beginMove: (from) => log.moves.push(`begin ${from}`),
    previewMove: (to) => log.moves.push(`preview ${(target = to)}`),
    previewUnseat: () => {
      target = null;
      log.moves.push('unseat');
    },
    // The context refuses a drop on a locked occupant's seat (hand-placement.ts): cancelled, not kept.
    endMove: (keep) => {
      const kept = keep && !(target && refused.includes(target));
      log.moves.push(kept ? 'commit' : 'cancel');
      return kept;
    },
  };
  let state: ToolState = idle();
  const at = (seatId: string, dx = 0, dy = 0) => {
    const s = room.seats.find((seat) => seat.seat.id === seatId)!;
    const p = toScreen(view, s.x + s.width / 2, s.y + s.height / 2);
    return { x: p.x + dx, y: p.y + dy };
  };
  const pointer = (p: { x: number; y: number }, extra: Partial<ToolPointer> = {}): ToolPointer => ({ ...p, button: 0, additive: false, ...extra });
  return {
    ctx, log, at,
    get state() { return state; },
    get selected() { return selected; },
    get view() { return view; },
    down: (p: { x: number; y: number }, extra?: Partial<ToolPointer>) => (state = state.down?.(ctx, pointer(p, extra)) ?? state),
    move: (p: { x: number; y: number }, extra?: Partial<ToolPointer>) => (state = state.move?.(ctx, pointer(p, extra)) ?? state),
    up: (p: { x: number; y: number }, extra?: Partial<ToolPointer>) => (state = state.up?.(ctx, pointer(p, extra)) ?? state),
    escape: () => (state = state.cancel?.(ctx) ?? state),
  };
}

describe('canvas tools', () => {
  it('a click selects a seat; Shift or Ctrl adds and removes; a click on the floor clears', () => {
    const w = world();
    w.down(w.at('hall-1:1-1'));
    expect(w.state.name).toBe('pointing');
    w.up(w.at('hall-1:1-1'));
    expect(w.selected).toEqual(['hall-1:1-1']);
    w.down(w.at('hall-1:1-2'), { additive: true });
    w.up(w.at('hall-1:1-2'), { additive: true });
    expect(w.selected).toEqual(['hall-1:1-1', 'hall-1:1-2']);
    w.down(w.at('hall-1:1-1'), { additive: true });
    w.up(w.at('hall-1:1-1'), { additive: true });
    expect(w.selected).toEqual(['hall-1:1-2']);
    w.down({ x: 2, y: 2 });
    w.up({ x: 2, y: 2 });
    expect(w.selected).toEqual([]);
    expect(w.state.name).toBe('idle');
  });

  it('dragging a seated person is one gesture: begun once, previewed seat by seat, kept at the drop', () => {
    const w = world({ 'hall-1:1-1': '王建国' });
    w.down(w.at('hall-1:1-1'));
    for (let dy = 0; dy <= 20; dy += 10) w.move(w.at('hall-1:1-1', 0, dy)); // still over its own seat
    expect(w.state.name).toBe('dragging');
    w.move(w.at('hall-1:2-1'));
    w.move(w.at('hall-1:2-1', 3, 0));
    w.move(w.at('hall-1:3-5'));
    w.up(w.at('hall-1:3-5'));
    expect(w.log.moves).toEqual(['begin hall-1:1-1', 'preview hall-1:2-1', 'preview hall-1:3-5', 'commit']);
    expect(w.selected).toEqual(['hall-1:3-5']);
    expect(w.log.ghost.at(-1)).toBeNull();
  });

  it('Escape during a drag leaves the plan as it was; a drop on clear floor unseats, one between seats does nothing', () => {
    const w = world({ 'hall-1:1-1': '王建国' });
    w.down(w.at('hall-1:1-1'));
    w.move(w.at('hall-1:3-5'));
    w.escape();
    w.up(w.at('hall-1:3-5'));
    expect(w.log.moves).toEqual(['begin hall-1:1-1', 'preview hall-1:3-5', 'cancel']);
    expect(w.state.name).toBe('idle');
    w.log.moves.length = 0;
    w.down(w.at('hall-1:1-1'));
    w.move(w.at('hall-1:3-5'));
    w.up({ x: 1, y: 1 });
    expect(w.log.moves).toEqual(['begin hall-1:1-1', 'preview hall-1:3-5', 'unseat', 'commit']);
    expect(w.selected).toEqual([]);
    // Just off a seat, in the gap beside it: still near the seats, so back in the own seat and no step.
    w.log.moves.length = 0;
    const gap = w.at('hall-1:3-5', 0, 0);
    const s = room.seats.find((seat) => seat.seat.id === 'hall-1:3-5')!;
    w.down(w.at('hall-1:1-1'));
    w.move(gap);
    w.up({ x: gap.x, y: gap.y + (s.height / 2 + 2) * w.view.scale });
    expect(w.log.moves).toEqual(['begin hall-1:1-1', 'preview hall-1:3-5', 'preview null', 'cancel']);
  });

  it('a drop the context refuses (a locked occupant) is cancelled and leaves the selection alone', () => {
    const w = world({ 'hall-1:1-1': '王建国', 'hall-1:1-2': '李明' }, false, ['hall-1:1-2']);
    w.ctx.select(['hall-1:5-5']);
    w.down(w.at('hall-1:1-1'));
    w.move(w.at('hall-1:1-2'));
    w.up(w.at('hall-1:1-2'));
    expect(w.log.moves).toEqual(['begin hall-1:1-1', 'preview hall-1:1-2', 'cancel']);
    expect(w.selected).toEqual(['hall-1:5-5']);
  });

  it('a marquee from the floor selects the seats it touches; Shift adds; Escape keeps the selection', () => {
    const w = world();
    const from = w.at('hall-1:5-2', -2, -12); // the gap above row 5
    const to = w.at('hall-1:6-4', 2, 12);
    w.down(from);
    w.move(to);
    expect(w.state.name).toBe('marquee');
    w.up(to);
    expect(w.selected.sort()).toEqual(['hall-1:5-2', 'hall-1:5-3', 'hall-1:5-4', 'hall-1:6-2', 'hall-1:6-3', 'hall-1:6-4']);
    expect(w.log.marquee.at(-1)).toBeNull();
    w.down(w.at('hall-1:10-10', 0, -15), { additive: true });
    w.move(w.at('hall-1:10-10', 0, 15), { additive: true });
    w.up(w.at('hall-1:10-10', 0, 15), { additive: true });
    expect(w.selected).toHaveLength(7);
    w.down(from);
    w.move(w.at('hall-1:12-12'));
    w.escape();
    expect(w.selected).toHaveLength(7);
  });

  it('pans with the middle button, or with Space held', () => {
    for (const [w, button] of [[world(), 1], [world({}, true), 0]] as const) {
      w.down({ x: 100, y: 100 }, { button });
      expect(w.state.name).toBe('panning');
      w.move({ x: 130, y: 90 }, { button });
      w.move({ x: 150, y: 80 }, { button });
      w.up({ x: 150, y: 80 }, { button });
      expect(w.view).toEqual({ scale: 0.5, x: 50, y: -20 });
      expect(w.selected).toEqual([]);
    }
  });
});
