// The application menu in the real main bundle, with a stand-in electron: choosing an item sends
// that Action's name to the page over the one menu channel; no shortcut is registered by the menu
// (the page decides, so Ctrl+Z in a text field stays there); the preload hands the page only names.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVENTS } from '../../shared/platform';
import { runMainBundle } from './fake-electron';

const require = createRequire(import.meta.url);
const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };


function withElectron<T>(electron: unknown, run: () => T): T {
  const originalLoad = Module._load;
  Module._load = (request: string, ...rest: unknown[]) => (request === 'electron' ? electron : originalLoad(request, ...rest));
  try {
    return run();
  } finally {
    Module._load = originalLoad;
  }
}

describe('Electron application menu', () => {
  beforeAll(() => {
    execFileSync('node', ['scripts/build-electron.mjs']);
  });

  it('sends the chosen Action’s name to the window and registers no shortcut itself', async () => {
    const run = await runMainBundle({ packaged: true });
    const menus = run.menuTemplate.filter((m) => m.label);
    expect(menus.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '会场', '排座', '打印', '帮助']);
    const items = menus.flatMap((m) => m.submenu ?? []).flatMap((i) => [i, ...(i.submenu ?? [])]);
    const undo = items.find((i) => i.label === '撤销')!;
    expect(undo.accelerator).toBe('CmdOrCtrl+Z');
    expect(items.filter((i) => i.accelerator).every((i) => i.registerAccelerator === false)).toBe(true);
    expect(items.some((i) => i.role === 'toggleDevTools')).toBe(false); // packaged: no developer tools
    undo.click!();
    items.find((i) => i.label === '全部自动排座')!.click!();
    items.find((i) => i.label === '左对齐')!.click!(); // inside 会场 › 对齐与分布
    expect(run.windows[0]!.messages.filter(([channel]) => channel === EVENTS.menuAction)).toEqual([[EVENTS.menuAction, 'undo'], [EVENTS.menuAction, 'arrangeAll'], [EVENTS.menuAction, 'alignLeft']]);
  });

  it('the preload forwards only the name, and can stop listening', () => {
    const listeners = new Map<string, (event: unknown, payload: unknown) => void>();
    let api: { onMenuAction: (listener: (name: string) => void) => () => void } | undefined;
    const electron = {
      contextBridge: { exposeInMainWorld: (_key: string, value: typeof api) => (api = value) },
      ipcRenderer: {
        invoke: () => Promise.resolve(),
        on: (channel: string, listener: (event: unknown, payload: unknown) => void) => listeners.set(channel, listener),
        removeListener: (channel: string) => listeners.delete(channel),
      },
    };
    withElectron(electron, () => {
      delete require.cache[path.resolve('dist/electron/preload.cjs')];
      require(path.resolve('dist/electron/preload.cjs'));
    });
    const names: unknown[] = [];
    const stop = api!.onMenuAction((name) => names.push(name));
    listeners.get(EVENTS.menuAction)!({ sender: 'secret' }, 'zoomIn');
    listeners.get(EVENTS.menuAction)!({}, { not: 'a name' });
    expect(names).toEqual(['zoomIn']);
    stop();
    expect(listeners.has(EVENTS.menuAction)).toBe(false);
  });
});
