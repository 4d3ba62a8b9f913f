// Painting one block of seats onto a 2D context already in venue centimetres. Seats of one fill
// go into one path, so a block of 5,000 cells costs a handful of fill() calls. Locks (a red frame and
// a padlock corner), absences (a cross) and disabled seats are drawn at every zoom; text only at the
// detail the zoom allows.
import type { DrawnSeat, SeatBlock } from '../../../shared/draw/room';
import { CATEGORY_STYLES, reservedFill } from '../../../shared/print/seat-map-style';
import { detailAt, legible, surnameOf } from '../detail';
import type { Box } from '../viewport';
import type { Occupant, PlanData } from './plan-data';

export const CANVAS_FONT = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Zen Hei", sans-serif';
const EMPTY = '#ffffff';
const DISABLED = '#d6d3d1';
const LOCK = '#b91c1c';
const ABSENT = '#d97706';
/** Empty seats while 标出空座 is on: an orange no category uses (媒体 is a pale yellow). */
const GAP = '#fdba74';

/** The screen fill of a seat: by category, with 出席 tinted by zone so seated differs from empty. */
export function seatFill(seat: DrawnSeat, occupant: Occupant | undefined): string {
  if (seat.seat.disabled) return DISABLED;
  // An empty seat reserved for a category (预留) is tinted like the people it waits for.
  if (!occupant) return seat.seat.reserved ? reservedFill(seat.seat.reserved) : EMPTY;
  if (!occupant.category || occupant.category === '出席') return seat.seat.zone === 'rostrum' ? '#fde8e8' : '#dbe7fb';
  return CATEGORY_STYLES[occupant.category]?.fill ?? '#fce7f3';
}

const inView = (s: DrawnSeat, view: Box) => s.x < view.x + view.width && view.x < s.x + s.width && s.y < view.y + view.height && view.y < s.y + s.height;

export interface PaintOptions {
  scale: number;
  view: Box;
  /** Seats whose full name the name layer draws as nodes: no surname under them. */
  namedByNodes: (seat: DrawnSeat, occupant: Occupant) => boolean;
  /** 标出空座: usable empty seats stand out, for hand seating. */
  markEmpty?: boolean;
}

