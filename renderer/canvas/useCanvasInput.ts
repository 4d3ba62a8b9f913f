// Pointer, wheel and Space on the canvas, fed to the tool state machine. Wheel and pinch zoom at
// the pointer (pinch arrives as Ctrl+wheel); Escape cancels the gesture under way.
import { useEffect, useRef } from 'react';
import { isTextField } from '../actions/text-field';
import { withLayoutMode } from './design/mode';
import type { CanvasScene } from './scene/scene';
import { toolContext } from './tool-context';
import { idle } from './tools/idle';
import type { ToolPointer, ToolState } from './tools/tool';
import { openSession, useView } from './view-store';
import { zoomAt } from './viewport';

export function useCanvasInput(container: React.RefObject<HTMLDivElement | null>, scene: React.RefObject<CanvasScene | null>): React.RefObject<ToolState> {
  const tool = useRef<ToolState>(idle());
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let space = false;
    // Space over the canvas pans, even when a toolbar button still has the focus (it must not click it).
    let pointerOver = false;
    // One context for the input's life: a move under way keeps its starting plan there.
    let made: ReturnType<typeof toolContext> | null = null;
    const context = () => (made ??= toolContext(scene.current!, () => space));
    const pointer = (event: PointerEvent | MouseEvent): ToolPointer => {
      const box = element.getBoundingClientRect();
      return { x: event.clientX - box.left, y: event.clientY - box.top, button: event.button, additive: event.shiftKey || event.ctrlKey || event.metaKey };
    };
    const run = (step: (state: ToolState) => ToolState | undefined) => {
      if (scene.current) tool.current = step(withLayoutMode(tool.current, scene.current, context())) ?? tool.current;
      element.dataset.tool = tool.current.name;
    };
    const onDown = (event: PointerEvent) => {
      // Only presses on the drawing itself: the mini-map, zoom buttons and menus handle their own.
      if (event.button === 2 || !(event.target as Element).closest('.canvas-host')) return;
      if (event.button === 1) event.preventDefault(); // no autoscroll
      // Keep receiving moves outside the canvas; a synthetic event has no pointer to capture.
      if (event.isTrusted) element.setPointerCapture(event.pointerId);
      run((s) => s.down?.(context(), pointer(event)));
    };
    const onMove = (event: PointerEvent) => run((s) => s.move?.(context(), pointer(event)));
    const onUp = (event: PointerEvent) => run((s) => s.up?.(context(), pointer(event)));
    const onLost = () => run((s) => s.cancel?.(context()));
    const onEnter = () => (pointerOver = true);
    const onLeave = () => {
      pointerOver = false;
      useView.getState().setHover(null);
    };
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      // Pinch and Ctrl+wheel are finer-grained than a mouse wheel's notches.
      const factor = Math.exp(-event.deltaY * (event.ctrlKey ? 0.01 : 0.0015));
      const view = scene.current!.viewport;
      useView.getState().setViewport(openSession(), zoomAt(view, factor, pointer(event)));
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTextField(event.target)) return;
      if (event.code === 'Space') {
        space = true;
        element.dataset.space = 'true';
        if (pointerOver || event.target === document.body || element.contains(event.target as Node)) event.preventDefault();
      }
      if (event.key === 'Escape' && tool.current.name !== 'idle') {
        event.preventDefault(); // the gesture takes the Escape: the selection stays
        run((s) => s.cancel?.(context()));
      }
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.code === 'Space') {
        // A focused button activates on Space's release: not while Space was panning the canvas.
        if (space && pointerOver && !isTextField(event.target)) event.preventDefault();
        space = false;
        delete element.dataset.space;
      }
    };
    // One signal takes every listener off again when the canvas goes.
    const listening = new AbortController();
    const { signal } = listening;
    element.addEventListener('pointerdown', onDown, { signal });
    element.addEventListener('pointermove', onMove, { signal });
    element.addEventListener('pointerup', onUp, { signal });
    element.addEventListener('lostpointercapture', onLost, { signal });
    element.addEventListener('pointerenter', onEnter, { signal });
    element.addEventListener('pointerleave', onLeave, { signal });
    element.addEventListener('wheel', onWheel, { passive: false, signal });
    window.addEventListener('keydown', onKeyDown, { signal });
    window.addEventListener('keyup', onKeyUp, { signal });
    return () => listening.abort();
  }, [container, scene]);
  return tool;
}
