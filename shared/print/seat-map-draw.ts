// The drawing of a seat map page (protocol 7): seats with their numbers and, wherever legible, the
// names; the room's elements; title, legend, approval block and the 送审稿 watermark.
import type { Person, Project, SeatMapSettings } from '../model/schema';
import { elementSize, hallPoint, rostrumDepth, rostrumWidth, type Seat } from '../layout/seats';
import { hallRowStart } from '../draw/elements';
import { turnOf } from '../layout/rotation';
import { headDirection } from '../layout/tables';
import { elementShapes, tableShapes } from '../draw/elements';
import { shapeOnPage } from '../draw/on-page';
import { placeName, rowLabel as rowLabelIn } from '../i18n/place-names';
import { CATEGORY_EN, seatMapWords } from './seat-map-words';
import { paperSize, type PrintPage, type Shape } from './shapes';
import { legendStyles, reservedFill, seatStyle } from './seat-map-style';
import { MIN_NAME_MM, SEAT_CM, nameSize, type Box, type Frame } from './seat-map-frame';

export const MARGIN = 12;
const HEADER = 24;
const FOOTER = 22;

export function rowLabel(row: number, settings: Pick<SeatMapSettings, 'rowLabels' | 'language'>): string {
  return rowLabelIn(row, settings.language ?? 'zh-CN', settings.rowLabels);
}

/** Seats with their numbers; each name where it is at least 6 pt at this scale. */
export function drawSeats(seats: readonly Seat[], frame: Frame, personOf: (seat: Seat) => Person | undefined): Shape[] {
  return seats.flatMap((seat) => {
    const person = personOf(seat);
    const style = seatStyle(person);
    const size = SEAT_CM[seat.zone];
    const w = size.width * frame.scale;
    const h = size.height * frame.scale;
    const centre = frame.toPage(seat.x, seat.y);
    const fill = seat.disabled ? '#9ca3af' : !person && seat.reserved ? reservedFill(seat.reserved) : style.fill;
    const shapes: Shape[] = [{
      kind: 'rect', x: centre.x - w / 2, y: centre.y - h / 2, width: w, height: h,
      fill, stroke: '#374151', lineWidth: style.lineWidth, ...(style.dash ? { dash: style.dash } : {}),
    }];
    // A disabled seat (broken or removed) is crossed out; an empty reserved one names its category.
    if (seat.disabled) {
      shapes.push({ kind: 'line', x1: centre.x - w / 2, y1: centre.y - h / 2, x2: centre.x + w / 2, y2: centre.y + h / 2, stroke: '#374151', lineWidth: 0.25 });
      shapes.push({ kind: 'line', x1: centre.x + w / 2, y1: centre.y - h / 2, x2: centre.x - w / 2, y2: centre.y + h / 2, stroke: '#374151', lineWidth: 0.25 });
    } else if (!person && seat.reserved) {
      shapes.push({ kind: 'text', text: seat.reserved, x: centre.x, y: centre.y + h * 0.12, size: Math.min(h * 0.3, 2.4), color: '#6b7280', maxWidth: w * 0.92 });
    }
    // The seat number, small, at the top of the seat.
    shapes.push({ kind: 'text', text: seat.label, x: centre.x, y: centre.y - h * 0.32, size: Math.min(h * 0.22, 2.2), color: '#6b7280' });
    const text = person ? nameSize(person.name, w, h) : 0;
    if (person && text >= MIN_NAME_MM) shapes.push({ kind: 'text', text: person.name, x: centre.x, y: centre.y + h * 0.12, size: text, maxWidth: w * 0.92 });
    return shapes;
  });
}

/** Objects printed as a plain labelled box; the others (pillar, window, 会标…) as the canvas draws them. */
const PLAIN_OBJECTS = new Set(['speaker-desk', 'screen', 'door']);

