// The designer's property panel (会场设计) as a user fills it: a field typed and left is one edit.
import type { Locator, Page } from 'playwright-core';
import { startApp, type AppHarness } from './harness';

export const elementPanel = (page: Page): Locator => page.locator('[data-testid="element-panel"]');
export const elementField = (page: Page, name: string): Locator => elementPanel(page).locator(`[data-field="${name}"]`);

/** Type a value into a property field and leave it, as a user does (one undo step). */
export async function setElementField(page: Page, name: string, value: string): Promise<void> {
  await elementField(page, name).fill(value);
  await elementField(page, name).press('Enter');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** The app in 大礼堂 with the designer panel opened. */
export async function startInAuditorium(): Promise<AppHarness> {
  const app = await startApp();
  await app.page.selectOption('[data-control="room"]', '大礼堂');
  await elementPanel(app.page).locator('summary').click();
  return app;
}
