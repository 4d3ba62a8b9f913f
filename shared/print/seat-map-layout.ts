// 座次图 (protocol 7): the venue drawn to scale on A4 or A3, A-view with the rostrum at the top (or
// R-view), title, date and place, names shrinking to fit, row labels and seat numbers, objects,
// a legend, the 送审稿 watermark until approved, and an approval block. A hall too large to read
// on one page continues on further pages, one aisle block at a time, after a key plan.
import type { HallElement, Project, SeatMapSettings } from '../model/schema';
import { deriveSeats, hallDepth, hallWidth, rostrumDepth, rostrumWidth, type Seat } from '../layout/seats';
import { headDirection } from '../layout/tables';
import { tableShapes } from '../draw/elements';
import { shapeOnPage } from '../draw/on-page';
import { SEAT_SIZE } from '../draw/seat-box';
import { chineseNumber } from '../arrange/explain';
import { blockOf } from '../arrange/hall-blocks';
import { paperSize, type PrintPage, type Shape } from './shapes';
import { legendStyles, seatStyle } from './seat-map-style';

const MARGIN = 12;
const HEADER = 24;
const FOOTER = 22;
/** Seat sizes in venue centimetres, as on the canvas. */
const SEAT_CM = SEAT_SIZE;
/** Below this width on paper a hall seat's name cannot be read: the hall goes onto more pages. */
const MIN_SEAT_MM = 6;
/** Detail pages do not blow a few rows up beyond this. */
const MAX_SEAT_MM = 14;

interface Box { minX: number; minY: number; maxX: number; maxY: number }

interface Frame {
  /** Venue centimetres to page millimetres, A-view or turned round for R-view. */
  toPage: (x: number, y: number) => { x: number; y: number };
  scale: number;
}

function frameFor(box: Box, area: Box, view: SeatMapSettings['view'], maxScale = Infinity): Frame {
  const scale = Math.min(maxScale, (area.maxX - area.minX) / (box.maxX - box.minX), (area.maxY - area.minY) / (box.maxY - box.minY));
  const offsetX = area.minX + ((area.maxX - area.minX) - (box.maxX - box.minX) * scale) / 2;
  const offsetY = area.minY + ((area.maxY - area.minY) - (box.maxY - box.minY) * scale) / 2;
  const toPage = view === 'a'
    ? (x: number, y: number) => ({ x: offsetX + (x - box.minX) * scale, y: offsetY + (y - box.minY) * scale })
    : (x: number, y: number) => ({ x: offsetX + (box.maxX - x) * scale, y: offsetY + (box.maxY - y) * scale });
  return { toPage, scale };
}

/** The venue's content (elements and seats), with room for labels around it. */
function contentBox(project: Project, seats: readonly Seat[], only?: (seat: Seat) => boolean): Box {
  const points: [number, number][] = [];
  for (const seat of seats) if (!only || only(seat)) points.push([seat.x - 60, seat.y - 40], [seat.x + 60, seat.y + 40]);
  if (!only) {
    for (const e of project.venue.elements) {
      if (e.kind === 'object') points.push([e.x, e.y], [e.x + e.width, e.y + e.depth]);
      if (e.kind === 'rostrum') points.push([e.x, e.y - 80], [e.x + rostrumWidth(e), e.y + rostrumDepth(e)]);
      if (e.kind === 'hall') points.push([e.x - 140, e.y - 60], [e.x + hallWidth(e), e.y + hallDepth(e)]);
    }
  }
  if (points.length === 0) points.push([0, 0], [project.venue.width, project.venue.depth]);
  return {
    minX: Math.min(...points.map((p) => p[0])), minY: Math.min(...points.map((p) => p[1])),
    maxX: Math.max(...points.map((p) => p[0])), maxY: Math.max(...points.map((p) => p[1])),
  };
}

function rowLabel(row: number, style: SeatMapSettings['rowLabels']): string {
  return `第${style === 'chinese' ? chineseNumber(row) : row}排`;
}

