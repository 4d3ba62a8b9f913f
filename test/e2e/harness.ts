// Browser-mode harness: the real renderer on Vite's dev server (with the host API plugin) in
// Debian's Chromium via playwright-core. Under CI a missing browser fails; locally it skips.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const browserAvailable = existsSync(CHROMIUM_PATH);
if (!browserAvailable && process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: e2e tests cannot run (CI=true).`);

export interface AppHarness {
  page: Page;
  url: string;
  /** Where browser-mode "save" writes. */
  workDir: string;
  close: () => Promise<void>;
}

export async function startApp(): Promise<AppHarness> {
  mkdirSync('test-output', { recursive: true }); // screenshots to look at, kept out of git
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'zuoci-e2e-'));
  process.env.ZUOCI_WEB_DIR = workDir;
  const server: ViteDevServer = await createServer({
    configFile: path.resolve('vite.config.ts'),
    server: { port: 0, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  await server.listen();
  const address = server.httpServer!.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Informational notices fade after 10 s of wall-clock time; on a loaded machine a test could look
  // for one after it faded. Hold the fade (its start and end are tested on their own, by event).
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = '.notice { animation-play-state: paused !important; }';
      document.head.append(style);
    });
  });
  await page.goto(url);
  await page.waitForSelector('[data-action="importRoster"]');
  return {
    page, url, workDir,
    close: async () => {
      await browser.close();
      await server.close();
      if (errors.length) throw new Error(`Page errors: ${errors.join('\n')}`);
    },
  };
}

/** Zoom the canvas to some seats (a zone's row, an element), as a user would to read their names. */
export async function frameSeats(page: Page, filter: { zone?: string; row?: number; elementId?: string }): Promise<void> {
  await page.evaluate((f) => (window as unknown as { zuociCanvas: { frame: (f: unknown) => void } }).zuociCanvas.frame(f), filter);
  await page.evaluate('new Promise(requestAnimationFrame)');
}

/**
 * Names on the canvas's seats of one zone and row, in A-view order (left to right on screen). Names
 * are drawn only where legible, so it first zooms to that row.
 */
export async function namesOnCanvas(page: Page, zone: string, row: number): Promise<string[]> {
  await frameSeats(page, { zone, row });
  return page.evaluate(
    ({ zone, row }) => {
      const konva = (window as unknown as { Konva: { stages: { find: (selector: string) => { getAttr: (name: string) => unknown; getAbsolutePosition: () => { x: number }; text: () => string }[] }[] } }).Konva;
      const nodes = konva.stages[0]!.find('.seat-name').filter((node) => node.getAttr('zone') === zone && node.getAttr('row') === row);
      return nodes.sort((a, b) => a.getAbsolutePosition().x - b.getAbsolutePosition().x).map((node) => node.text());
    },
    { zone, row },
  );
}

/** A seat's centre in pixels from the canvas's top-left corner (seats are painted in blocks). */
export async function seatPoint(page: Page, seatId: string): Promise<{ x: number; y: number }> {
  const rect = await page.evaluate((id) => (window as unknown as { zuociCanvas: { seatOnScreen: (id: string) => { x: number; y: number; width: number; height: number } | null } }).zuociCanvas.seatOnScreen(id), seatId);
  if (!rect) throw new Error(`No seat ${seatId} on the canvas`);
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/** Click a toolbar action that opens a file picker (打开, 导入名单) and choose `file` in it. */
export async function chooseFile(page: Page, action: string, file: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click(`[data-action="${action}"]`)]);
  await chooser.setFiles(path.resolve(file));
  if (action === 'importRoster') await acceptImport(page);
}

/**
 * 导入名单 goes through the column-mapping dialog (and a merge step when the meeting has people):
 * accept it as proposed, as tests written before the dialog expect — except 主席台 written in 备注,
 * which the roster import did not use before (a 座区 column it did). A file that cannot be read
 * closes the dialog with a notice instead. test/e2e/import-mapping.test.ts tests the dialog itself.
 */
export async function acceptImport(page: Page): Promise<void> {
  const dialog = page.locator('[data-testid="import-dialog"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="import-dialog"]')?.getAttribute('data-state') !== 'reading');
  if ((await dialog.count()) === 0) return;
  const fromNote = dialog.locator('[data-import="rostrum"][data-source="note"]');
  if ((await fromNote.count()) > 0) await fromNote.uncheck();
  await dialog.locator('[data-import="confirm"]').click();
  const state = await page.evaluate(() => document.querySelector('[data-testid="import-dialog"]')?.getAttribute('data-state'));
  if (state === 'merge') await dialog.locator('[data-import="apply"]').click();
  await dialog.waitFor({ state: 'detached' });
}

/** A zone's element id, by its name in the rules panel's zone list (ids are random per room). */
export async function zoneId(page: Page, name: string): Promise<string> {
  const value = await page.locator('[data-rule="zone"] option').filter({ hasText: new RegExp(`^${name}$`) }).first().getAttribute('value');
  if (!value) throw new Error(`no zone named ${name}`);
  return value;
}

/** Answer the app's own question dialog (panels/dialogs): type `text` if it asks for one, then OK. */
export async function answerQuestion(page: Page, text?: string): Promise<void> {
  const dialog = page.locator('[data-testid="question-dialog"]');
  if (text !== undefined) await dialog.locator('[data-dialog="input"]').fill(text);
  await dialog.locator('[data-dialog="ok"]').click();
  await dialog.waitFor({ state: 'detached' });
}

/** The open session's plan as the tests read it (never write it): seats by name, locks, who is absent. */
export interface PlanView {
  /** seatId → name */
  seats: Record<string, string>;
  locks: string[];
  /** name → person id */
  ids: Record<string, string>;
  names: string[];
  absent: string[];
  people: number;
}

/**
 * Read from the app's own store module (the dev server serves the same instance the app runs). A
 * string, so the test runner does not rewrite the page's import().
 */
export const planView = (page: Page): Promise<PlanView> =>
  page.evaluate(`(async () => {
    const { useZuoci } = await import('/store/store.ts');
    const p = useZuoci.getState().project;
    const names = Object.fromEntries(p.people.map((x) => [x.id, x.name]));
    return {
      seats: Object.fromEntries(Object.entries(p.assignment).map(([seat, id]) => [seat, names[id]])),
      locks: [...p.locks],
      ids: Object.fromEntries(p.people.map((x) => [x.name, x.id])),
      names: p.people.map((x) => x.name),
      absent: p.people.filter((x) => x.absent).map((x) => x.name),
      people: p.people.length,
    };
  })()`);
