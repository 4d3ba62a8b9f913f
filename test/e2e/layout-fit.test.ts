// A new user's first look at the main window, in both languages and at two common window sizes:
// nothing is cut off or covered. The page itself never scrolls (the side column scrolls on its own),
// every toolbar control is in the window, the side panels keep their natural height, and the canvas's
// bottom-left bars (seating counts, 布置 layout bar) do not cover each other, in or out of layout mode.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type AppHarness, browserAvailable, chooseFile, startApp } from './harness';

const ROSTER = 'test/fixtures/plenary-roster.xlsx';
const SIZES = [{ width: 1400, height: 900 }, { width: 1280, height: 720 }];

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

let app: AppHarness;
const page = (): Page => app.page;

async function box(selector: string): Promise<Box> {
  const found = await page().locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not on screen`);
  return found;
}

/** What a user would see wrong: page scroll, toolbar controls outside the window, squeezed panels. */
async function problems(): Promise<string[]> {
  return page().evaluate(() => {
    const found: string[] = [];
    const root = document.scrollingElement!;
    if (root.scrollHeight > window.innerHeight + 1) found.push(`page scrolls ${root.scrollHeight - window.innerHeight}px down`);
    if (root.scrollWidth > window.innerWidth + 1) found.push(`page scrolls ${root.scrollWidth - window.innerWidth}px across`);
    const toolbar = document.querySelector('.toolbar')!.getBoundingClientRect();
    for (const control of Array.from(document.querySelectorAll<HTMLElement>('.toolbar > *'))) {
      const r = control.getBoundingClientRect();
      const name = control.dataset.action ?? control.className;
      if (r.right > window.innerWidth + 0.5 || r.left < -0.5) found.push(`toolbar ${name} outside the window (${Math.round(r.left)}–${Math.round(r.right)})`);
      if (r.bottom > toolbar.bottom + 0.5) found.push(`toolbar ${name} below the toolbar`);
      if (r.width < 20) found.push(`toolbar ${name} squeezed to ${Math.round(r.width)}px`);
    }
    const unsaved = document.querySelector('[data-testid="file-name"]')!;
    if (unsaved.scrollWidth > unsaved.clientWidth + 1) found.push('file name cut');
    // Side panels keep their natural height: none is squeezed below its content.
    for (const panel of Array.from(document.querySelectorAll<HTMLElement>('.side-column > .rules-panel, .side-column > .session-settings, .side-column > .seat-panel'))) {
      if (panel.clientHeight + 1 < panel.scrollHeight) found.push(`${panel.className} squeezed to ${panel.clientHeight}px of ${panel.scrollHeight}px`);
    }
    const roster = document.querySelector<HTMLElement>('.side-column .roster-panel');
    if (roster && roster.clientHeight < 280) found.push(`roster only ${roster.clientHeight}px tall`);
    const side = document.querySelector('.side-column')!.getBoundingClientRect();
    if (side.bottom > window.innerHeight + 0.5) found.push(`side column ends ${Math.round(side.bottom - window.innerHeight)}px below the window`);
    return found;
  });
}

describe.skipIf(!browserAvailable)('The main window fits, in Chromium', () => {
  beforeAll(async () => {
    app = await startApp();
    await chooseFile(page(), 'importRoster', ROSTER);
    await page().locator('[data-action="arrangeAll"]').click();
    // The user has opened the long panels: 会场设计 with a hall's properties, and the floor plan.
    await page().locator('[data-testid="element-panel"] > summary').click();
    await page().locator('[data-testid="floor-plan-panel"] > summary').click();
  });
  afterAll(async () => app?.close());

  it('in English nothing is cut: the roster search hint, the proxy link, one-line seats, the print dialog choices', async () => {
    await page().setViewportSize({ width: 1400, height: 900 });
    if ((await page().evaluate(() => document.documentElement.lang)) !== 'en') await page().click('button.language');
    await page().waitForFunction(() => document.documentElement.lang === 'en');
    const cut = await page().evaluate(() => {
      const found: string[] = [];
      const measure = document.createElement('canvas').getContext('2d')!;
      const textWidth = (element: Element, text: string) => {
        measure.font = getComputedStyle(element).font;
        return measure.measureText(text).width;
      };
      const search = document.querySelector<HTMLInputElement>('.side-column [data-control="roster-search"]')!;
      const style = getComputedStyle(search);
      const room = search.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (textWidth(search, search.placeholder) > room) found.push(`search hint "${search.placeholder}" cut`);
      const rows = Array.from(document.querySelectorAll('.side-column .roster-table tbody tr')).slice(0, 8);
      if (!rows.length) found.push('no roster rows');
      const table = document.querySelector('.side-column .roster-table')!;
      // The table's visible right edge, its own scroll bar excluded.
      const tableRight = table.getBoundingClientRect().left + table.clientLeft + table.clientWidth;
      for (const row of rows) {
        const seat = row.querySelector<HTMLElement>('td.seat');
        const lines = new Set<number>();
        if (seat) {
          const range = document.createRange();
          range.selectNodeContents(seat);
          for (const rect of Array.from(range.getClientRects())) if (rect.width > 0) lines.add(Math.round(rect.top));
        }
        if (lines.size > 1) found.push(`seat "${seat!.textContent}" on ${lines.size} lines`);
        const link = row.querySelector('[data-control="substitute"]');
        const cell = link?.closest('td');
        if (link && cell && Math.min(cell.getBoundingClientRect().right, tableRight) < link.getBoundingClientRect().right - 0.5) found.push(`"${link.textContent}" cut`);
      }
      return found;
    });
    expect(cut).toEqual([]);
    await page().click('[data-action="print"]');
    const fallback = page().locator('[data-print="fallbackFont"]');
    await fallback.waitFor();
    const choices = await fallback.evaluate((select: HTMLSelectElement) => {
      const measure = document.createElement('canvas').getContext('2d')!;
      measure.font = getComputedStyle(select).font;
      // The closed box shows the chosen option; the arrow takes about 24 px of it. The app's own
      // choices must fit (a system font's long name may be cut, like in any font menu).
      return Array.from(select.options).filter((o) => !o.text.startsWith('From ') && measure.measureText(o.text).width > select.clientWidth - 24).map((o) => o.text);
    });
    await page().screenshot({ path: 'test-output/layout-fit-en-print.png' });
    await page().keyboard.press('Escape');
    expect(choices).toEqual([]);
  });

  for (const language of ['zh-CN', 'en'] as const) {
    for (const size of SIZES) {
      it(`${language} at ${size.width}×${size.height}: no page scroll, toolbar in the window, panels unsqueezed`, async () => {
        await page().setViewportSize(size);
        const current = await page().evaluate(() => document.documentElement.lang);
        if (current !== language) await page().click('button.language');
        await page().waitForFunction((lang) => document.documentElement.lang === lang, language);
        await page().screenshot({ path: `test-output/layout-fit-${language}-${size.width}.png` });
        expect(await problems()).toEqual([]);
        // The side column scrolls on its own: its foot (the roster's end) can be reached by scrolling it.
        const scrolls = await page().evaluate(() => {
          const side = document.querySelector('.side-column')!;
          return side.scrollHeight > side.clientHeight ? getComputedStyle(side).overflowY : 'fits';
        });
        expect(['auto', 'scroll', 'fits']).toContain(scrolls);
      });

      it(`${language} at ${size.width}×${size.height}: the layout bar and the seating counts do not cover each other`, async () => {
        const status = await box('[data-testid="seating-status"]');
        const bar = await box('[data-testid="design-bar"]');
        expect(overlap(status, bar)).toBe(false);
        await page().click('[data-action="layoutMode"]');
        expect(await page().getAttribute('[data-action="layoutMode"]', 'aria-pressed')).toBe('true');
        const inLayout = { status: await box('[data-testid="seating-status"]'), bar: await box('[data-testid="design-bar"]'), zoom: await box('.zoom-indicator') };
        await page().screenshot({ path: `test-output/layout-fit-${language}-${size.width}-layout.png` });
        await page().click('[data-action="layoutMode"]');
        expect(overlap(inLayout.status, inLayout.bar)).toBe(false);
        expect(overlap(inLayout.bar, inLayout.zoom)).toBe(false);
        expect(overlap(inLayout.status, inLayout.zoom)).toBe(false);
      });
    }
  }
});
