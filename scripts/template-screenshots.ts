// The screenshots of the built-in rooms, the template gallery and a traced floor plan for README's
// "designing a room" section: the real app in Chromium. Run `npx tsx scripts/template-screenshots.ts`
// after a visible change and look at docs/templates/*.png before committing them.
import { mkdirSync } from 'node:fs';
import { fillForm } from '../test/e2e/forms';
import { answerQuestion, startApp } from '../test/e2e/harness';

const OUT = 'docs/templates';
/** Picker value → file name (ASCII, so links work everywhere). */
const ROOMS: Record<string, string> = {
  大礼堂: 'auditorium', 常务会议室: 'standing-committee-room', U形会议室: 'u-shape-room', 宴会厅: 'banquet-hall', 报告厅: 'lecture-hall',
};

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const app = await startApp();
  const { page } = app;
  const canvas = page.locator('[data-testid="venue-canvas"]');
  const settle = () => page.evaluate('new Promise(requestAnimationFrame)');
  try {
    for (const [room, file] of Object.entries(ROOMS)) {
      await page.selectOption('[data-control="room"]', room);
      if (await page.locator('[data-testid="question-dialog"]').count()) await answerQuestion(page);
      await settle();
      await canvas.screenshot({ path: `${OUT}/${file}.png` });
    }

    await page.selectOption('[data-control="room"]', 'gallery:');
    await page.locator('[data-testid="room-gallery"]').screenshot({ path: `${OUT}/gallery.png` });

    // Tracing: a blank room, the sample floor plan under it, scaled by its 15 m dimension line,
    // then a rostrum and a hall drawn over it.
    await page.click('[data-testid="room-gallery"] [data-room="blank:"]');
    if (await page.locator('[data-testid="question-dialog"]').count()) await answerQuestion(page);
    const floorPlan = page.locator('[data-testid="floor-plan-panel"]');
    await floorPlan.locator('summary').click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), floorPlan.locator('[data-action="importFloorPlan"]').click()]);
    await chooser.setFiles('test/fixtures/floor-plan.png');
    await page.getByText('已导入底图').waitFor();
    type Shown = { onScreen: { x: number; y: number; width: number; height: number } } | null;
    const shown = (await page.evaluate(() => (window as unknown as { zuociCanvas: { floorPlan: () => Shown } }).zuociCanvas.floorPlan()))!;
    const at = (px: number, py: number) => ({ x: shown.onScreen.x + (px * shown.onScreen.width) / 400, y: shown.onScreen.y + (py * shown.onScreen.height) / 300 });
    await floorPlan.locator('[data-action="setFloorPlanScale"]').click();
    await canvas.click({ position: at(50, 150) });
    await canvas.click({ position: at(350, 150) });
    await fillForm(page, { distance: '15' });
    const elements = page.locator('[data-testid="element-panel"]');
    await elements.locator('summary').click();
    const set = async (field: string, value: string) => {
      await elements.locator(`[data-field="${field}"]`).fill(value);
      await elements.locator(`[data-field="${field}"]`).press('Enter');
    };
    await elements.locator('[data-control="palette"]').selectOption('rostrum');
    await set('rostrum-rows', '7, 9');
    // On the plan's stage (7.25–15.25 m across, from 5.75 m deep once scaled).
    await set('x', '7.65');
    await set('y', '6.35');
    await elements.locator('[data-control="palette"]').selectOption('hall');
    await set('rows', '7');
    await set('seatsPerRow', '18');
    await set('aisles', '4, 14');
    await set('x', '5.1');
    await set('y', '10.5');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await settle();
    await page.screenshot({ path: `${OUT}/trace.png` });
  } finally {
    await app.close();
  }
}

await main();
