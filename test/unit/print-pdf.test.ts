// Issue 4: every printed format checked as a printer would check it — page size, text, fonts,
// the far face turned round, the watermark, the order of the seat index.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { compareNamesByStrokes } from '../../shared/arrange/order';
import { replaceRoster } from '../../shared/model/edits';
import { emptyProject } from '../../shared/model/sample';
import type { CardFormat, Project } from '../../shared/model/schema';
import { ROOM_TEMPLATES } from '../../shared/model/templates';
import { englishName } from '../../shared/print/card-list';
import { seatMapPages } from '../../shared/print/seat-map-layout';
import { importRoster } from '../../electron/services/import/import-roster';
import { printCards } from '../../electron/services/pdf/print-cards';
import { printList, printSeatMap } from '../../electron/services/pdf/print-map';
import { pdfFonts, pdfInfo, pdfText, ptToMm, renderPageGrey, writeTempPdf } from './pdf-tools';

let plenary: Project;

beforeAll(async () => {
  const roster = await importRoster(readFileSync('test/fixtures/plenary-roster.xlsx'), 'plenary-roster.xlsx');
  const room = ROOM_TEMPLATES['大礼堂']!();
  const base = { ...emptyProject(room.venue), meta: { title: '区委全体（扩大）会议', date: '2026年11月25日', place: '区委大礼堂', status: 'draft' as const } };
  plenary = arrangeZones(replaceRoster(base, roster.people)).project;
});

const withPrint = (project: Project, print: Partial<Project['print']>): Project => ({ ...project, print: { ...project.print, ...print } });
const sizeMm = (file: string) => {
  const info = pdfInfo(file);
  return [Math.round(ptToMm(info.widthPt)), Math.round(ptToMm(info.heightPt)), info.pages];
};

describe('card formats (6.2)', () => {
  it.each<[CardFormat, Partial<Project['print']>, number[]]>([
    ['a4-fold2', {}, [297, 210, 28]],
    ['a4-fold3', {}, [297, 210, 28]],
    ['insert-200x100', {}, [210, 297, 28]],
    ['custom', { customWidth: 180, customHeight: 80 }, [180, 160, 28]],
  ])('%s: page size and one sheet per rostrum seat', async (cardFormat, extra, expected) => {
    const { pdf } = await printCards(withPrint(plenary, { cardFormat, ...extra }));
    expect(sizeMm(writeTempPdf(pdf))).toEqual(expected);
  });

  it('A4 folded in three: the name on two 70 mm faces, the far one turned round, the base blank but for the code', async () => {
    const { pdf } = await printCards(withPrint(plenary, { cardFormat: 'a4-fold3' }));
    const { width, height, pixels } = renderPageGrey(writeTempPdf(pdf), 1, 30);
    const strip = Math.round(height / 3);
    const ink = (y0: number, y1: number) => { let n = 0; for (let y = y0; y < y1; y++) for (let x = 0; x < width; x++) n += pixels[y * width + x]! < 128 ? 1 : 0; return n; };
    expect(ink(2, strip - 2)).toBeGreaterThan(300);
    expect(ink(strip + 2, 2 * strip - 2)).toBeGreaterThan(300);
    expect(ink(2 * strip + 2, height)).toBeLessThan(60); // only the small placement code
    // The far face is the near face turned round (allowing a pixel or two of rounding).
    const agreement = (dx: number, dy: number) => {
      let same = 0; let total = 0;
      for (let y = 2; y < strip - 2; y++) for (let x = 2; x < width - 2; x++) {
        const a = pixels[y * width + x]! < 128; const b = pixels[(2 * strip - 1 - y + dy) * width + (width - 1 - x + dx)]! < 128;
        if (a || b) { total++; if (a === b) same++; }
      }
      return same / total;
    };
    const shifts = [-2, -1, 0, 1, 2];
    expect(Math.max(...shifts.flatMap((dx) => shifts.map((dy) => agreement(dx, dy))))).toBeGreaterThan(0.85);
  });

  it('second line, English line and vertical names', async () => {
    const { pdf } = await printCards(withPrint(plenary, { cardFormat: 'a4-fold3', secondLine: 'title', englishLine: true }));
    const text = pdfText(writeTempPdf(pdf));
    expect(text).toContain('区委书记');
    expect(text).toContain(englishName('黄萍峰'));
    expect(englishName('欧阳少东')).toBe('OUYANG Shaodong');
    const vertical = await printCards(withPrint(plenary, { cardFormat: 'custom', customWidth: 80, customHeight: 200, vertical: true }));
    expect(sizeMm(writeTempPdf(vertical.pdf))).toEqual([80, 400, 28]);
  });

  it('only the cards that changed since the last print (8.2)', async () => {
    const first = await printCards(plenary);
    const printedOnce = withPrint(plenary, { lastPrinted: first.printed });
    expect((await printCards(printedOnce, { changedOnly: true })).cardCount).toBe(0);
    const seatOfMao = Object.keys(plenary.assignment).find((seat) => plenary.people.find((p) => p.id === plenary.assignment[seat])!.name === '毛军')!;
    const changed = { ...printedOnce, people: printedOnce.people.map((p) => (p.name === '毛军' ? { ...p, name: '毛　俊' } : p)) };
    const reprint = await printCards(changed, { changedOnly: true });
    expect(reprint.cardCount).toBe(1);
    expect(Object.keys(reprint.printed)).toEqual([seatOfMao]);
  });
});

