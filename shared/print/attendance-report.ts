// 到会情况: the sign-in desk's report (清点并报告到会人数) on A4 — 应到 / 实到 / 请假 / 未到 in
// total, by category and by unit, then who is on leave and who has not come. Headings follow the
// session's print language; people's names and units print as they are.
import { attendanceSummary, presenceList, type AttendanceCount } from '../model/check-ins';
import type { Meeting, Session } from '../model/meeting-schema';
import { PAPER_SIZES, type PrintPage, type Shape } from './shapes';

const A4 = PAPER_SIZES.A4;
const MARGIN = 15;
const ROW = 7;
const BOTTOM = A4.height - MARGIN;

const WORDS = {
  'zh-CN': {
    title: (m: string) => `${m || '会议'}到会情况`,
    subtitle: (session: string, at: string) => `${session}　截至 ${at}`,
    total: (c: AttendanceCount) => `应到 ${c.expected} 人，实到 ${c.present} 人，请假 ${c.leave} 人，未到 ${c.missing} 人`,
    columns: ['应到', '实到', '请假', '未到'],
    category: '类别', unit: '单位', none: '（未填）', sum: '合计',
    onLeave: (n: number) => `请假（${n} 人）`, missing: (n: number) => `未到（${n} 人）`,
    page: (n: number, of: number) => `第 ${n}/${of} 页`, separator: '、',
  },
  en: {
    title: (m: string) => `${m || 'Meeting'} — attendance`,
    subtitle: (session: string, at: string) => `${session}    as of ${at}`,
    total: (c: AttendanceCount) => `Expected ${c.expected}, present ${c.present}, on leave ${c.leave}, not yet here ${c.missing}`,
    columns: ['Expected', 'Present', 'On leave', 'Not here'],
    category: 'Category', unit: 'Unit', none: '(none)', sum: 'Total',
    onLeave: (n: number) => `On leave (${n})`, missing: (n: number) => `Not yet here (${n})`,
    page: (n: number, of: number) => `page ${n}/${of}`, separator: ', ',
  },
};

/** The pages flow: blocks go down the page and a new page starts when one does not fit. */
class Flow {
  pages: Shape[][] = [];
  y = BOTTOM;
  constructor(private readonly header: () => Shape[]) {}
  need(height: number): void {
    if (this.y + height <= BOTTOM) return;
    this.pages.push(this.header());
    this.y = MARGIN + 22;
  }
  add(...shapes: Shape[]): void {
    this.pages.at(-1)!.push(...shapes);
  }
}

const line = (y: number, weight = 0.15): Shape => ({ kind: 'line', x1: MARGIN, y1: y, x2: A4.width - MARGIN, y2: y, stroke: '#374151', lineWidth: weight });

function countTable(flow: Flow, heading: string, counts: readonly AttendanceCount[], total: AttendanceCount, words: (typeof WORDS)['zh-CN']): void {
  const keyWidth = A4.width - 2 * MARGIN - 4 * 24;
  const cells = (c: AttendanceCount, label: string, y: number, bold = false): Shape[] => [
    { kind: 'text', text: label, x: MARGIN + 2, y: y + ROW / 2, size: 3.3, align: 'left', maxWidth: keyWidth - 4, ...(bold ? { color: '#111827' } : {}) },
    ...[c.expected, c.present, c.leave, c.missing].map((n, i): Shape => ({ kind: 'text', text: String(n), x: MARGIN + keyWidth + 24 * i + 12, y: y + ROW / 2, size: 3.3 })),
  ];
  const head = (): void => {
    flow.add(line(flow.y, 0.4), { kind: 'text', text: heading, x: MARGIN + 2, y: flow.y + ROW / 2, size: 3.3, align: 'left' },
      ...words.columns.map((c, i): Shape => ({ kind: 'text', text: c, x: MARGIN + keyWidth + 24 * i + 12, y: flow.y + ROW / 2, size: 3.3 })), line(flow.y + ROW, 0.3));
    flow.y += ROW;
  };
  flow.need(ROW * 3);
  head();
  for (const c of counts) {
    const before = flow.pages.length;
    flow.need(ROW);
    if (flow.pages.length !== before) head();
    flow.add(...cells(c, c.key || words.none, flow.y), line(flow.y + ROW));
    flow.y += ROW;
  }
  flow.need(ROW);
  flow.add(...cells(total, words.sum, flow.y, true), line(flow.y + ROW, 0.4));
  flow.y += ROW + 8;
}

/** Names wrapped into lines of about `perLine` characters. */
function nameLines(names: readonly string[], separator: string, perLine: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const name of names) {
    const next = current ? current + separator + name : name;
    if ([...next].length > perLine && current) {
      lines.push(current);
      current = name;
    } else current = next;
  }
  if (current) lines.push(current);
  return lines;
}

function nameList(flow: Flow, heading: string, names: readonly string[], words: (typeof WORDS)['zh-CN']): void {
  if (names.length === 0) return;
  flow.need(ROW * 2);
  flow.add({ kind: 'text', text: heading, x: MARGIN, y: flow.y + 4, size: 3.8, align: 'left' });
  flow.y += ROW + 1;
  for (const text of nameLines(names, words.separator, 40)) {
    flow.need(6);
    flow.add({ kind: 'text', text, x: MARGIN + 2, y: flow.y + 3, size: 3.3, align: 'left', maxWidth: A4.width - 2 * MARGIN - 4 });
    flow.y += 6;
  }
  flow.y += 6;
}

/** The report for one session as of `at` (shown as given, e.g. 2026-11-26 09:05). */
export function attendanceReportPages(meeting: Meeting, session: Session, at: string): PrintPage[] {
  const words = WORDS[session.print.map.language ?? 'zh-CN'];
  const summary = attendanceSummary(meeting, session);
  const list = presenceList(meeting, session);
  const header = (): Shape[] => [
    { kind: 'text', text: words.title(meeting.meta.title), x: A4.width / 2, y: MARGIN + 5, size: 6, maxWidth: A4.width - 2 * MARGIN },
    { kind: 'text', text: words.subtitle(session.name, at), x: A4.width / 2, y: MARGIN + 12, size: 3.2, color: '#4b5563' },
  ];
  const flow = new Flow(header);
  flow.need(ROW * 2);
  flow.add({ kind: 'text', text: words.total(summary.total), x: MARGIN, y: flow.y + 4, size: 4.2, align: 'left', maxWidth: A4.width - 2 * MARGIN });
  flow.y += ROW * 2;
  countTable(flow, words.category, summary.byCategory, summary.total, words);
  countTable(flow, words.unit, summary.byUnit, summary.total, words);
  nameList(flow, words.onLeave(summary.total.leave), list.filter((p) => p.presence === 'leave').map((p) => p.person.name), words);
  nameList(flow, words.missing(summary.total.missing), list.filter((p) => p.presence === 'missing').map((p) => p.person.name), words);
  return flow.pages.map((shapes, i, all) => ({
    ...A4,
    shapes: [...shapes, { kind: 'text', text: words.page(i + 1, all.length), x: A4.width / 2, y: A4.height - MARGIN / 2, size: 3, color: '#6b7280' }],
  }));
}
