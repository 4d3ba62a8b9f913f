// bench/ui: the app in Chromium with a 10,000-seat plan (100 × 100 hall, 3-row rostrum): time to
// open and draw it, to arrange every zone, and to undo. Needs /usr/bin/chromium.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { arrangeZones } from '../shared/arrange/arrange';
import { serializeProject } from '../shared/model/load';
import { quickVenue } from '../shared/model/quick-venue';
import { emptyProject } from '../shared/model/sample';
import { startApp } from '../test/e2e/harness';
import { generateRoster } from './roster';

const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-bench-')), '万人会议.zuoci');
const plan = arrangeZones({ ...emptyProject(quickVenue({ rostrumRows: [14, 14, 14], hall: { rows: 100, seatsPerRow: 100, aisles: [25, 75] } })), people: generateRoster(10_000) }).project;
writeFileSync(file, serializeProject(plan));

const app = await startApp();
const frame = () => app.page.evaluate('new Promise(requestAnimationFrame)');
const timed = async (label: string, run: () => Promise<unknown>) => {
  const start = performance.now();
  await run();
  await frame();
  console.log(`${label.padEnd(34)} ${(performance.now() - start).toFixed(0).padStart(6)} ms`);
};
await timed('open and draw 10,042 seats', async () => {
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.page.click('[data-action="open"]')]);
  await chooser.setFiles(file);
  await app.page.getByText('已打开').waitFor();
});
await timed('arrange all zones and redraw', async () => {
  await app.page.click('[data-action="arrangeAll"]');
  await app.page.getByText('已排好').first().waitFor();
});
await timed('undo (Ctrl+Z) and redraw', () => app.page.keyboard.press('Control+z'));
await app.close();
