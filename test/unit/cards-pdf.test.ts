// Place cards for the plenary fixture's 7-seat rostrum, checked the way a printer would check them.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { replaceRoster } from '../../shared/model/edits';
import { sampleProject } from '../../shared/model/sample';
import type { Project } from '../../shared/model/schema';
import { cardList } from '../../shared/print/card-list';
import { importRoster } from '../../electron/services/import/import-roster';
import { printCards } from '../../electron/services/pdf/print-cards';
import { pdfFonts, pdfInfo, pdfText, ptToMm, renderPageGrey, writeTempPdf } from './pdf-tools';

let project: Project;
let file: string;
let missing: Awaited<ReturnType<typeof printCards>>['missingGlyphs'];

beforeAll(async () => {
  const roster = await importRoster(readFileSync('test/fixtures/plenary-roster.xlsx'), 'plenary-roster.xlsx');
  project = arrangeZones(replaceRoster(sampleProject(), roster.people)).project;
  const printed = await printCards(project);
  file = writeTempPdf(printed.pdf);
  missing = printed.missingGlyphs;
});

describe('A4 tent cards, folded in two', () => {
  it('one A4 landscape page per rostrum seat', () => {
    const info = pdfInfo(file);
    expect(info.pages).toBe(7);
    expect(ptToMm(info.widthPt)).toBeCloseTo(297, 0);
    expect(ptToMm(info.heightPt)).toBeCloseTo(210, 0);
  });

  it('in seating order (A-view left to right), each name on both faces', () => {
    const pages = pdfText(file).split('\f').slice(0, 7);
    const expected = cardList(project).map((card) => card.name);
    expect(expected).toEqual(['邱红萍', '金波', '汤慧福', '黄萍峰', '毛军', '薛强', '闫柏勇']);
    pages.forEach((page, index) => {
      const compact = page.replace(/\s/g, '');
      const name = expected[index]!;
      // The upright face reads normally; the rotated one comes out reversed or spaced out.
      expect(compact).toContain(name);
      expect(compact.split('').filter((ch) => ch === name[0]).length).toBeGreaterThanOrEqual(2);
    });
    expect(missing).toEqual([]);
  });

  it('the far face is the near face rotated 180°', () => {
    const { width, height, pixels } = renderPageGrey(file, 4);
    const half = Math.floor(height / 2);
    // The first rows mirror the bottom edge of the page, where only the lower face carries the
    // small placement code: skip them.
    const codeRows = 12;
    const at = (x: number, y: number) => pixels[Math.min(height - 1, Math.max(0, y)) * width + Math.min(width - 1, Math.max(0, x))]!;
    let inkTop = 0;
    for (let y = codeRows; y < half; y++) for (let x = 0; x < width; x++) inkTop += at(x, y) < 128 ? 1 : 0;
    // Mean difference between the upper half turned round and the lower half, allowing the page's
    // fractional pixel size to shift the mirror by up to two pixels.
    const meanDifference = (dx: number, dy: number) => {
      let difference = 0;
      for (let y = codeRows; y < half; y++) {
        for (let x = 0; x < width; x++) difference += Math.abs(at(x, y) - at(width - 1 - x + dx, height - 1 - y + dy));
      }
      return difference / (width * (half - codeRows));
    };
    const shifts = [-2, -1, 0, 1, 2];
    const best = Math.min(...shifts.flatMap((dx) => shifts.map((dy) => meanDifference(dx, dy))));
    expect(inkTop).toBeGreaterThan(500); // there is a name up there
    expect(best).toBeLessThan(4); // and it is the lower face, turned round
    let unrotated = 0; // the upper half compared with the lower half as printed, not turned
    for (let y = codeRows; y < half; y++) for (let x = 0; x < width; x++) unrotated += Math.abs(at(x, y) - at(x, y + half));
    expect(unrotated / (width * (half - codeRows))).toBeGreaterThan(best * 3);
  });

  it('embeds the CJK font as a subset', () => {
    const fonts = pdfFonts(file);
    expect(fonts).toMatch(/[A-Z]{6}\+NotoSansSC-Bold\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });
});

describe('missing glyphs (6.4)', () => {
  async function rareProject(fallbackFont: string): Promise<Project> {
    const roster = await importRoster(readFileSync('test/fixtures/rare-names.csv'), 'rare-names.csv');
    const base = replaceRoster(sampleProject(), roster.people);
    const wide = { ...base, venue: { ...base.venue, elements: base.venue.elements.map((e) => (e.kind === 'rostrum' ? { ...e, rows: [20] } : e)) } };
    return { ...arrangeZones(wide).project, print: { ...base.print, fallbackFont } };
  }

  it('without a fallback font: names the person and the character, and leaves that card out', async () => {
    const printed = await printCards(await rareProject('none'));
    expect(printed.missingGlyphs).toEqual([{ name: '张𠈌', characters: ['𠈌'] }]);
    expect(printed.cardCount).toBe(19);
    expect(pdfText(writeTempPdf(printed.pdf))).not.toContain('张');
  });

  it('with the bundled fallback: prints 𠈌 from Source Han Sans, both fonts embedded as subsets', async () => {
    const printed = await printCards(await rareProject('bundled-fallback'));
    expect(printed.missingGlyphs).toEqual([]);
    expect(printed.cardCount).toBe(20);
    const file = writeTempPdf(printed.pdf);
    expect(pdfText(file).replace(/\s/g, '')).toContain('张𠈌');
    const fonts = pdfFonts(file);
    expect(fonts).toMatch(/\+NotoSansSC-Bold\s.*yes yes yes/);
    expect(fonts).toMatch(/\+SourceHanSansSC-Bold\s.*yes yes yes/);
  });
});
