// The printed seat map draws every new kind of the room designer: a fan hall with its first row
// number, an oval table, 会见 sofas, 合影 risers, 主持台, window, pillar, stage edge, 会标, a text
// label and the room's outline — checked in the PDF's own text and in its pixels.
import { copyFileSync, mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paletteElement, type PaletteItem } from '../../shared/model/palette';
import { emptyProject } from '../../shared/model/sample';
import type { Project, VenueElement } from '../../shared/model/schema';
import { setSeatOverride } from '../../shared/model/seat-overrides';
import { printSeatMap } from '../../electron/services/pdf/print-map';
import { pdfText, renderPageGrey, writeTempPdf } from './pdf-tools';

const ROOM = { width: 4000, depth: 3000 };

function at(item: PaletteItem, x: number, y: number, change: Partial<VenueElement> = {}): VenueElement {
  return { ...paletteElement(item, ROOM), x, y, ...change } as VenueElement;
}

function room(): Project {
  const elements: VenueElement[] = [
    at('outline', 0, 0),
    at('banner', 1000, 60, { label: '全省安全生产工作会议' }),
    at('chair-desk', 400, 300),
    at('stage-edge', 1000, 560),
    at('hall-fan', 1200, 700, { firstRow: 3, firstSeat: 1 }),
    at('table-oval', 600, 1500),
    at('sofas', 3200, 1500),
    at('risers', 400, 2300),
    at('window', 3800, 400, { rotation: 90 }),
    at('pillar', 2000, 2200),
    at('text', 2600, 2700, { label: '茶水间' }),
    at('door', 3000, 2976),
  ];
  let project: Project = { ...emptyProject(), meta: { title: '设计器新元素', date: '', place: '', status: 'draft' }, venue: { name: '新会场', ...ROOM, elements, seatOverrides: {} } };
  const hall = elements.find((e) => e.kind === 'hall')!;
  project = setSeatOverride(project, [`${hall.id}:1-8`], { field: 'disabled', value: true }).project;
  project = setSeatOverride(project, [`${hall.id}:1-9`], { field: 'reserved', value: '媒体' }).project;
  return project;
}

describe('the printed map of a room with every new kind', () => {
  it('prints the banner, the labels, the first row number and the reserved category', async () => {
    const { pdf } = await printSeatMap(room());
    const file = writeTempPdf(pdf, 'designer-kinds.pdf');
    mkdirSync('test-output', { recursive: true });
    copyFileSync(file, 'test-output/designer-kinds-map.pdf');
    const text = pdfText(file).replace(/\s+/g, '');
    for (const word of ['全省安全生产工作会议', '主持台', '台口', '第3排', '椭圆桌', '会见厅', '合影', '就座', '站立', '窗', '柱', '茶水间', '会场轮廓', '媒体']) {
      expect(text, word).toContain(word);
    }
    expect(text).not.toContain('第1排');
    // The outline is drawn: the page's left edge of the room is dark, not blank.
    const page = renderPageGrey(file, 1, 30);
    const dark = page.pixels.filter((v) => v < 120).length;
    expect(dark).toBeGreaterThan(200);
  });
});
