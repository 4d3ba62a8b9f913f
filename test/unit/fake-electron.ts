// A stand-in for the `electron` module that records what the main process does with it, so the
// real main bundle (dist/electron/main.cjs) can run in Node: the Electron binary cannot run here.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };

type Listener = (...args: unknown[]) => unknown;

export interface FakeWindow {
  options: { webPreferences: Record<string, unknown> };
  url: string | null;
  events: Map<string, Listener>;
  webContentsEvents: Map<string, Listener>;
  windowOpenHandler: Listener | null;
  sent: string[];
  /** Every message with its payload, e.g. the menu's chosen Action. */
  messages: [string, unknown][];
}

export interface FakeMenuItem { role?: string; label?: string; accelerator?: string; registerAccelerator?: boolean; click?: () => void; submenu?: FakeMenuItem[] }

export interface MainRun {
  windows: FakeWindow[];
  channels: string[];
  appEvents: Map<string, Listener>;
  quitCalled: boolean;
  privilegedSchemes: unknown[];
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>;
  permissionRequest: Listener | null;
  permissionCheck: Listener | null;
  beforeRequest: Listener | null;
  sessionEvents: Map<string, Listener>;
  menuTemplate: { label?: string; submenu?: FakeMenuItem[] }[];
  sandboxEnabled: boolean;
}

export interface MainOptions {
  packaged?: boolean;
  singleInstance?: boolean;
  argv?: string[];
  userData?: string;
}

export async function runMainBundle(options: MainOptions = {}): Promise<MainRun> {
  const run: MainRun = {
    windows: [], channels: [], appEvents: new Map(), quitCalled: false, privilegedSchemes: [], protocolHandlers: new Map(),
    permissionRequest: null, permissionCheck: null, beforeRequest: null, sessionEvents: new Map(), menuTemplate: [], sandboxEnabled: false,
  };
  let ready: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  class BrowserWindow {
    static getAllWindows = () => run.windows;
    private readonly record: FakeWindow;
    webContents: Record<string, unknown>;
    constructor(options: FakeWindow['options']) {
      this.record = { options, url: null, events: new Map(), webContentsEvents: new Map(), windowOpenHandler: null, sent: [], messages: [] };
      run.windows.push(this.record);
      const record = this.record;
      this.webContents = {
        on: (event: string, listener: Listener) => record.webContentsEvents.set(event, listener),
        setWindowOpenHandler: (handler: Listener) => (record.windowOpenHandler = handler),
        send: (channel: string, payload?: unknown) => (record.sent.push(channel), record.messages.push([channel, payload])),
      };
    }
    on(event: string, listener: Listener) {
      this.record.events.set(event, listener);
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
    loadURL(url: string) {
      this.record.url = url;
      return Promise.resolve();
    }
  }
  const session = {
    setPermissionRequestHandler: (handler: Listener) => (run.permissionRequest = handler),
    setPermissionCheckHandler: (handler: Listener) => (run.permissionCheck = handler),
    setDevicePermissionHandler: () => undefined,
    webRequest: { onBeforeRequest: (listener: Listener) => (run.beforeRequest = listener) },
    on: (event: string, listener: Listener) => run.sessionEvents.set(event, listener),
  };
  const electron = {
    app: {
      isPackaged: options.packaged ?? false,
      whenReady: () => whenReady,
      on: (event: string, listener: Listener) => run.appEvents.set(event, listener),
      quit: () => (run.quitCalled = true),
      requestSingleInstanceLock: () => options.singleInstance ?? true,
      enableSandbox: () => (run.sandboxEnabled = true),
      setAppUserModelId: () => undefined,
      getPath: () => options.userData ?? '/nonexistent-zuoci-user-data',
      addRecentDocument: () => undefined,
    },
    BrowserWindow,
    Menu: { buildFromTemplate: (template: MainRun['menuTemplate']) => (run.menuTemplate = template), setApplicationMenu: () => undefined },
    ipcMain: { handle: (channel: string) => run.channels.push(channel) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => run.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => run.protocolHandlers.set(scheme, handler),
    },
    session: { defaultSession: session },
    dialog: {},
    shell: {},
  };
  const bundle = path.resolve('dist/electron/main.cjs');
  delete require.cache[bundle];
  const originalLoad = Module._load;
  const originalArgv = process.argv;
  Module._load = (request: string, ...rest: unknown[]) => (request === 'electron' ? electron : originalLoad(request, ...rest));
  process.argv = options.argv ?? [process.execPath];
  try {
    require(bundle);
    ready();
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    Module._load = originalLoad;
    process.argv = originalArgv;
  }
  return run;
}
