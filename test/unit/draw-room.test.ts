// One drawing for screen and paper: the canvas draws the room from shared/draw, and the printed
// seat map must show the very same seat rectangles and table tops (U and 回字形 included), only
// scaled onto the page, in A-view and in R-view.
import { describe, expect, it } from 'vitest';
import { roomDrawing } from '../../shared/draw/room';
import { tableShapes } from '../../shared/draw/elements';
import { headDirection } from '../../shared/layout/tables';
import { emptyProject } from '../../shared/model/sample';
import type { Project, TableElement, Venue } from '../../shared/model/schema';
import { seatMapPages } from '../../shared/print/seat-map-layout';
import type { Shape } from '../../shared/print/shapes';

const table = (id: string, shape: TableElement['shape'], x: number, y: number, extra: Partial<TableElement> = {}): TableElement =>
  ({ id, kind: 'table', name: id, x, y, shape, purpose: 'meeting', sideSeats: 4, headSeats: 1, footSeats: 1, seatPitch: 70, main: false, ...extra });

/** A room with every element kind: rostrum, hall with aisles, objects, round, long, U and 回 tables. */
const venue: Venue = {
  name: '综合', width: 3200, depth: 2600, seatOverrides: {},
  elements: [
    { id: 'rostrum', kind: 'rostrum', name: '主席台', x: 900, y: 150, rows: [9, 7], seatPitch: 80, rowPitch: 150 },
    { id: 'hall', kind: 'hall', name: '台下', x: 800, y: 700, rows: 4, seatsPerRow: 12, aisles: [4, 8], seatPitch: 55, rowPitch: 90, aisleWidth: 120, numbering: 'centre-out' },
    { id: 'desk', kind: 'object', objectType: 'speaker-desk', label: '发言席', x: 500, y: 400, width: 100, depth: 60 },
    { id: 'screen', kind: 'object', objectType: 'screen', label: '屏幕', x: 3100, y: 1500, width: 30, depth: 300 },
    table('round', 'round', 500, 1700, { sideSeats: 10, purpose: 'banquet', main: true }),
    table('long', 'long', 1300, 1700),
    table('u', 'u', 2200, 1700, { headSeats: 2, footSeats: 0 }),
    table('hollow', 'hollow', 1500, 2250, { headSeats: 2, footSeats: 2, sideSeats: 5 }),
  ],
};
const project: Project = { ...emptyProject(venue), venue };

const rects = (shapes: Shape[]) => shapes.filter((s): s is Extract<Shape, { kind: 'rect' }> => s.kind === 'rect');
const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;

/** The page transform that maps the canvas's first seat onto some rectangle of the page, if any maps every seat. */
function matchEverySeat(page: Shape[], view: 'a' | 'r') {
  const seats = roomDrawing(venue).seats;
  const onPage = rects(page);
  const first = seats[0]!;
  for (const candidate of onPage) {
    const scale = candidate.width / first.width;
    if (!near(candidate.height, first.height * scale)) continue;
    // A-view keeps the corner, R-view turns the room round (the far corner lands there).
    const ox = view === 'a' ? candidate.x - first.x * scale : candidate.x + (first.x + first.width) * scale;
    const oy = view === 'a' ? candidate.y - first.y * scale : candidate.y + (first.y + first.height) * scale;
    const place = (x: number, y: number, w: number, h: number) => view === 'a'
      ? { x: ox + x * scale, y: oy + y * scale, width: w * scale, height: h * scale }
      : { x: ox - (x + w) * scale, y: oy - (y + h) * scale, width: w * scale, height: h * scale };
    const has = (r: { x: number; y: number; width: number; height: number }) =>
      onPage.some((p) => near(p.x, r.x) && near(p.y, r.y) && near(p.width, r.width) && near(p.height, r.height));
    if (seats.every((s) => has(place(s.x, s.y, s.width, s.height)))) return { place, has, count: seats.length };
  }
  return null;
}

describe('one drawing for screen and paper', () => {
  for (const view of ['a', 'r'] as const) {
    it(`the seat map draws every canvas seat rectangle and every table top, scaled (${view === 'a' ? 'A' : 'R'}-view)`, () => {
      const [page] = seatMapPages(project, { ...project.print.map, view });
      const match = matchEverySeat(page!.shapes, view);
      expect(match, 'every seat rectangle of the canvas on the page under one scale').not.toBeNull();
      expect(match!.count).toBe(16 + 48 + 10 + 10 + 10 + 14); // rostrum, hall, round, long, U, 回
      // Table tops: U is three bars, 回 four, as on the canvas.
      for (const element of venue.elements.filter((e): e is TableElement => e.kind === 'table' && e.shape !== 'round')) {
        const tops = tableShapes(element, headDirection(element, venue)).filter((s) => s.kind === 'rect');
        expect(tops).toHaveLength({ long: 1, u: 3, hollow: 4 }[element.shape as 'long' | 'u' | 'hollow']);
        for (const top of tops) if (top.kind === 'rect') expect(match!.has(match!.place(top.x, top.y, top.width, top.height)), `${element.id} top`).toBe(true);
      }
      expect(page!.shapes.filter((s) => s.kind === 'circle')).toHaveLength(1);
    });
  }
});
