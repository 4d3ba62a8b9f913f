// 座签变动清单 (8.2): an A4 checklist for the staff who carry the cards after a change — the cards
// to print anew and where they go, the cards that only move (from → to), the cards to take away —
// each with a box to tick, in the order the cards lie along the rostrum and tables.
import type { CardChanges } from '../arrange/card-changes';
import { PAPER_SIZES, type PrintPage, type Shape } from './shapes';

const A4 = PAPER_SIZES.A4;
const MARGIN = 15;
const ROW = 8;
const BOX = 4;

interface Section {
  heading: string;
  columns: { title: string; width: number }[];
  rows: string[][];
}

function sections(changes: CardChanges): Section[] {
  const all: Section[] = [
    {
      heading: `一、新印座签（${changes.anew.length} 张）：打印后放到座位上`,
      columns: [{ title: '姓名', width: 40 }, { title: '放到', width: 100 }],
      rows: changes.anew.map((c) => [c.name, c.place.zh]),
    },
    {
      heading: `二、挪动座签（${changes.moved.length} 张）：不必重印`,
      columns: [{ title: '姓名', width: 40 }, { title: '从', width: 50 }, { title: '挪到', width: 50 }],
      rows: changes.moved.map((c) => [c.name, c.from.place.zh, c.to.place.zh]),
    },
    {
      heading: `三、撤下座签（${changes.removed.length} 张）`,
      columns: [{ title: '姓名', width: 40 }, { title: '从', width: 100 }],
      rows: changes.removed.map((c) => [c.name, c.place.zh]),
    },
  ];
  return all.filter((section) => section.rows.length > 0);
}

export function cardChecklistPages(title: string, changes: CardChanges): PrintPage[] {
  const pages: PrintPage[] = [];
  let y = Infinity;
  const newPage = () => {
    const shapes: Shape[] = [
      { kind: 'text', text: `${title || '会议'}座签变动清单`, x: A4.width / 2, y: MARGIN + 5, size: 6, maxWidth: A4.width - 2 * MARGIN },
      { kind: 'text', text: `第 ${pages.length + 1} 页　逐项完成后在方框内打勾`, x: A4.width / 2, y: MARGIN + 12, size: 3.2, color: '#4b5563' },
    ];
    pages.push({ ...A4, shapes });
    y = MARGIN + 22;
  };
  const bottom = A4.height - MARGIN;
  for (const section of sections(changes)) {
    let done = 0;
    while (done < section.rows.length) {
      if (bottom - y < 10 + 3 * ROW) newPage();
      const shapes = pages.at(-1)!.shapes;
      shapes.push({ kind: 'text', text: section.heading + (done ? '（续）' : ''), x: MARGIN, y: y + 4, size: 4, align: 'left' });
      y += 9;
      let x = MARGIN + 12;
      for (const column of section.columns) {
        shapes.push({ kind: 'text', text: column.title, x: x + column.width / 2, y: y + ROW / 2, size: 3.4, color: '#374151' });
        x += column.width;
      }
      shapes.push({ kind: 'line', x1: MARGIN, y1: y + ROW, x2: x, y2: y + ROW, stroke: '#374151', lineWidth: 0.3 });
      y += ROW;
      while (done < section.rows.length && y + ROW <= bottom) {
        const row = section.rows[done]!;
        shapes.push({ kind: 'rect', x: MARGIN + 2, y: y + (ROW - BOX) / 2, width: BOX, height: BOX, stroke: '#111827', lineWidth: 0.3 });
        let cx = MARGIN + 12;
        section.columns.forEach((column, i) => {
          shapes.push({ kind: 'text', text: row[i] ?? '', x: cx + column.width / 2, y: y + ROW / 2, size: 3.6, maxWidth: column.width - 2 });
          cx += column.width;
        });
        shapes.push({ kind: 'line', x1: MARGIN, y1: y + ROW, x2: cx, y2: y + ROW, stroke: '#9ca3af', lineWidth: 0.15 });
        y += ROW;
        done++;
      }
      y += 6;
    }
  }
  return pages;
}