function drawSeats(project: Project, seats: readonly Seat[], frame: Frame, withNames: boolean): Shape[] {
  const people = new Map(project.people.map((p) => [p.id, p]));
  return seats.flatMap((seat) => {
    const person = people.get(project.assignment[seat.id] ?? '');
    const style = seatStyle(person);
    const size = SEAT_CM[seat.zone];
    const w = size.width * frame.scale;
    const h = size.height * frame.scale;
    const centre = frame.toPage(seat.x, seat.y);
    const shapes: Shape[] = [{
      kind: 'rect', x: centre.x - w / 2, y: centre.y - h / 2, width: w, height: h,
      fill: seat.disabled ? '#9ca3af' : style.fill, stroke: '#374151', lineWidth: style.lineWidth, ...(style.dash ? { dash: style.dash } : {}),
    }];
    // The seat number, small, at the top of the seat.
    shapes.push({ kind: 'text', text: seat.label, x: centre.x, y: centre.y - h * 0.32, size: Math.min(h * 0.22, 2.2), color: '#6b7280' });
    if (person && withNames) {
      const chars = Math.max(2, [...person.name].length);
      shapes.push({ kind: 'text', text: person.name, x: centre.x, y: centre.y + h * 0.12, size: Math.min(h * 0.42, (w * 0.9) / chars, 5), maxWidth: w * 0.92 });
    }
    return shapes;
  });
}

function drawElements(project: Project, frame: Frame, settings: SeatMapSettings): Shape[] {
  const shapes: Shape[] = [];
  const rect = (x: number, y: number, w: number, h: number, fill: string, stroke = '#9ca3af'): Shape => {
    const a = frame.toPage(x, y);
    const b = frame.toPage(x + w, y + h);
    return { kind: 'rect', x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(b.x - a.x), height: Math.abs(b.y - a.y), fill, stroke, lineWidth: 0.3 };
  };
  const label = (text: string, x: number, y: number, size: number, color = '#111827'): Extract<Shape, { kind: 'text' }> => ({ kind: 'text', text, ...frame.toPage(x, y), size, color });
  for (const e of project.venue.elements) {
    if (e.kind === 'rostrum') {
      shapes.push(rect(e.x - 20, e.y - 60, rostrumWidth(e) + 40, rostrumDepth(e) + 60, '#fbf3ea', '#c8a27a'));
      e.rows.forEach((_, i) => shapes.push(rect(e.x, e.y + (i + 0.82) * e.rowPitch, rostrumWidth(e), e.rowPitch * 0.14, '#d6b48f', '#c8a27a')));
      shapes.push(label(e.name, e.x + rostrumWidth(e) / 2, e.y - 30, Math.max(3, 40 * frame.scale)));
    } else if (e.kind === 'hall') {
      // A single row (wall seats) is named, not numbered.
      for (let row = 1; row <= e.rows; row++) {
        const text = e.rows === 1 ? e.name : rowLabel(row, settings.rowLabels);
        shapes.push({ ...label(text, e.x - 20, e.y + (row - 0.5) * e.rowPitch, Math.min(3, 26 * frame.scale), '#4b5563'), align: settings.view === 'a' ? 'right' : 'left' });
      }
    } else if (e.kind === 'object') {
      shapes.push(rect(e.x, e.y, e.width, e.depth, '#f3f4f6', '#6b7280'));
      shapes.push(label(e.label, e.x + e.width / 2, e.y + e.depth / 2, Math.min(3, Math.max(1.8, 22 * frame.scale))));
    } else if (e.kind === 'table') {
      // The canvas's own table drawing (round, long, U, 回字形), scaled onto the page.
      shapes.push(...tableShapes(e, headDirection(e, project.venue)).map((shape) => shapeOnPage(shape, frame.toPage, frame.scale, (cm) => Math.min(4, Math.max(2, cm * frame.scale)))));
    }
  }
  return shapes;
}

function header(project: Project, width: number, subtitle = ''): Shape[] {
  const { title, date, place } = project.meta;
  const info = [date && `时间：${date}`, place && `地点：${place}`].filter(Boolean).join('　　');
  return [
    { kind: 'text', text: `${title || '会议'}座次图${subtitle}`, x: width / 2, y: MARGIN + 6, size: 7, maxWidth: width - 2 * MARGIN },
    ...(info ? [{ kind: 'text' as const, text: info, x: width / 2, y: MARGIN + 14, size: 3.5, color: '#374151' }] : []),
  ];
}

function footer(project: Project, width: number, height: number, view: SeatMapSettings['view']): Shape[] {
  const y = height - MARGIN - 6;
  const seated = new Set(Object.values(project.assignment));
  const legend = legendStyles(project.people.filter((p) => seated.has(p.id)));
  const hasRostrum = project.venue.elements.some((e) => e.kind === 'rostrum');
  const viewNote = view === 'r' ? '（主席台视角：面向台下）' : hasRostrum ? '（台下视角：主席台在上）' : '';
  const shapes: Shape[] = viewNote ? [{ kind: 'text', text: viewNote, x: MARGIN, y: y - 8, size: 3, align: 'left', color: '#6b7280' }] : [];
  legend.forEach((style, i) => {
    const x = MARGIN + i * 28;
    shapes.push({ kind: 'rect', x, y: y - 2.5, width: 8, height: 5, fill: style.fill, stroke: '#374151', lineWidth: style.lineWidth, ...(style.dash ? { dash: style.dash } : {}) });
    shapes.push({ kind: 'text', text: style.label, x: x + 10, y, size: 3.2, align: 'left' });
  });
  const { approvedBy, approvedAt, status } = project.meta;
  const approved = status === 'approved';
  shapes.push({ kind: 'text', text: `审定人：${approved ? approvedBy ?? '' : '__________'}　　日期：${approved ? approvedAt ?? '' : '__________'}`, x: width - MARGIN, y, size: 3.5, align: 'right' });
  return shapes;
}

