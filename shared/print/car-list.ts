// 乘车安排表 (9.5): one line per passenger, car by car in order, each car's seat of honour first.
import type { Project } from '../model/schema';
import { carPlan, carsFor, type CarSeat } from '../arrange/cars';
import { PAPER_SIZES, type PrintPage, type Shape } from './shapes';

const A4 = PAPER_SIZES.A4;
const MARGIN = 15;
const ROW = 7;
const COLUMNS: { title: string; width: number; value: (seat: CarSeat) => string }[] = [
  { title: '车号', width: 22, value: (s) => s.vehicle.name },
  { title: '座位', width: 30, value: (s) => s.place.zh },
  { title: '姓名', width: 28, value: (s) => s.person.name },
  { title: '单位', width: 50, value: (s) => s.person.unit },
  { title: '职务', width: 50, value: (s) => s.person.title },
];

/** The vehicles of a plan: its own list, or cars of three for everyone present. */
export function planVehicles(project: Project) {
  return project.vehicles?.length ? project.vehicles : carsFor(project.people.filter((p) => !p.absent).length);
}

export function carListPages(project: Project): PrintPage[] {
  const plan = carPlan(project.people, planVehicles(project), project.ordering);
  const perPage = Math.floor((A4.height - 2 * MARGIN - 20) / ROW) - 1;
  const pages: PrintPage[] = [];
  for (let start = 0; start < plan.seats.length; start += perPage) {
    const rows = plan.seats.slice(start, start + perPage);
    const shapes: Shape[] = [{ kind: 'text', text: `${project.meta.title || '会议'}乘车安排表`, x: A4.width / 2, y: MARGIN + 5, size: 6, maxWidth: A4.width - 2 * MARGIN }];
    const width = COLUMNS.reduce((sum, c) => sum + c.width, 0);
    const x0 = (A4.width - width) / 2;
    const top = MARGIN + 14;
    const line = (y: number, weight: number): Shape => ({ kind: 'line', x1: x0, y1: y, x2: x0 + width, y2: y, stroke: '#374151', lineWidth: weight });
    shapes.push(line(top, 0.4));
    [{ cells: COLUMNS.map((c) => c.title) }, ...rows.map((seat) => ({ cells: COLUMNS.map((c) => c.value(seat)) }))].forEach((row, i) => {
      let x = x0;
      row.cells.forEach((text, c) => {
        shapes.push({ kind: 'text', text, x: x + COLUMNS[c]!.width / 2, y: top + i * ROW + ROW / 2, size: 3.3, maxWidth: COLUMNS[c]!.width - 1.5 });
        x += COLUMNS[c]!.width;
      });
      shapes.push(line(top + (i + 1) * ROW, i === 0 ? 0.3 : 0.15));
    });
    shapes.push({ kind: 'text', text: '有司机驾车时，后排右座为上座，其次后排左座，再次副驾驶座。', x: MARGIN, y: A4.height - MARGIN, size: 3, align: 'left', color: '#6b7280' });
    pages.push({ width: A4.width, height: A4.height, shapes });
  }
  return pages;
}
