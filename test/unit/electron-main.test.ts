// The real main-process bundle (dist/electron/main.cjs, built by scripts/build-electron.mjs), run
// in Node with a stand-in `electron` module: it must open one locked-down window and register
// exactly the contract's IPC channels. The Electron binary itself cannot run on these machines.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/platform';
import { runMainBundle } from './fake-electron';

const require = createRequire(import.meta.url);
const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };

describe('Electron main bundle', () => {
  beforeAll(() => {
    execFileSync('node', ['scripts/build-electron.mjs']);
  });

  it('creates a sandboxed, context-isolated window and handles exactly the contract’s channels', async () => {
    const { windows, channels, sandboxEnabled } = await runMainBundle();
    expect(sandboxEnabled).toBe(true); // every renderer, not only this window
    expect(windows).toHaveLength(1);
    const prefs = windows[0]!.options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, navigateOnDragDrop: false });
    expect(existsSync(prefs.preload as string)).toBe(true);
    expect(channels.sort()).toEqual(Object.values(CHANNELS).sort());
  });

  it('the preload exposes only the Platform functions, each on its own channel', async () => {
    const exposed: Record<string, Record<string, unknown>> = {};
    const invoked: [string, unknown][] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => (exposed[key] = api) },
      ipcRenderer: { invoke: (channel: string, payload: unknown) => (invoked.push([channel, payload]), Promise.resolve({ ok: true })) },
    };
    const originalLoad = Module._load;
    Module._load = (request: string, ...rest: unknown[]) => (request === 'electron' ? electron : originalLoad(request, ...rest));
    try {
      require(path.resolve('dist/electron/preload.cjs'));
    } finally {
      Module._load = originalLoad;
    }
    expect(Object.keys(exposed)).toEqual(['zuoci']);
    const api = exposed.zuoci!;
    expect(api.kind).toBe('electron');
    await (api.openDocument as () => Promise<unknown>)();
    await (api.listFonts as () => Promise<unknown>)();
    expect(invoked).toEqual([[CHANNELS.openDocument, {}], [CHANNELS.listFonts, {}]]);
    expect(Object.keys(api).sort()).toEqual([
      'autosave', 'discardRecovery', 'exportCardChecklist', 'exportExcel', 'exportPdf', 'exportTemplate', 'importRoster', 'importTemplate', 'kind', 'listFonts', 'listTemplates',
      'onDocumentsWaiting', 'onMenuAction', 'openDocument', 'openHelp', 'openRecent', 'pickFloorPlan', 'pickFont', 'previewPdf', 'readRosterTable', 'recentFiles', 'saveDocument', 'saveTemplate', 'takeOpenedDocuments', 'takeRecovery',
    ]);
  });
});
