// Issue 13 in the app: in English, a new user walks the main screens (an arranged plenary on the
// canvas, the rules, the roster, a chosen seat with its explanation, the question dialogs, the
// print dialog, the notices) and meets no Chinese except what the meeting itself is made of:
// people's names, units and titles, and the meeting's own title and place.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRoster } from '../../electron/services/import/import-roster';
import { type AppHarness, browserAvailable, chooseFile, startApp, seatPoint } from './harness';
import { chineseLeftIn, collectUiText, type UiText } from './ui-text';

const ROSTER = 'test/fixtures/plenary-roster.xlsx';
const MEETING_TITLE = '示例会议'; // the sample meeting's own title, which the user may keep

let app: AppHarness;
let allowed: string[];
/** Every piece of text seen on the walk, with where it was seen. */
const seen: UiText[] = [];

const look = async (screen: string) => seen.push(...(await collectUiText(app.page, screen)));

/** Strings of one kind that still carry Chinese of the app's own making: each once, with where and on which screens. */
function offenders(sources: UiText['source'][]): string[] {
  const found = new Map<string, Set<string>>();
  for (const t of seen.filter((text) => sources.includes(text.source) && chineseLeftIn(text.text, allowed))) {
    const key = `${t.where}: ${t.text}`;
    found.set(key, (found.get(key) ?? new Set()).add(t.screen));
  }
  return [...found].map(([key, screens]) => `${key}  [${[...screens].join(', ')}]`);
}

describe.skipIf(!browserAvailable)('English throughout, in Chromium', () => {
  beforeAll(async () => {
    const roster = await importRoster(readFileSync(ROSTER), 'plenary-roster.xlsx');
    allowed = [...roster.people.flatMap((p) => [p.name, p.unit, p.title]), MEETING_TITLE];
    app = await startApp();
    await app.page.click('button.language');
    await app.page.getByRole('button', { name: 'Arrange all' }).waitFor();
    await look('empty roster');
    await chooseFile(app.page, 'importRoster', ROSTER);
    await app.page.getByText('Imported 170 people').waitFor();
    await app.page.click('[data-action="arrangeAll"]');
    await app.page.getByText('Seated 57 people').waitFor();
    await look('arranged plenary');

    // The rules of the hall, with the ordering settings open.
    await app.page.selectOption('[data-rule="zone"]', { index: 1 }); // the hall: the rostrum is first
    await app.page.click('.ordering-settings summary');
    await look('hall rules');

    // A rostrum seat chosen on the canvas: the seat panel explains it; so does the hover tooltip.
    const rostrum = await app.page.locator('[data-rule="zone"] option').first().getAttribute('value'); // listed first
    const seat = await seatPoint(app.page, `${rostrum}:1-4`);
    await app.page.locator('[data-testid="venue-canvas"]').click({ position: seat });
    await app.page.locator('.seat-panel .explanation').waitFor();
    await app.page.locator('[data-testid="venue-canvas"]').hover({ position: seat });
    await app.page.locator('[data-testid="seat-tooltip"]').waitFor();
    await look('seat chosen');
    await app.page.screenshot({ path: 'test-output/english-arranged.png' });

    // The question dialogs: a stand-in's name, and replacing the room (both cancelled).
    await app.page.locator('tr[data-person="毛军"] [data-control="substitute"]').click();
    await app.page.locator('[data-testid="form-dialog"]').getByText('Who stands in for 毛军?').waitFor();
    await look('substitute form');
    await app.page.keyboard.press('Escape');
    await app.page.selectOption('[data-control="room"]', '宴会厅');
    await app.page.locator('[data-testid="question-dialog"]').waitFor();
    await look('replace room question');
    await app.page.click('[data-dialog="cancel"]');

    // Every kind in the print dialog, once its preview is current.
    await app.page.keyboard.press('Control+p');
    for (const kind of ['cards', 'map', 'index', 'sign-in', 'tickets']) {
      await app.page.click(`.print-kinds [data-kind="${kind}"]`);
      await app.page.locator('.print-dialog[data-preview-state="ready"], .print-dialog[data-preview-state="failed"]').waitFor();
      await look(`print: ${kind}`);
      await app.page.screenshot({ path: `test-output/english-print-${kind}.png` });
    }
    await app.page.keyboard.press('Escape');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('the walk saw every screen', () => {
    const screens = new Set(seen.map((text) => text.screen));
    expect(screens.size).toBe(11);
    // A check that found nothing to read would pass by accident.
    expect(seen.some((t) => t.source === 'explanation')).toBe(true);
    expect(seen.some((t) => t.source === 'notice')).toBe(true);
    expect(seen.some((t) => t.source === 'canvas')).toBe(true);
  });

  it('panels, question dialogs and the print dialog speak English', () => {
    expect(offenders(['panel', 'dialog'])).toEqual([]);
  });

  it('notices speak English', () => {
    // Notices are written by renderer/actions (lead) from place names made in shared/arrange.
    expect(offenders(['notice'])).toEqual([]);
  });

  it('labels drawn on the canvas speak English', () => {
    // Drawn by renderer/canvas (canvas engineer): zone, row and object labels.
    expect(offenders(['canvas'])).toEqual([]);
  });

  it('ENGINE EXPLANATIONS (shared/arrange, owned by the engine engineer) speak English', () => {
    // The panels pick `.en` as soon as explainPlacement returns a Bilingual (renderer/i18n/shared-text.ts).
    expect(offenders(['explanation'])).toEqual([]);
  });
});
