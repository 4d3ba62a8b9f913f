// 座次表 sorted by 姓氏笔画 (7.4), 签到表 per unit, and 座次证 tickets: A4 pages of shapes.
import type { Project } from '../model/schema';
import { seatedPlacements, type Placement } from '../arrange/placements';
import { shownRow } from '../layout/seats';
import { strokeSortKey, unitSequence } from '../arrange/order';
import { placeName, seatCode } from '../i18n/place-names';
import { cropMarks } from './card-formats';
import { PAPER_SIZES, type PrintPage, type Shape } from './shapes';

const A4 = PAPER_SIZES.A4;
const MARGIN = 15;
const ROW = 7;

interface Column { title: string; width: number; value: (p: Placement, index: number) => string }

/** The lists' own words in the language chosen for print (people's names and units print as they are). */
const WORDS = {
  'zh-CN': {
    name: '姓名', zone: '区域', row: '排', seat: '座', number: '序号', title: '职务', place: '座位', sign: '签名',
    index: (m: string) => `${m || '会议'}座次表`, byStrokes: (n: number, page: number, pages: number) => `按姓氏笔画排序　共 ${n} 人　第 ${page}/${pages} 页`,
    signIn: (m: string) => `${m || '会议'}签到表`, page: (n: number) => `第 ${n} 页`,
    unit: (unit: string, n: number, continued: boolean) => `${unit || '（未填单位）'}　${n} 人${continued ? '（续）' : ''}`,
    ticket: (m: string) => `${m || '会议'}座次证`,
  },
  en: {
    name: 'Name', zone: 'Zone', row: 'Row', seat: 'Seat', number: 'No.', title: 'Title', place: 'Seat', sign: 'Signature',
    index: (m: string) => `${m || 'Meeting'} — seat index`, byStrokes: (n: number, page: number, pages: number) => `by surname strokes    ${n} people    page ${page}/${pages}`,
    signIn: (m: string) => `${m || 'Meeting'} — sign-in sheet`, page: (n: number) => `page ${n}`,
    unit: (unit: string, n: number, continued: boolean) => `${unit || '(no unit)'}    ${n} ${n === 1 ? 'person' : 'people'}${continued ? ' (continued)' : ''}`,
    ticket: (m: string) => `${m || 'Meeting'} — seat ticket`,
  },
};
const wordsFor = (project: Project) => WORDS[project.print.map.language ?? 'zh-CN'];
const languageOf = (project: Project) => project.print.map.language ?? 'zh-CN';

function titleShapes(text: string, subtitle: string): Shape[] {
  return [
    { kind: 'text', text, x: A4.width / 2, y: MARGIN + 5, size: 6, maxWidth: A4.width - 2 * MARGIN },
    ...(subtitle ? [{ kind: 'text' as const, text: subtitle, x: A4.width / 2, y: MARGIN + 12, size: 3.2, color: '#4b5563' }] : []),
  ];
}

/** A ruled table of placements starting at (x, y); returns its shapes. */
function table(columns: Column[], rows: Placement[], x: number, y: number, numberFrom = 0): Shape[] {
  const shapes: Shape[] = [];
  const width = columns.reduce((sum, c) => sum + c.width, 0);
  const line = (yy: number, weight = 0.15): Shape => ({ kind: 'line', x1: x, y1: yy, x2: x + width, y2: yy, stroke: '#374151', lineWidth: weight });
  shapes.push(line(y, 0.4));
  let cx = x;
  for (const c of columns) {
    shapes.push({ kind: 'text', text: c.title, x: cx + c.width / 2, y: y + ROW / 2, size: 3.3 });
    cx += c.width;
  }
  shapes.push(line(y + ROW, 0.3));
  rows.forEach((placement, i) => {
    const rowY = y + ROW * (i + 1);
    let colX = x;
    for (const c of columns) {
      shapes.push({ kind: 'text', text: c.value(placement, numberFrom + i), x: colX + c.width / 2, y: rowY + ROW / 2, size: 3.3, maxWidth: c.width - 1.5 });
      colX += c.width;
    }
    shapes.push(line(rowY + ROW));
  });
  return shapes;
}

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

const rowText = (p: Placement) => (p.seat.zone === 'table' ? '' : String(shownRow(p.seat)));

/** The seated people by 姓氏笔画 (7.4): the order of the printed and the Excel seat index. */
export function placementsByStrokes(project: Project): Placement[] {
  const rule = project.ordering.singleGivenName;
  return seatedPlacements(project).sort((a, b) => {
    const ka = strokeSortKey(a.person.name, rule);
    const kb = strokeSortKey(b.person.name, rule);
    return ka < kb ? -1 : ka > kb ? 1 : a.person.rosterIndex - b.person.rosterIndex;
  });
}

