// The app's small forms (renderer/panels/dialogs/form.ts) as a user fills them in.
import type { Locator, Page } from 'playwright-core';

export const formDialog = (page: Page): Locator => page.locator('[data-testid="form-dialog"]');

/** Types into the named text fields (data-field), ticks or unticks check boxes, then presses the form's OK button. */
export async function fillForm(page: Page, values: Record<string, string | boolean>): Promise<void> {
  const form = formDialog(page);
  await form.waitFor();
  for (const [field, value] of Object.entries(values)) {
    const input = form.locator(`[data-field="${field}"]`);
    if (typeof value === 'boolean') await input.setChecked(value);
    else await input.fill(value);
  }
  await form.locator('[data-dialog="ok"]').click();
  await form.waitFor({ state: 'detached' });
}
