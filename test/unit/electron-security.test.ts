// Electron's security checklist, checked through the real main bundle with a stand-in `electron`
// (the binary cannot run here): what the session, the protocol and the window are given.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveAppFile } from '../../electron/main/app-protocol';
import { contentSecurityPolicy } from '../../electron/web/csp';
import { cspPlugin } from '../../electron/web/csp-plugin';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENTS_WAITING_EVENT } from '../../shared/platform';
import { runMainBundle } from './fake-electron';

beforeAll(() => {
  execFileSync('node', ['scripts/build-electron.mjs']);
});

describe('the session', () => {
  it('denies every permission request and check', async () => {
    const run = await runMainBundle();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      let granted: boolean | undefined;
      run.permissionRequest!({}, permission, (answer: boolean) => (granted = answer), {});
      expect(granted).toBe(false);
      expect(run.permissionCheck!({}, permission, 'app://zuoci', {})).toBe(false);
    }
  });

  it('blocks every request outside the app’s own files', async () => {
    const run = await runMainBundle({ packaged: true });
    const verdict = (url: string) => {
      let cancel: boolean | undefined;
      run.beforeRequest!({ url }, (response: { cancel: boolean }) => (cancel = response.cancel));
      return cancel;
    };
    expect(verdict('app://zuoci/index.html')).toBe(false);
    expect(verdict('app://zuoci/assets/index.js')).toBe(false);
    expect(verdict('blob:app://zuoci/3f1c')).toBe(false);
    expect(verdict('data:image/png;base64,AAAA')).toBe(false);
    for (const url of ['https://example.com/', 'http://127.0.0.1:5173/', 'ws://127.0.0.1:5173/', 'file:///etc/passwd', 'file://server/share/x', 'app://evil/index.html', 'ftp://x/']) {
      expect(verdict(url), url).toBe(true);
    }
  });

  it('lets DevTools load its own pages only in an unpackaged run', async () => {
    const verdict = (run: Awaited<ReturnType<typeof runMainBundle>>, url: string) => {
      let cancel: boolean | undefined;
      run.beforeRequest!({ url }, (response: { cancel: boolean }) => (cancel = response.cancel));
      return cancel;
    };
    expect(verdict(await runMainBundle({ packaged: false }), 'devtools://devtools/bundled/inspector.html')).toBe(false);
    expect(verdict(await runMainBundle({ packaged: true }), 'devtools://devtools/bundled/inspector.html')).toBe(true);
  });

  it('refuses downloads', async () => {
    const run = await runMainBundle();
    let prevented = false;
    run.sessionEvents.get('will-download')!({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });
});

describe('the app:// protocol', () => {
  it('is registered as a secure standard scheme and the window loads from it, not file://', async () => {
    const run = await runMainBundle();
    expect(run.privilegedSchemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(run.windows[0]!.url).toBe('app://zuoci/index.html');
  });

  it('serves the renderer with a strict CSP, the same as the page’s own <meta>, and nothing outside it', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'zuoci-app-'));
    const plugin = cspPlugin() as unknown as { configResolved: (c: { command: string }) => void; transformIndexHtml: (html: string) => string };
    plugin.configResolved({ command: 'build' });
    writeFileSync(path.join(root, 'index.html'), plugin.transformIndexHtml(readFileSync('renderer/index.html', 'utf8')));
    writeFileSync(path.join(os.tmpdir(), 'zuoci-secret.txt'), 'secret');
    const index = await serveAppFile(root, 'app://zuoci/index.html');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    const csp = index.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'none'");
    expect(csp).not.toContain('ws:');
    expect(csp).not.toContain('unsafe-inline');
    expect(await index.text()).toContain(`content="${csp}"`);
    for (const url of ['app://zuoci/../zuoci-secret.txt', 'app://zuoci/%2e%2e/zuoci-secret.txt', 'app://zuoci/..%2fzuoci-secret.txt', 'app://zuoci/..%5czuoci-secret.txt', 'app://other/index.html', 'app://zuoci/missing.js']) {
      expect((await serveAppFile(root, url)).status, url).toBe(404);
    }
  });

  it('the dev server’s page alone may use ws: for hot reload', () => {
    const plugin = cspPlugin() as unknown as { configResolved: (c: { command: string }) => void; transformIndexHtml: (html: string) => string };
    plugin.configResolved({ command: 'serve' });
    expect(plugin.transformIndexHtml(readFileSync('renderer/index.html', 'utf8'))).toContain('ws://127.0.0.1:*');
    expect(contentSecurityPolicy('production')).not.toContain('ws:');
  });

  it('main hands app:// requests to that handler', async () => {
    const run = await runMainBundle();
    expect((await run.protocolHandlers.get('app')!(new Request('app://zuoci/..%2f..%2fpackage.json'))).status).toBe(404);
  });
});