export function paintBlock(ctx: CanvasRenderingContext2D, block: SeatBlock, seats: readonly DrawnSeat[], plan: PlanData, options: PaintOptions): void {
  const { scale, view } = options;
  const visible: DrawnSeat[] = [];
  for (const index of block.seats) if (inView(seats[index]!, view)) visible.push(seats[index]!);
  if (!visible.length) return;
  const first = visible[0]!;
  const detail = detailAt(first.width, first.height, scale);
  const px = 1 / scale;

  // Fills, one path per colour.
  const byFill = new Map<string, DrawnSeat[]>();
  for (const s of visible) {
    let fill = seatFill(s, plan.occupants.get(s.seat.id));
    if (options.markEmpty && fill === EMPTY) fill = GAP;
    const list = byFill.get(fill);
    if (list) list.push(s);
    else byFill.set(fill, [s]);
  }
  const cells = detail === 'cells';
  for (const [fill, list] of byFill) {
    ctx.beginPath();
    // Far out, empty seats are a light grey so the white floor does not swallow them.
    ctx.fillStyle = cells && fill === EMPTY ? '#e7e5e4' : fill;
    for (const s of list) ctx.rect(s.x, s.y, s.width, s.height);
    ctx.fill();
    if (!cells) {
      ctx.strokeStyle = '#8a8a8a';
      ctx.lineWidth = px;
      ctx.stroke();
    }
  }
  // Locks: a red frame at least 2 px wide; absences: an amber cross.
  ctx.beginPath();
  for (const s of visible) if (plan.locks.has(s.seat.id)) ctx.rect(s.x, s.y, s.width, s.height);
  ctx.strokeStyle = LOCK;
  ctx.lineWidth = Math.max(3, 2 * px);
  ctx.stroke();
  paintLockCorners(ctx, visible.filter((s) => plan.locks.has(s.seat.id)), px);
  paintReservedCorners(ctx, visible.filter((s) => s.seat.reserved && !s.seat.disabled && plan.occupants.has(s.seat.id)), px);
  // Disabled seats (broken or removed): a grey cross, as on the printed map.
  ctx.beginPath();
  for (const s of visible) {
    if (!s.seat.disabled) continue;
    ctx.moveTo(s.x, s.y); ctx.lineTo(s.x + s.width, s.y + s.height);
    ctx.moveTo(s.x + s.width, s.y); ctx.lineTo(s.x, s.y + s.height);
  }
  ctx.strokeStyle = '#57534e';
  ctx.lineWidth = Math.max(1.5, px);
  ctx.stroke();
  ctx.beginPath();
  for (const s of visible) {
    if (!plan.occupants.get(s.seat.id)?.absent) continue;
    ctx.moveTo(s.x, s.y); ctx.lineTo(s.x + s.width, s.y + s.height);
    ctx.moveTo(s.x + s.width, s.y); ctx.lineTo(s.x, s.y + s.height);
  }
  ctx.strokeStyle = ABSENT;
  ctx.lineWidth = Math.max(2, 1.5 * px);
  ctx.stroke();

  if (cells) return;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#1f2937';
  const surnameSize = Math.min(first.height * 0.45, first.width * 0.6);
  // Setting ctx.font parses it: only when it changes.
  let font = '';
  const useFont = (next: string) => {
    if (next !== font) ctx.font = font = next;
  };
  const customLabels: DrawnSeat[] = [];
  for (const s of visible) {
    const occupant = plan.occupants.get(s.seat.id);
    if (occupant && detail !== 'numbers') {
      if (s.seat.customLabel) customLabels.push(s);
      if (options.namedByNodes(s, occupant)) continue;
      useFont(`bold ${surnameSize}px ${CANVAS_FONT}`);
      ctx.fillStyle = '#1f2937';
      ctx.fillText(surnameOf(occupant.name), s.x + s.width / 2, s.y + s.height / 2);
      continue;
    }
    // Digits read smaller than names: a seat number is drawn from 7 px.
    const numberSize = labelSize(s);
    if (numberSize * scale < 7) continue;
    useFont(`${numberSize}px ${CANVAS_FONT}`);
    ctx.fillStyle = occupant ? '#374151' : '#9ca3af';
    ctx.fillText(s.seat.label, s.x + s.width / 2, s.y + s.height / 2);
  }
  // A label the user gave a seat (A12) stays in sight under its occupant's name: small, in the
  // seat's top-left corner, from 7 px on screen as numbers are.
  if (!customLabels.length) return;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  ctx.fillStyle = '#6b7280';
  for (const s of customLabels) {
    const size = cornerLabelSize(s);
    if (size * scale < 7) continue;
    useFont(`${size}px ${CANVAS_FONT}`);
    ctx.fillText(s.seat.label, s.x + size * 0.2, s.y + size * 0.1);
  }
}

/** A custom label in the corner of an occupied seat: a quarter of its height, within half its width. */
export function cornerLabelSize(s: Pick<DrawnSeat, 'width' | 'height' | 'seat'>): number {
  let em = 0;
  for (const char of s.seat.label) em += char.charCodeAt(0) < 0x2e80 ? 0.6 : 1;
  return Math.min(s.height * 0.24, (s.width * 0.5) / Math.max(1, em));
}

/**
 * A seat number's size in venue units. Two digits fit as they always did; a longer label (a custom
 * 座位号 such as A12, or seat 100) is fitted by its real width (Latin letters and digits are about
 * 0.6 em), so it shows at the same zooms as the numbers around it rather than vanishing first.
 */