export function drawElements(project: Project, frame: Frame, settings: SeatMapSettings): Shape[] {
  const shapes: Shape[] = [];
  const language = settings.language ?? 'zh-CN';
  const rect = (x: number, y: number, w: number, h: number, fill: string, stroke = '#9ca3af'): Shape => {
    const a = frame.toPage(x, y);
    const b = frame.toPage(x + w, y + h);
    return { kind: 'rect', x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(b.x - a.x), height: Math.abs(b.y - a.y), fill, stroke, lineWidth: 0.3 };
  };
  const label = (text: string, x: number, y: number, size: number, color = '#111827'): Extract<Shape, { kind: 'text' }> => ({ kind: 'text', text, ...frame.toPage(x, y), size, color });
  for (const e of project.venue.elements) {
    if (turnOf(e, elementSize(e)) || e.kind === 'wall' || (e.kind === 'rostrum' && e.risers) || (e.kind === 'object' && !PLAIN_OBJECTS.has(e.objectType))) {
      // A turned element: the canvas's own turned drawing, scaled onto the page.
      shapes.push(...elementShapes(e, project.venue, language).map((shape) => shapeOnPage(shape, frame.toPage, frame.scale, (cm) => Math.min(3, Math.max(1.8, cm * frame.scale)))));
    } else if (e.kind === 'rostrum') {
      shapes.push(rect(e.x - 20, e.y - 60, rostrumWidth(e) + 40, rostrumDepth(e) + 60, '#fbf3ea', '#c8a27a'));
      e.rows.forEach((_, i) => shapes.push(rect(e.x, e.y + (i + 0.82) * e.rowPitch, rostrumWidth(e), e.rowPitch * 0.14, '#d6b48f', '#c8a27a')));
      shapes.push(label(placeName(e.name, language), e.x + rostrumWidth(e) / 2, e.y - 30, Math.max(3, 40 * frame.scale)));
    } else if (e.kind === 'hall') {
      // A single row (wall seats) is named, not numbered.
      for (let row = 1; row <= e.rows; row++) {
        const text = e.rows === 1 ? placeName(e.name, language) : rowLabel(row + (e.firstRow ?? 1) - 1, settings);
        const at = hallPoint(e, row, hallRowStart(e, row) - 20);
        shapes.push({ ...label(text, at.x, at.y, Math.min(3, 26 * frame.scale), '#4b5563'), align: settings.view === 'a' ? 'right' : 'left' });
      }
    } else if (e.kind === 'object') {
      shapes.push(rect(e.x, e.y, e.width, e.depth, '#f3f4f6', '#6b7280'));
      shapes.push(label(placeName(e.label, language), e.x + e.width / 2, e.y + e.depth / 2, Math.min(3, Math.max(1.8, 22 * frame.scale))));
    } else if (e.kind === 'table') {
      // The canvas's own table drawing (round, long, U, 回字形), scaled onto the page.
      shapes.push(...tableShapes(e, headDirection(e, project.venue), language).map((shape) => shapeOnPage(shape, frame.toPage, frame.scale, (cm) => Math.min(4, Math.max(2, cm * frame.scale)))));
    }
  }
  return shapes;
}

function header(project: Project, width: number, settings: SeatMapSettings, subtitle = ''): Shape[] {
  const words = seatMapWords(settings.language);
  const { title, date, place } = project.meta;
  const info = [date && words.date(date), place && words.place(place)].filter(Boolean).join(words.separator);
  return [
    { kind: 'text', text: words.title(title, subtitle), x: width / 2, y: MARGIN + 6, size: 7, maxWidth: width - 2 * MARGIN },
    ...(info ? [{ kind: 'text' as const, text: info, x: width / 2, y: MARGIN + 14, size: 3.5, color: '#374151' }] : []),
  ];
}

function footer(project: Project, width: number, height: number, settings: SeatMapSettings): Shape[] {
  const { view } = settings;
  const words = seatMapWords(settings.language);
  const y = height - MARGIN - 6;
  const seated = new Set(Object.values(project.assignment));
  const legend = legendStyles(project.people.filter((p) => seated.has(p.id)));
  const hasRostrum = project.venue.elements.some((e) => e.kind === 'rostrum');
  const viewNote = view === 'r' ? words.rostrumView : hasRostrum ? words.hallView : '';
  const shapes: Shape[] = viewNote ? [{ kind: 'text', text: viewNote, x: MARGIN, y: y - 8, size: 3, align: 'left', color: '#6b7280' }] : [];
  legend.forEach((style, i) => {
    const x = MARGIN + i * 28;
    shapes.push({ kind: 'rect', x, y: y - 2.5, width: 8, height: 5, fill: style.fill, stroke: '#374151', lineWidth: style.lineWidth, ...(style.dash ? { dash: style.dash } : {}) });
    const text = settings.language === 'en' ? (style.label === '空座' ? words.emptySeat : style.label === '其他' ? words.other : CATEGORY_EN[style.label] ?? style.label) : style.label;
    shapes.push({ kind: 'text', text, x: x + 10, y, size: 3.2, align: 'left' });
  });
  const { approvedBy, approvedAt, status } = project.meta;
  const approved = status === 'approved';
  shapes.push({ kind: 'text', text: words.approval(approved ? approvedBy ?? '' : '__________', approved ? approvedAt ?? '' : '__________'), x: width - MARGIN, y, size: 3.5, align: 'right' });
  return shapes;
}

export function page(project: Project, settings: SeatMapSettings, shapes: Shape[], subtitle = ''): PrintPage {
  const { width, height } = paperSize(settings.paper, settings.landscape);
  return {
    width, height,
    shapes: [...header(project, width, settings, subtitle), ...shapes, ...footer(project, width, height, settings)],
    ...(project.meta.status === 'approved' ? {} : { watermark: seatMapWords(settings.language).draft }),
  };
}

export const drawingArea = (settings: SeatMapSettings): Box => {
  const { width, height } = paperSize(settings.paper, settings.landscape);
  return { minX: MARGIN, minY: MARGIN + HEADER, maxX: width - MARGIN, maxY: height - MARGIN - FOOTER };
};