/** 签到表 groups: units in unit order, each unit's people by rank, as printed and exported. */
export function signInGroups(project: Project): { unit: string; members: Placement[] }[] {
  const placements = seatedPlacements(project);
  return unitSequence(placements.map((p) => p.person), project.ordering).map((unit) => ({
    unit,
    members: placements
      .filter((p) => p.person.unit === unit)
      .sort((a, b) => (a.person.rank ?? Infinity) - (b.person.rank ?? Infinity) || a.person.rosterIndex - b.person.rosterIndex),
  }));
}

/** 7.4: 姓名 → 区域, 排, 座, sorted by 姓氏笔画, in two column groups per page. */
export function seatIndexPages(project: Project): PrintPage[] {
  const sorted = placementsByStrokes(project);
  const w = wordsFor(project);
  const columns: Column[] = [
    { title: w.name, width: 26, value: (p) => p.person.name },
    { title: w.zone, width: 24, value: (p) => placeName(p.seat.zoneName, languageOf(project)) },
    { title: w.row, width: 10, value: rowText },
    { title: w.seat, width: 10, value: (p) => p.seat.label },
  ];
  const perColumn = Math.floor((A4.height - 2 * MARGIN - 24) / ROW) - 1;
  const groupWidth = 70;
  const gap = (A4.width - 2 * MARGIN - 2 * groupWidth);
  return chunks(sorted, perColumn * 2).map((pageRows, pageIndex, all) => ({
    ...A4,
    shapes: [
      ...titleShapes(w.index(project.meta.title), w.byStrokes(sorted.length, pageIndex + 1, all.length)),
      ...chunks(pageRows, perColumn).flatMap((rows, g) => table(columns, rows, MARGIN + g * (groupWidth + gap), MARGIN + 20)),
    ],
  }));
}

/** 签到表: a table per unit, units in unit order flowing down the pages, with a column to sign. */
export function signInPages(project: Project): PrintPage[] {
  const w = wordsFor(project);
  const columns: Column[] = [
    { title: w.number, width: 14, value: (_, i) => String(i + 1) },
    { title: w.name, width: 30, value: (p) => p.person.name },
    { title: w.title, width: 50, value: (p) => p.person.title },
    { title: w.place, width: 40, value: (p) => seatCode(p.seat, languageOf(project)) },
    { title: w.sign, width: 46, value: () => '' },
  ];
  const top = MARGIN + 20;
  const bottom = A4.height - MARGIN;
  const title = w.signIn(project.meta.title);
  const pages: PrintPage[] = [];
  let shapes: Shape[] = [];
  let y = bottom; // forces the first page
  const newPage = () => {
    shapes = [...titleShapes(title, w.page(pages.length + 1))];
    pages.push({ ...A4, shapes });
    y = top;
  };
  for (const { unit, members } of signInGroups(project)) {
    let done = 0;
    while (done < members.length) {
      // A unit starts on a new page when not even its heading and three rows fit.
      if (bottom - y < 8 + ROW * Math.min(4, members.length - done + 1)) newPage();
      const fits = Math.floor((bottom - y - 8) / ROW) - 1;
      const rows = members.slice(done, done + fits);
      const heading = w.unit(unit, members.length, done > 0);
      const block = [{ kind: 'text' as const, text: heading, x: MARGIN, y: y + 4, size: 3.8, align: 'left' as const }, ...table(columns, rows, MARGIN, y + 8, done)];
      pages.at(-1)!.shapes.push(...block);
      y += 8 + ROW * (rows.length + 1) + 6;
      done += rows.length;
    }
  }
  return pages;
}

/** 座次证: eight tickets to an A4 sheet with crop marks: the meeting, the name, the unit, the seat. */
export function ticketPages(project: Project): PrintPage[] {
  const ticket = { width: 90, height: 62 };
  const gapX = (A4.width - 2 * ticket.width) / 3;
  const gapY = (A4.height - 4 * ticket.height) / 5;
  const w = wordsFor(project);
  return chunks(seatedPlacements(project), 8).map((batch) => ({
    ...A4,
    shapes: batch.flatMap((p, i) => {
      const x = gapX + (i % 2) * (ticket.width + gapX);
      const y = gapY + Math.floor(i / 2) * (ticket.height + gapY);
      const cx = x + ticket.width / 2;
      return [
        ...cropMarks({ x, y, ...ticket }, 4, 1.5).map(([x1, y1, x2, y2]): Shape => ({ kind: 'line', x1, y1, x2, y2, stroke: '#6b7280', lineWidth: 0.2 })),
        { kind: 'text', text: w.ticket(project.meta.title), x: cx, y: y + 9, size: 3.8, maxWidth: ticket.width - 8, color: '#b91c1c' },
        { kind: 'text', text: p.person.name, x: cx, y: y + 26, size: 11, maxWidth: ticket.width - 12 },
        { kind: 'text', text: p.person.unit, x: cx, y: y + 39, size: 3.6, maxWidth: ticket.width - 10, color: '#374151' },
        { kind: 'text', text: seatCode(p.seat, languageOf(project)), x: cx, y: y + 51, size: 5, maxWidth: ticket.width - 10 },
      ];
    }),
  }));
}
