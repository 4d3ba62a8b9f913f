// bench/canvas, layout mode (issue 9): dragging the 10,000-seat hall block in 布置. Frame time =
// the pointer move's handler plus the next frame's drawing, as for the pan; the drop = pointerup's
// handler (the move written to the document as one undo step, the room rebuilt from it) plus the
// next frame. The bare-Konva figures come from the same run's baseline page (bench/canvas.ts).
import type { Page } from 'playwright-core';

const DROPS = 5;
const MOVES = 40;

/** In the page: a handler's time plus the drawing of the frame it causes (the app and the bare page alike). */
const TIMED = `const timed = async (fire) => {
      let frameStart = 0;
      requestAnimationFrame(() => { frameStart = performance.now(); });
      const h0 = performance.now();
      fire();
      const handler = performance.now() - h0;
      const drawn = await new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now() - frameStart)));
      return handler + drawn;
    };`;

export interface DragFigures {
  /** The first move: the block's picture is made and its own nodes hidden. */
  lift: number[];
  moves: number[];
  drops: number[];
}

/** Drag the block whose seat `seatId` is, DROPS times, each with MOVES moves. */
export async function measureBlockDrag(page: Page, seatId: string): Promise<DragFigures> {
  await page.click('[data-action="layoutMode"]');
  await page.click('[data-action="zoomFit"]');
  return page.evaluate(`(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    ${TIMED}
    const lift = [], moves = [], drops = [];
    for (let d = 0; d < ${DROPS}; d++) {
      const r = window.zuociCanvas.seatOnScreen(${JSON.stringify(seatId)});
      const x0 = window.__box.left + r.x + r.width / 2, y0 = window.__box.top + r.y + r.height / 2;
      const sign = d % 2 ? -1 : 1;
      window.__fire('pointerdown', { button: 0, buttons: 1, clientX: x0, clientY: y0 });
      await frame();
      for (let i = 1; i <= ${MOVES}; i++) {
        const t = await timed(() => window.__fire('pointermove', { button: -1, buttons: 1, clientX: x0 + sign * (8 + i * 2), clientY: y0 + sign * (4 + i) }));
        (i === 1 ? lift : moves).push(t);
      }
      drops.push(await timed(() => window.__fire('pointerup', { button: 0, clientX: x0 + sign * (8 + ${MOVES} * 2), clientY: y0 + sign * (4 + ${MOVES}) })));
      await frame();
    }
    return { lift, moves, drops };
  })()`) as Promise<DragFigures>;
}

/** The bare baseline: a layer of 10,000 rects + labels moved as a whole (what a drag could cost at least without a picture), and the same nodes rebuilt (what a drop must at least redo). */
export async function measureBareDrag(bare: Page): Promise<{ moves: number[]; rebuilds: number[] }> {
  return bare.evaluate(`(async () => {
    ${TIMED}
    window.__stage.position({ x: 0, y: 0 });
    const layer = window.__stage.getLayers()[0];
    const moves = [], rebuilds = [];
    for (let i = 1; i <= ${MOVES}; i++) moves.push(await timed(() => { layer.position({ x: i * 2, y: i }); layer.batchDraw(); }));
    for (let d = 0; d < ${DROPS}; d++) {
      rebuilds.push(await timed(() => {
        layer.destroyChildren();
        for (let r = 0; r < 100; r++) for (let c = 0; c < 100; c++) {
          layer.add(new Konva.Rect({ x: c * 12 + d, y: r * 10, width: 10, height: 8, fill: '#dbe7fb', stroke: '#8a8a8a', strokeWidth: 0.3, listening: false, perfectDrawEnabled: false }));
          layer.add(new Konva.Text({ x: c * 12 + d, y: r * 10 + 2, text: '王建国', fontSize: 3, listening: false, perfectDrawEnabled: false }));
        }
        layer.batchDraw();
      }));
    }
    return { moves, rebuilds };
  })()`) as Promise<{ moves: number[]; rebuilds: number[] }>;
}