describe('seat map (7)', () => {
  it('a draft carries 送审稿, the title, date and place, and every rostrum name; fonts are embedded subsets', async () => {
    const { pdf, pageCount } = await printSeatMap(plenary);
    const file = writeTempPdf(pdf);
    expect(sizeMm(file).slice(0, 2)).toEqual([420, 297]);
    const text = pdfText(file).replace(/\s/g, '');
    // The watermark is set at an angle, so its characters come out of the text apart.
    expect(text).toContain('稿');
    expect(text).toContain('区委全体（扩大）会议座次图');
    expect(text).toContain('2026年11月25日');
    for (const name of ['黄萍峰', '毛军', '钱芳霞']) expect(text).toContain(name);
    expect(pdfFonts(file)).toMatch(/\+NotoSansSC-Bold\s.*yes yes yes/);
    // 600 hall seats cannot all carry legible names on one A3: a key plan, then sheets that each
    // hold as many aisle blocks and rows as stay legible.
    // The key plan, the rostrum, and two sheets of ten full hall rows each.
    expect(pageCount).toBe(4);
    expect(text).toContain('总图');
    expect(text).toContain('见第2页');
  });

  it('the plenary hall’s map on A3 carries every seated person’s name, each at least 6 pt', async () => {
    const { pdf } = await printSeatMap(plenary);
    const file = writeTempPdf(pdf);
    const everyone = pdfText(file).replace(/\s/g, '');
    const seated = new Set(Object.values(plenary.assignment));
    const names = plenary.people.filter((p) => seated.has(p.id)).map((p) => p.name);
    expect(names).toHaveLength(170);
    for (const name of names) expect(everyone).toContain(name);
    // pdftotext -bbox gives each word's box: the names are set at 6 pt or more.
    const boxes = pdfText(file, '-bbox');
    const heights = names.flatMap((name) => [...boxes.matchAll(new RegExp(`yMin="([\\d.]+)" xMax="[\\d.]+" yMax="([\\d.]+)">${name}<`, 'g'))].map((m) => Number(m[2]) - Number(m[1])));
    expect(heights.length).toBeGreaterThanOrEqual(170);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(6);
  });

  it('an approved map has no watermark and shows who approved it', async () => {
    const approved = { ...plenary, meta: { ...plenary.meta, status: 'approved' as const, approvedBy: '张主任', approvedAt: '2026-11-24' } };
    const text = pdfText(writeTempPdf((await printSeatMap(approved)).pdf)).replace(/\s/g, '');
    expect(text).not.toContain('稿');
    expect(text).toContain('审定人：张主任');
  });

  it('A4 portrait and R-view', async () => {
    const { pdf } = await printSeatMap(plenary, { paper: 'A4', landscape: false, view: 'r', rowLabels: 'chinese' });
    const file = writeTempPdf(pdf);
    expect(sizeMm(file).slice(0, 2)).toEqual([210, 297]);
    expect(pdfText(file)).toContain('主席台视角');
    expect(pdfText(file).replace(/\s/g, '')).toContain('第二十排');
  });
});

describe('lists (7.4)', () => {
  it('the seat index is sorted by 姓氏笔画', async () => {
    const { pdf } = await printList(plenary, 'index');
    const lines = pdfText(writeTempPdf(pdf), '-layout').split('\n');
    const names = lines.flatMap((line) => {
      const cells = line.trim().split(/\s{2,}/);
      return cells.length >= 8 && cells[0] !== '姓名' ? [cells[0]!, cells[4]!] : [];
    });
    const firstColumn = names.filter((_, i) => i % 2 === 0);
    expect(firstColumn.length).toBeGreaterThan(20);
    expect(firstColumn).toEqual([...firstColumn].sort((a, b) => compareNamesByStrokes(a, b)));
  });

  it('sign-in sheets by unit and eight seat tickets to a page', async () => {
    const signIn = pdfText(writeTempPdf((await printList(plenary, 'sign-in')).pdf));
    expect(signIn).toContain('签名');
    expect(signIn).toContain('区委组织部');
    const tickets = await printList(plenary, 'tickets');
    expect(tickets.pageCount).toBe(Math.ceil(170 / 8));
  });
});

describe('a seat map in English', () => {
  it('prints its own words — title, row labels, zone names, legend, draft mark — in English; names stay as they are', async () => {
    const english = { ...plenary, print: { ...plenary.print, map: { ...plenary.print.map, language: 'en' as const } } };
    const text = pdfText(writeTempPdf((await printSeatMap(english)).pdf));
    for (const words of ['seat map', 'Row 1', 'Rostrum', 'Hall', 'Approved by', 'Members']) expect(text).toContain(words);
    expect(seatMapPages(english)[0]!.watermark).toBe('DRAFT'); // drawn turned, which pdftotext does not read back
    for (const words of ['座次图', '第1排', '送审稿', '审定人', '主席台']) expect(text.replace(/\s/g, '')).not.toContain(words);
    expect(text.replace(/\s/g, '')).toContain('黄萍峰');
  });
});

describe('lists in English', () => {
  it('the seat index, sign-in sheets and tickets print their headings and seat codes in English; names stay', async () => {
    const english = { ...plenary, print: { ...plenary.print, map: { ...plenary.print.map, language: 'en' as const } } };
    const index = pdfText(writeTempPdf((await printList(english, 'index')).pdf));
    expect(index).toContain('seat index');
    expect(index).toContain('by surname strokes');
    const signIn = pdfText(writeTempPdf((await printList(english, 'sign-in')).pdf));
    expect(signIn).toContain('Signature');
    expect(signIn).toMatch(/Rostrum row 1 seat \d+/);
    for (const text of [index, signIn]) expect(text.replace(/\s/g, '')).not.toMatch(/座次表|签到表|姓名|签名|主席台/);
  });
});