function page(project: Project, settings: SeatMapSettings, shapes: Shape[], subtitle = ''): PrintPage {
  const { width, height } = paperSize(settings.paper, settings.landscape);
  return {
    width, height,
    shapes: [...header(project, width, subtitle), ...shapes, ...footer(project, width, height, settings.view)],
    ...(project.meta.status === 'approved' ? {} : { watermark: '送审稿' }),
  };
}

const drawingArea = (settings: SeatMapSettings): Box => {
  const { width, height } = paperSize(settings.paper, settings.landscape);
  return { minX: MARGIN, minY: MARGIN + HEADER, maxX: width - MARGIN, maxY: height - MARGIN - FOOTER };
};

/** Aisle blocks of a hall, each a column range, for the pages after the key plan. */
function hallBlocks(element: HallElement): { from: number; to: number }[] {
  const blocks = new Map<number, { from: number; to: number }>();
  for (let col = 1; col <= element.seatsPerRow; col++) {
    const block = blockOf(element, col);
    const range = blocks.get(block) ?? { from: col, to: col };
    range.to = col;
    blocks.set(block, range);
  }
  return [...blocks.values()];
}

export function seatMapPages(project: Project, settings: SeatMapSettings = project.print.map): PrintPage[] {
  const seats = deriveSeats(project.venue);
  const area = drawingArea(settings);
  const whole = frameFor(contentBox(project, seats), area, settings.view);
  const readable = !seats.some((s) => s.zone === 'hall') || SEAT_CM.hall.width * whole.scale >= MIN_SEAT_MM;
  const keyPlan = page(project, settings, [
    ...drawElements(project, whole, settings),
    // On a key plan too small to read, the hall shows its seats without names.
    ...drawSeats(project, readable ? seats : seats.filter((s) => s.zone !== 'hall'), whole, true),
    ...(readable ? [] : drawSeats(project, seats.filter((s) => s.zone === 'hall'), whole, false)),
  ], readable ? '' : '（总图）');
  if (readable) return [keyPlan];

  const pages = [keyPlan];
  for (const hall of project.venue.elements.filter((e): e is HallElement => e.kind === 'hall')) {
    const blocks = hallBlocks(hall);
    for (const [index, block] of blocks.entries()) {
      const inBlock = (s: Seat) => s.elementId === hall.id && s.col >= block.from && s.col <= block.to;
      // As few pages as keep the seats readable, the rows shared out evenly between them.
      const frame = frameFor(contentBox(project, seats, inBlock), area, settings.view);
      const fits = Math.max(1, Math.floor((frame.scale * SEAT_CM.hall.width / MIN_SEAT_MM) * hall.rows));
      const pageCount = Math.ceil(hall.rows / Math.min(hall.rows, fits));
      const rowsPerPage = Math.ceil(hall.rows / pageCount);
      for (let first = 1; first <= hall.rows; first += rowsPerPage) {
        const last = Math.min(hall.rows, first + rowsPerPage - 1);
        const part = (s: Seat) => inBlock(s) && s.row >= first && s.row <= last;
        const partFrame = frameFor(contentBox(project, seats, part), area, settings.view, MAX_SEAT_MM / SEAT_CM.hall.width);
        const labels: Shape[] = [];
        for (let row = first; row <= last; row++) {
          const firstSeat = seats.find((s) => s.elementId === hall.id && s.row === row && s.col === block.from)!;
          const at = partFrame.toPage(firstSeat.x - SEAT_CM.hall.width / 2 - 5, firstSeat.y);
          labels.push({ kind: 'text', text: rowLabel(row, settings.rowLabels), x: at.x - 2, y: at.y, size: 3, align: settings.view === 'a' ? 'right' : 'left', color: '#4b5563' });
        }
        pages.push(page(project, settings, [...labels, ...drawSeats(project, seats.filter(part), partFrame, true)],
          `（${hall.name} 第${index + 1}区 ${block.from}–${block.to}座，第${first}–${last}排）`));
      }
    }
  }
  return pages;
}
