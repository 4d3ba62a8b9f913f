// bench/roster-table: scrolling the roster table (名单表, opened wide) through a 10,000-person
// meeting, everyone seated in a 10,000-seat hall, in Chromium; frame times while the table scrolls
// 120 px per frame (about 7,000 px/s, a fast wheel), and the same on a bare page that scrolls a
// plain 10,000-row div (every row in the DOM, no React) as the baseline of this machine and run.
// The app is measured as users run it: the renderer built for production (Electron loads the
// built bundle), served by Vite's preview server with the same host API. `--dev` measures the dev
// server instead (React's development build is several times slower per row).
// Needs /usr/bin/chromium. Run: npx tsx bench/roster-table.ts
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { arrangeZones } from '../shared/arrange/arrange';
import { serializeMeeting } from '../shared/model/load';
import { makePerson } from '../shared/model/person';
import { planOf, withPlan } from '../shared/model/plan';
import { quickVenue } from '../shared/model/quick-venue';
import { newMeeting } from '../shared/model/sample';
import { replaceMeetingRoster } from '../shared/model/session-edits';
import { CHROMIUM_PATH, startApp } from '../test/e2e/harness';

const PEOPLE = 10_000;
const FRAMES = 240;
const STEP_PX = 120;

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文辉玲春梅兰云飞鹏斌宇浩凯';

