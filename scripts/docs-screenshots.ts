// The screenshots of README's "first meeting in five minutes": the real app in Chromium, walked
// through the same steps the README describes. Run `npx tsx scripts/docs-screenshots.ts` after a
// visible change and look at docs/first-meeting/*.png before committing them.
import { mkdirSync } from 'node:fs';
import { chooseFile, seatPoint, startApp, zoneId } from '../test/e2e/harness';

const OUT = 'docs/first-meeting';

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const app = await startApp();
  const { page } = app;
  const shot = (name: string) => page.screenshot({ path: `${OUT}/${name}.png` });
  try {
    await shot('1-start');

    await chooseFile(page, 'importRoster', 'test/fixtures/plenary-roster.xlsx');
    await page.getByText('导入 170 人').waitFor();
    await shot('2-roster');

    await page.click('[data-action="arrangeAll"]');
    await page.getByText('已排好').waitFor();
    // The centre seat of the rostrum, chosen: the side panel says why No.1 sits there.
    const seat = await seatPoint(page, `${await zoneId(page, '主席台')}:1-4`);
    await page.locator('[data-testid="venue-canvas"]').click({ position: seat });
    await page.locator('.seat-panel .explanation').waitFor();
    await shot('3-arranged');

    await page.keyboard.press('Control+p');
    await page.locator('.print-dialog[data-preview-state="ready"]').waitFor();
    await shot('4-print');
  } finally {
    await app.close();
  }
}

await main();
