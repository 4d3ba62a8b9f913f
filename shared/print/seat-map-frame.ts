// Venue centimetres to page millimetres for a seat map, and what can be read at a scale: a name is
// printed wherever it stays at least 6 pt (protocol 7, issue 11).
import type { Person, Project, SeatMapSettings } from '../model/schema';
import { hallDepth, hallWidth, rostrumDepth, rostrumWidth, type Seat, type Zone } from '../layout/seats';
import { SEAT_SIZE } from '../draw/seat-box';

export interface Box { minX: number; minY: number; maxX: number; maxY: number }

export interface Frame {
  /** Venue centimetres to page millimetres, A-view or turned round for R-view. */
  toPage: (x: number, y: number) => { x: number; y: number };
  scale: number;
}

/** Seat sizes in venue centimetres, as on the canvas. */
/** Seat sizes in venue centimetres: the canvas's own (shared/draw), so screen and paper agree. */
export const SEAT_CM: Record<Zone, { width: number; height: number }> = SEAT_SIZE;
/** 6 pt in millimetres: the smallest name anyone should have to read. */
export const MIN_NAME_MM = (6 / 72) * 25.4;
const MAX_NAME_MM = 5;
/** Detail sheets do not blow a few rows up beyond this seat width. */
export const MAX_SEAT_MM = 14;

export function frameFor(box: Box, area: Box, view: SeatMapSettings['view'], maxScale = Infinity): Frame {
  const scale = Math.min(maxScale, (area.maxX - area.minX) / (box.maxX - box.minX), (area.maxY - area.minY) / (box.maxY - box.minY));
  const offsetX = area.minX + ((area.maxX - area.minX) - (box.maxX - box.minX) * scale) / 2;
  const offsetY = area.minY + ((area.maxY - area.minY) - (box.maxY - box.minY) * scale) / 2;
  const toPage = view === 'a'
    ? (x: number, y: number) => ({ x: offsetX + (x - box.minX) * scale, y: offsetY + (y - box.minY) * scale })
    : (x: number, y: number) => ({ x: offsetX + (box.maxX - x) * scale, y: offsetY + (box.maxY - y) * scale });
  return { toPage, scale };
}

/** The room's content (elements and seats), with room for labels around it. */
export function contentBox(project: Project, seats: readonly Seat[], only?: (seat: Seat) => boolean): Box {
  const points: [number, number][] = [];
  for (const seat of seats) if (!only || only(seat)) points.push([seat.x - 60, seat.y - 40], [seat.x + 60, seat.y + 40]);
  if (!only) {
    for (const e of project.venue.elements) {
      if (e.kind === 'object') points.push([e.x, e.y], [e.x + e.width, e.y + e.depth]);
      if (e.kind === 'wall') points.push(...e.points.map((p): [number, number] => [e.x + p.x, e.y + p.y]));
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

/** A name's width in em: Han characters are square, Latin letters and spaces about half. */
function nameWidthEm(name: string): number {
  return [...name].reduce((sum, ch) => sum + (/[\u0020-\u024f]/.test(ch) ? 0.55 : 1), 0);
}

/** The name's size in a seat of w × h millimetres: one line, filling most of the seat. */
export function nameSize(name: string, w: number, h: number): number {
  return Math.min(h * 0.42, (w * 0.9) / Math.max(2, nameWidthEm(name)), MAX_NAME_MM);
}

/** The seat width (mm) at which every one of these names stays legible; at most MAX_SEAT_MM. */
export function legibleSeatWidth(zone: Zone, names: readonly string[]): number {
  const { width, height } = SEAT_CM[zone];
  const byHeight = (MIN_NAME_MM / 0.42) * (width / height);
  const byWidth = Math.max(0, ...names.map((name) => (MIN_NAME_MM * Math.max(2, nameWidthEm(name))) / 0.9));
  return Math.min(MAX_SEAT_MM, Math.max(byHeight, byWidth) * 1.001);
}

/** Whether every seated name in these seats is legible at this scale. */
export function namesLegible(seats: readonly Seat[], scale: number, nameOf: (seat: Seat) => Person | undefined): boolean {
  return seats.every((seat) => {
    const person = nameOf(seat);
    if (!person) return true;
    const size = SEAT_CM[seat.zone];
    return nameSize(person.name, size.width * scale, size.height * scale) >= MIN_NAME_MM;
  });
}
