// bench/print-preview: how soon the print dialog shows the first page of its preview after the
// user asks (opening it, switching what to print, changing an option), and when every preview page
// is done, in Chromium with the 170-person plenary. Measured inside the page from the click to the
// new page's canvas, so Playwright's own round trips do not count. Needs /usr/bin/chromium.
import type { Page } from 'playwright-core';
import { chooseFile, startApp } from '../test/e2e/harness';

const ROUNDS = 3;

/**
 * Run `act` in the page, then wait for a new first-page canvas and for the dialog to say "ready".
 * A string, not a function: tsx would wrap a function's inner helpers in a `__name` the page lacks.
 */
const measure = (page: Page, act: string) =>
  page.evaluate(`(async () => {
    const start = performance.now();
    let firstPage = 0;
    const seen = new Promise((resolve) => {
      const observer = new MutationObserver((records) => {
        const added = records.some((r) => Array.from(r.addedNodes).some((n) => n instanceof HTMLCanvasElement && n.dataset.page === '1'));
        if (!added) return;
        firstPage = performance.now() - start;
        observer.disconnect();
        resolve();
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    ${act};
    await seen;
    await new Promise((resolve) => {
      const check = () => (document.querySelector('.print-dialog')?.getAttribute('data-preview-state') === 'ready' ? resolve() : requestAnimationFrame(check));
      check();
    });
    return { firstPage, ready: performance.now() - start };
  })()`) as Promise<{ firstPage: number; ready: number }>;

const click = (selector: string) => `document.querySelector('${selector}').click()`;
/** Change a <select> the way React hears it. */
const choose = (selector: string, value: string) =>
  `{ const s = document.querySelector('${selector}'); Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set.call(s, '${value}'); s.dispatchEvent(new Event('change', { bubbles: true })); }`;

const STEPS: [string, string][] = [
  ['open the dialog (cards)', `document.dispatchEvent(new KeyboardEvent('keydown', { key: 'p', ctrlKey: true, bubbles: true }))`],
  ['switch to the seat map', click('.print-kinds [data-kind="map"]')],
  ['map: A4 portrait', choose('[data-print="paper"]', 'A4-p')],
  ['switch to the seat index', click('.print-kinds [data-kind="index"]')],
  ['switch to the sign-in sheets', click('.print-kinds [data-kind="sign-in"]')],
  ['switch to the seat tickets', click('.print-kinds [data-kind="tickets"]')],
  ['back to the cards', click('.print-kinds [data-kind="cards"]')],
  ['cards: A4 folded in three', choose('[data-print="cardFormat"]', 'a4-fold3')],
  ['cards: every seat', choose('[data-print="scope"]', 'all')],
];

const app = await startApp();
await chooseFile(app.page, 'importRoster', 'test/fixtures/plenary-roster.xlsx');
await app.page.getByText('导入 170 人').waitFor();
await app.page.click('[data-action="arrangeAll"]');
await app.page.getByText('已排好').first().waitFor();

const results = new Map<string, { firstPage: number[]; ready: number[] }>();
for (let round = 0; round < ROUNDS; round++) {
  for (const [label, act] of STEPS) {
    const { firstPage, ready } = await measure(app.page, act);
    const entry = results.get(label) ?? { firstPage: [], ready: [] };
    entry.firstPage.push(firstPage);
    entry.ready.push(ready);
    results.set(label, entry);
  }
  // Put the options back and close, so every round starts from the same document.
  await app.page.selectOption('[data-print="scope"]', 'rostrum');
  await app.page.selectOption('[data-print="cardFormat"]', 'a4-fold2');
  await app.page.click('.print-kinds [data-kind="map"]');
  await app.page.selectOption('[data-print="paper"]', 'A3-l');
  await app.page.keyboard.press('Escape');
}
const pdfCalls = (await app.page.evaluate(`performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/pdf')).map((e) => Math.round(e.duration))`)) as number[];
await app.close();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(`print preview, plenary of 170, median of ${ROUNDS}:        first page    all pages`);
for (const [label, { firstPage, ready }] of results) {
  console.log(`${label.padEnd(44)} ${median(firstPage).toFixed(0).padStart(8)} ms ${median(ready).toFixed(0).padStart(9)} ms`);
}
console.log(`the host's PDF for each preview (/api/pdf, median of ${pdfCalls.length}): ${median(pdfCalls).toFixed(0)} ms`);
