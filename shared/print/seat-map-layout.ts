// 座次图 (protocol 7): the venue drawn to scale on A4 or A3, A-view with the rostrum at the top (or
// R-view), with every name that is legible (at least 6 pt). A room whose names cannot all be read
// on one sheet gets a key plan (总图) marking the sheets that follow, each sheet holding as many
// aisle blocks and rows as stay legible.
import type { HallElement, Person, Project, SeatMapSettings } from '../model/schema';
import { deriveSeats, shownRow, type Seat } from '../layout/seats';
import type { PrintPage, Shape } from './shapes';
import { placeName } from '../i18n/place-names';
import { seatMapWords, type SeatMapWords } from './seat-map-words';
import { MAX_SEAT_MM, SEAT_CM, contentBox, frameFor, legibleSeatWidth, namesLegible, type Frame } from './seat-map-frame';
import { drawElements, drawSeats, drawingArea, page, rowLabel } from './seat-map-draw';
import { hallSheets, type Sheet } from './seat-map-sheets';

const inSheet = (sheet: Sheet) => (s: Seat) => s.elementId === sheet.hall.id && s.col >= sheet.fromCol && s.col <= sheet.toCol && s.row >= sheet.fromRow && s.row <= sheet.toRow;

/** On the key plan: each sheet's outline and its page number. */
function sheetMarks(sheets: readonly Sheet[], seats: readonly Seat[], frame: Frame, firstPage: number, words: SeatMapWords): Shape[] {
  return sheets.flatMap((sheet, index) => {
    const corners = seats.filter(inSheet(sheet)).map((s) => frame.toPage(s.x, s.y));
    if (corners.length === 0) return [];
    const pad = (SEAT_CM.hall.width / 2 + 4) * frame.scale;
    const minX = Math.min(...corners.map((p) => p.x)) - pad;
    const maxX = Math.max(...corners.map((p) => p.x)) + pad;
    const minY = Math.min(...corners.map((p) => p.y)) - pad;
    const maxY = Math.max(...corners.map((p) => p.y)) + pad;
    return [
      { kind: 'rect', x: minX, y: minY, width: maxX - minX, height: maxY - minY, stroke: '#2563eb', lineWidth: 0.5, dash: [2, 1] },
      { kind: 'text', text: words.seePage(firstPage + index), x: (minX + maxX) / 2, y: (minY + maxY) / 2, size: 4, color: '#2563eb' },
    ];
  });
}

function sheetPage(project: Project, settings: SeatMapSettings, seats: readonly Seat[], sheet: Sheet, personOf: (seat: Seat) => Person | undefined): PrintPage {
  const area = drawingArea(settings);
  const part = seats.filter(inSheet(sheet));
  const frame = frameFor(contentBox(project, part, () => true), area, settings.view, MAX_SEAT_MM / SEAT_CM.hall.width);
  const labels: Shape[] = [];
  for (let row = sheet.fromRow; row <= sheet.toRow; row++) {
    // A fan hall's short rows start further in: label the row's first seat on this sheet.
    const first = part.filter((s) => s.row === row).sort((a, b) => a.col - b.col)[0];
    if (!first) continue;
    const at = frame.toPage(first.x - SEAT_CM.hall.width / 2 - 5, first.y);
    labels.push({ kind: 'text', text: rowLabel(shownRow(first), settings), x: at.x - 2, y: at.y, size: 3, align: settings.view === 'a' ? 'right' : 'left', color: '#4b5563' });
  }
  const title = seatMapWords(settings.language).sheet(placeName(sheet.hall.name, settings.language ?? 'zh-CN'), sheet.fromRow, sheet.toRow, sheet.fromCol, sheet.toCol);
  return page(project, settings, [...labels, ...drawSeats(part, frame, personOf)], title);
}

/** The rostrum and tables on a sheet of their own when the key plan cannot carry their names. */
function frontPage(project: Project, settings: SeatMapSettings, seats: readonly Seat[], personOf: (seat: Seat) => Person | undefined): PrintPage {
  const front = seats.filter((s) => s.zone !== 'hall');
  const frame = frameFor(contentBox(project, front, () => true), drawingArea(settings), settings.view, MAX_SEAT_MM / SEAT_CM.rostrum.width);
  const english = settings.language === 'en';
  const names = [...new Set(front.map((s) => placeName(s.zoneName, settings.language ?? 'zh-CN')))].join(english ? ', ' : '、');
  return page(project, settings, drawSeats(front, frame, personOf), english ? ` (${names})` : `（${names}）`);
}

function frontMark(seats: readonly Seat[], frame: Frame, pageNumber: number, words: SeatMapWords): Shape[] {
  const points = seats.filter((s) => s.zone !== 'hall').map((s) => frame.toPage(s.x, s.y));
  if (points.length === 0) return [];
  const pad = 40 * frame.scale;
  const x = Math.min(...points.map((p) => p.x)) - pad;
  const y = Math.min(...points.map((p) => p.y)) - pad;
  const width = Math.max(...points.map((p) => p.x)) + pad - x;
  return [
    { kind: 'rect', x, y, width, height: Math.max(...points.map((p) => p.y)) + pad - y, stroke: '#2563eb', lineWidth: 0.5, dash: [2, 1] },
    { kind: 'text', text: words.seePage(pageNumber), x: x + width + 2, y: y + 3, size: 4, color: '#2563eb', align: 'left' },
  ];
}

export function seatMapPages(project: Project, settings: SeatMapSettings = project.print.map): PrintPage[] {
  const seats = deriveSeats(project.venue);
  const people = new Map(project.people.map((p) => [p.id, p]));
  const personOf = (seat: Seat) => people.get(project.assignment[seat.id] ?? '');
  const area = drawingArea(settings);
  const whole = frameFor(contentBox(project, seats), area, settings.view);
  const halls = project.venue.elements.filter((e): e is HallElement => e.kind === 'hall');
  const hallSeats = seats.filter((s) => s.zone === 'hall');
  const drawn = [...drawElements(project, whole, settings), ...drawSeats(seats, whole, personOf)];
  const frontLegible = namesLegible(seats.filter((s) => s.zone !== 'hall'), whole.scale, personOf);
  const hallLegible = namesLegible(hallSeats, whole.scale, personOf);
  if (frontLegible && hallLegible) return [page(project, settings, drawn)];
  const front = frontLegible ? [] : [frontPage(project, settings, seats, personOf)];

  // Sheets at the scale that keeps the longest name legible.
  const names = hallSeats.flatMap((s) => personOf(s)?.name ?? []);
  const scale = legibleSeatWidth('hall', names) / SEAT_CM.hall.width;
  const sheets = hallLegible ? [] : halls.flatMap((hall) => hallSheets(hall, seats, area, scale));
  const words = seatMapWords(settings.language);
  const marks = [...(frontLegible ? [] : frontMark(seats, whole, 2, words)), ...sheetMarks(sheets, seats, whole, 2 + front.length, words)];
  const keyPlan = page(project, settings, [...drawn, ...marks], words.keyPlan);
  return [keyPlan, ...front, ...sheets.map((sheet) => sheetPage(project, settings, seats, sheet, personOf))];
}