function meeting() {
  const people = Array.from({ length: PEOPLE }, (_, i) => makePerson({
    id: `p${i}`,
    name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}${i % 3 ? GIVEN[(i * 13) % GIVEN.length] : ''}`,
    unit: `第${(i % 250) + 1}单位`, title: i % 5 ? '委员' : '常委', rank: i + 1, category: i < 500 ? '出席' : '列席', rosterIndex: i,
    gender: i % 2 ? '男' : '女', ethnicity: '汉族', note: i % 11 ? '' : '需无障碍通道',
  }));
  const room = { venue: quickVenue({ rostrumRows: [14, 14, 14], hall: { rows: 100, seatsPerRow: 100, aisles: [25, 75] } }), rules: {} };
  let m = replaceMeetingRoster(newMeeting(room, '万人大会'), people);
  const id = m.sessions[0]!.id;
  m = withPlan(m, id, planOf(m, id), arrangeZones(planOf(m, id)).project);
  return m;
}

/** With PROFILE=1: where the main thread's script time went (self time by function). */
function printProfile(profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples?: number[]; timeDeltas?: number[] }) {
  const self = new Map<string, number>();
  const dt = new Map<number, number>();
  profile.samples?.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0)));
  for (const node of profile.nodes) {
    const key = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0) / 1000);
  }
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k, v]) => `${v.toFixed(0).padStart(7)} ms ${k}`).join('\n'));
}

/** Scroll `selector` by STEP_PX each animation frame and return the frame intervals (ms). */
async function scrollFrames(page: Page, selector: string): Promise<number[]> {
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  return page.evaluate(`new Promise((resolve) => {
    const element = document.querySelector(${JSON.stringify(selector)});
    const times = [];
    let last = 0;
    const tick = (now) => {
      if (last) times.push(now - last);
      last = now;
      element.scrollTop += ${STEP_PX};
      if (element.scrollTop + element.clientHeight >= element.scrollHeight) element.scrollTop = 0;
      if (times.length < ${FRAMES}) requestAnimationFrame(tick);
      else resolve(times);
    };
    requestAnimationFrame(tick);
  })`);
}

function report(label: string, intervals: number[], rows: number) {
  const sorted = [...intervals].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const slow = intervals.filter((t) => t > 20).length;
  console.log(`${label.padEnd(44)} median ${at(0.5).toFixed(1).padStart(5)} ms  p95 ${at(0.95).toFixed(1).padStart(5)} ms  max ${sorted.at(-1)!.toFixed(1).padStart(6)} ms  >20 ms: ${String(slow).padStart(3)}/${intervals.length}  rows in DOM ${rows}`);
}

const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-bench-')), '万人大会.zuoci');
writeFileSync(file, serializeMeeting(meeting()));

const dev = process.argv.includes('--dev');

/** The production renderer on Vite's preview server, in Chromium: the page and how to close it all. */
async function startBuiltApp(): Promise<{ page: Page; close: () => Promise<void> }> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'zuoci-bench-web-'));
  process.env.ZUOCI_WEB_DIR = work;
  const outDir = path.join(work, 'dist');
  await build({ configFile: path.resolve('vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({ configFile: path.resolve('vite.config.ts'), logLevel: 'warn', preview: { port: 0, host: '127.0.0.1' }, build: { outDir } });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  await page.goto(server.resolvedUrls!.local[0]!);
  await page.waitForSelector('[data-action="open"]');
  return { page, close: async () => { await browser.close(); await new Promise<void>((resolve) => server.httpServer.close(() => resolve())); } };
}

const app = dev ? await startApp() : await startBuiltApp();
const { page } = app;
const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-action="open"]')]);
await chooser.setFiles(file);
await page.locator('[data-testid="roster-table"] tr[data-person]').first().waitFor();
await page.click('[data-action="toggleRosterTable"]');
await page.getByTestId('roster-dock').waitFor();
const table = '[data-testid="roster-dock"] [data-testid="roster-table"]';
// The 已打开 notice fades by a CSS animation that repaints every frame: closed, as a user would,
// so the frames measured are the table's.
for (const close of await page.locator('.notice button').all()) await close.click();
await scrollFrames(page, table); // warm-up: JIT, fonts, caches
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');
const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
const before = await metrics();
const tableFrames = await scrollFrames(page, table);
const after = await metrics();
const busy = (name: string) => (((after[name] ?? 0) - (before[name] ?? 0)) * 1000 / FRAMES).toFixed(1);
const tableRows = await page.locator(`${table} tbody tr[data-person]`).count();

/** Type `query` into the table's search box and wait for the next frame: ms, and the rows found. */
const search = (query: string) => page.evaluate(`(async () => {
  const input = document.querySelector('[data-control="roster-search"]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const start = performance.now();
  setValue.call(input, ${JSON.stringify(query)});
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise(requestAnimationFrame);
  return [performance.now() - start, document.querySelector('[data-testid="roster-shown"]').textContent];
})()`) as Promise<[number, string]>;
await page.waitForTimeout(3000); // idle: the pinyin of every name is read in the background
const searches = [];
if (process.env.PROFILE) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.start'); }
for (const query of ['w', 'wj', '王', '第12单位', '']) searches.push([query || '(cleared)', ...(await search(query))] as const);
if (process.env.PROFILE) printProfile((await cdp.send('Profiler.stop')).profile);

// The baseline: the same browser, a bare page, 10,000 plain rows of twelve cells, all in the DOM.
await page.setContent(`<!doctype html><meta charset="utf-8"><div id="list" style="height:400px;overflow:auto;font:14px sans-serif"></div>`);
await page.evaluate(`(() => {
  const list = document.getElementById('list');
  const html = [];
  for (let i = 0; i < ${PEOPLE}; i++) {
    let cells = '';
    for (let c = 0; c < 12; c++) cells += '<span style="display:inline-block;width:80px">行' + i + '列' + c + '</span>';
    html.push('<div style="height:28px;white-space:nowrap">' + cells + '</div>');
  }
  list.innerHTML = html.join('');
})()`);
await scrollFrames(page, '#list');
const bareFrames = await scrollFrames(page, '#list');

console.log(`bench/roster-table (${dev ? 'dev server' : 'production build'}): ${PEOPLE} people, all seated; ${FRAMES} frames at ${STEP_PX} px per frame`);
report('roster table (wide, windowed, React)', tableFrames, tableRows);
report('bare page: plain 10,000-row div', bareFrames, PEOPLE);
for (const [query, ms, found] of searches) console.log(`search ${JSON.stringify(query).padEnd(12)} ${ms.toFixed(1).padStart(6)} ms to the next frame  (${found})`);
console.log(`roster table, per frame: script ${busy('ScriptDuration')} ms, layout ${busy('LayoutDuration')} ms, style ${busy('RecalcStyleDuration')} ms, task ${busy('TaskDuration')} ms`);
await app.close();