export function labelSize(s: Pick<DrawnSeat, 'width' | 'height' | 'seat'>): number {
  const base = Math.min(s.height * 0.4, (s.width * 0.8) / 2);
  const label = s.seat.label;
  if (label.length <= 2) return base;
  let em = 0;
  for (const char of label) em += char.charCodeAt(0) < 0x2e80 ? 0.6 : 1;
  return Math.min(base, (s.width * 0.85) / em);
}

/**
 * An occupied seat reserved for a category (预留) keeps its occupant's colour, so the reservation
 * shows as a triangle in the bottom-left corner, tinted like the category it waits for and edged
 * dark enough to see on any seat colour. (An empty reserved seat is tinted whole: seatFill.)
 */
function paintReservedCorners(ctx: CanvasRenderingContext2D, reserved: readonly DrawnSeat[], px: number): void {
  if (!reserved.length) return;
  const first = reserved[0]!;
  const size = Math.min(16 * px, Math.min(first.width, first.height) * 0.45);
  const byFill = new Map<string, DrawnSeat[]>();
  for (const s of reserved) {
    const fill = reservedFill(s.seat.reserved!);
    byFill.set(fill, [...(byFill.get(fill) ?? []), s]);
  }
  for (const [fill, list] of byFill) {
    ctx.beginPath();
    for (const s of list) {
      const bottom = s.y + s.height;
      ctx.moveTo(s.x, bottom); ctx.lineTo(s.x, bottom - size); ctx.lineTo(s.x + size, bottom); ctx.closePath();
    }
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.strokeStyle = '#7c2d12';
    ctx.lineWidth = Math.max(1, px);
    ctx.stroke();
  }
}

/**
 * A lock reads at a glance (a red frame alone looks like a selection): a solid red square in the
 * seat's top-right corner, and from 10 px up a white padlock in it. Up to 14 px on screen, never
 * more than 40% of the seat, so the name stays readable.
 */
function paintLockCorners(ctx: CanvasRenderingContext2D, locked: readonly DrawnSeat[], px: number): void {
  if (!locked.length) return;
  const first = locked[0]!;
  const size = Math.min(14 * px, Math.min(first.width, first.height) * 0.4);
  ctx.beginPath();
  for (const s of locked) ctx.rect(s.x + s.width - size, s.y, size, size);
  ctx.fillStyle = LOCK;
  ctx.fill();
  if (size / px < 10) return;
  // The padlock: a body in the corner square's lower part, a shackle arc above it.
  ctx.beginPath();
  for (const s of locked) {
    const x = s.x + s.width - size;
    ctx.rect(x + size * 0.3, s.y + size * 0.46, size * 0.44, size * 0.34);
  }
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.beginPath();
  for (const s of locked) {
    const cx = s.x + s.width - size * 0.48;
    ctx.moveTo(cx - size * 0.13, s.y + size * 0.46);
    ctx.arc(cx, s.y + size * 0.46, size * 0.13, Math.PI, 2 * Math.PI);
  }
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = size * 0.09;
  ctx.stroke();
}

/** Far out: each block's name and counts (seated/seats) on a white tag at its centre, 12 px high. */
export function paintBlockCount(ctx: CanvasRenderingContext2D, block: SeatBlock, seated: number, seats: readonly DrawnSeat[], scale: number): void {
  const s = seats[block.seats[0]!]!;
  if (detailAt(s.width, s.height, scale) !== 'cells') return;
  const size = 12 / scale;
  const text = `${block.name} ${seated}/${block.seats.length}`;
  ctx.font = `${size}px ${CANVAS_FONT}`;
  const width = ctx.measureText(text).width + 8 / scale;
  const cx = block.box.x + block.box.width / 2;
  const cy = block.box.y + block.box.height / 2;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.88)';
  ctx.fillRect(cx - width / 2, cy - size * 0.8, width, size * 1.6);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#1f2937';
  ctx.fillText(text, cx, cy);
}

/** Whether the full name fits legibly (the name layer then draws it). */
export const fullNameLegible = (seat: DrawnSeat, occupant: Occupant, scale: number): boolean =>
  legible(Math.max(3, [...occupant.name].length), seat.width, seat.height, scale);