describe('the window', () => {
  it('cannot navigate away, open windows or attach a webview', async () => {
    const run = await runMainBundle();
    const window = run.windows[0]!;
    const navigate = (url: string) => {
      let prevented = false;
      window.webContentsEvents.get('will-navigate')!({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('https://example.com/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://zuoci/index.html')).toBe(false);
    expect(window.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    let prevented = false;
    window.webContentsEvents.get('will-attach-webview')!({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });

  it('has no DevTools when packaged, in the window or the menu', async () => {
    const packaged = await runMainBundle({ packaged: true });
    expect(packaged.windows[0]!.options.webPreferences.devTools).toBe(false);
    const roles = packaged.menuTemplate.flatMap((menu) => menu.submenu ?? []).map((item) => item.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    const development = await runMainBundle({ packaged: false });
    expect(development.menuTemplate.flatMap((menu) => menu.submenu ?? []).map((item) => item.role)).toContain('toggleDevTools');
  });

  it('ignores ZUOCI_DEV_URL in a packaged app', async () => {
    process.env.ZUOCI_DEV_URL = 'http://127.0.0.1:5173/';
    try {
      expect((await runMainBundle({ packaged: true })).windows[0]!.url).toBe('app://zuoci/index.html');
    } finally {
      delete process.env.ZUOCI_DEV_URL;
    }
  });
});

describe('any other web contents', () => {
  it('(DevTools, a stray frame) is locked down the same way', async () => {
    const run = await runMainBundle();
    const handlers = new Map<string, (...args: unknown[]) => unknown>();
    let openHandler: ((details: unknown) => unknown) | null = null;
    const contents = {
      setWindowOpenHandler: (handler: (details: unknown) => unknown) => (openHandler = handler),
      on: (event: string, listener: (...args: unknown[]) => unknown) => handlers.set(event, listener),
    };
    run.appEvents.get('web-contents-created')!({}, contents);
    expect(openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    let prevented = 0;
    const event = { preventDefault: () => prevented++ };
    handlers.get('will-attach-webview')!(event);
    handlers.get('will-navigate')!(event, 'https://example.com/');
    handlers.get('will-navigate')!(event, 'app://zuoci/index.html');
    expect(prevented).toBe(2);
  });
});

describe('one instance', () => {
  it('a second launch quits without a window', async () => {
    const run = await runMainBundle({ singleInstance: false });
    expect(run.quitCalled).toBe(true);
    expect(run.windows).toHaveLength(0);
  });

  it('a file passed to a second launch is handed to the first window', async () => {
    const run = await runMainBundle();
    run.appEvents.get('second-instance')!({}, ['/opt/zuoci/zuoci', '--flag', 'plan.zuoci'], '/home/user');
    expect(run.windows[0]!.sent).toEqual([DOCUMENTS_WAITING_EVENT]);
    let prevented = false;
    run.appEvents.get('open-file')!({ preventDefault: () => (prevented = true) }, '/Users/x/会议.zuoci');
    expect(prevented).toBe(true);
    expect(run.windows[0]!.sent).toHaveLength(2);
  });
});
