// Print the open session's cards as staff do (Ctrl+P, 保存 PDF), so the app knows what was printed
// and speaks of reprinting afterwards (8.2).
import type { Page } from 'playwright-core';

export async function printCards(page: Page): Promise<void> {
  await page.keyboard.press('Control+p');
  await page.locator('.print-dialog[data-preview-state="ready"], .print-dialog[data-preview-state="failed"]').waitFor();
  await Promise.all([page.waitForEvent('download'), page.click('[data-action="savePdf"]')]);
  await page.getByText(/已导出 \d+ 张座签/).first().waitFor();
  await page.click('.print-dialog .close');
}
