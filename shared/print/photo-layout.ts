// 站位图 (9.1): the photo's rows as the photographer sees them — the back row at the top, the
// seated front row at the bottom nearest the camera — each person in a box, and under the drawing
// every row's names from left to right, so staff can call people to their places row by row.
import type { Project } from '../model/schema';
import { deriveSeats, type Seat } from '../layout/seats';
import { chineseNumber } from '../arrange/numbers';
import { PAPER_SIZES, type PrintPage, type Shape } from './shapes';

const PAGE = { width: PAPER_SIZES.A4.height, height: PAPER_SIZES.A4.width };
const MARGIN = 12;
const BOX_GAP = 1.2;
/** Room at the left for the row titles (第二排（站立）). */
const LABEL_WIDTH = 28;

function rowTitle(row: number): string {
  return `第${chineseNumber(row)}排${row === 1 ? '（就座）' : '（站立）'}`;
}

/** One page per 合影 (rostrum-shaped) element that has people. */
export function photoStandingPages(project: Project): PrintPage[] {
  const people = new Map(project.people.map((p) => [p.id, p]));
  const seats = deriveSeats(project.venue).filter((s) => s.zone === 'rostrum');
  const elements = project.venue.elements.filter((e) => e.kind === 'rostrum' && seats.some((s) => s.elementId === e.id && project.assignment[s.id]));
  return elements.map((element) => {
    const mine = seats.filter((s) => s.elementId === element.id);
    const rowCount = Math.max(...mine.map((s) => s.row));
    const widest = Math.max(...mine.map((s) => s.rowLength));
    const nameOf = (seat: Seat) => people.get(project.assignment[seat.id] ?? '')?.name ?? '';
    const boxWidth = Math.min(22, (PAGE.width - 2 * MARGIN - LABEL_WIDTH) / widest - BOX_GAP);
    const boxHeight = Math.min(12, boxWidth * 0.6);
    const listHeight = rowCount * 6 + 8;
    const drawingTop = MARGIN + 20;
    const rowStep = Math.min(boxHeight + 5, (PAGE.height - drawingTop - MARGIN - listHeight - 8) / rowCount);
    const shapes: Shape[] = [
      { kind: 'text', text: `${project.meta.title || '会议'}${element.name}站位图`, x: PAGE.width / 2, y: MARGIN + 5, size: 6.5, maxWidth: PAGE.width - 2 * MARGIN },
      { kind: 'text', text: '（摄影师视角：第一排在下，离相机最近；左右以照片为准）', x: PAGE.width / 2, y: MARGIN + 13, size: 3.2, color: '#4b5563' },
    ];
    for (let row = rowCount; row >= 1; row--) {
      const inRow = mine.filter((s) => s.row === row).sort((a, b) => a.col - b.col);
      const y = drawingTop + (rowCount - row) * rowStep;
      const rowWidth = inRow.length * (boxWidth + BOX_GAP);
      const x0 = MARGIN + LABEL_WIDTH + (PAGE.width - 2 * MARGIN - LABEL_WIDTH - rowWidth) / 2;
      shapes.push({ kind: 'text', text: rowTitle(row), x: MARGIN, y: y + boxHeight / 2, size: 3.2, align: 'left', color: '#374151' });
      inRow.forEach((seat, i) => {
        const name = nameOf(seat);
        const x = x0 + i * (boxWidth + BOX_GAP);
        shapes.push({ kind: 'rect', x, y, width: boxWidth, height: boxHeight, fill: row === 1 ? '#fbf3ea' : '#ffffff', stroke: '#374151', lineWidth: 0.25 });
        if (name) shapes.push({ kind: 'text', text: name, x: x + boxWidth / 2, y: y + boxHeight / 2, size: Math.min(boxHeight * 0.45, 4.5), maxWidth: boxWidth * 0.92 });
      });
    }
    const listTop = drawingTop + rowCount * rowStep + 6;
    for (let row = 1; row <= rowCount; row++) {
      const names = mine.filter((s) => s.row === row).sort((a, b) => a.col - b.col).map(nameOf).filter(Boolean);
      shapes.push({ kind: 'text', text: `${rowTitle(row)}从左至右：${names.join('、')}`, x: MARGIN, y: listTop + (row - 1) * 6, size: 3.2, align: 'left', maxWidth: PAGE.width - 2 * MARGIN });
    }
    return { ...PAGE, shapes, ...(project.meta.status === 'approved' ? {} : { watermark: '送审稿' }) };
  });
}
