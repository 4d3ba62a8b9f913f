// Session-wide locks (Electron security checklist 4, 5, 13): the page gets no permission (camera,
// notifications, clipboard-read, serial…), makes no request outside the app's own files, and
// downloads nothing. Set on the session rather than the window, so any page that ever appears in
// this app (a stray frame, a devtools extension) is under the same rules.
import type { App, Session } from 'electron';
import { APP_ORIGIN } from './app-protocol';

export interface DevelopmentAccess {
  /** The Vite dev server (unpackaged runs only): its pages and its hot-reload socket. */
  devServerUrl?: string | undefined;
  /** DevTools' own pages (unpackaged runs only). */
  devTools?: boolean;
}

/** Everything the renderer legitimately loads: its own app:// files, and in-memory data/blob URLs. */
export function isAllowedRequest(url: string, development: DevelopmentAccess = {}): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`) || url.startsWith('data:') || url.startsWith('blob:')) return true;
  if (development.devTools && url.startsWith('devtools://')) return true;
  if (development.devServerUrl) {
    const dev = new URL(development.devServerUrl);
    if (url.startsWith(`${dev.origin}/`) || url.startsWith(`ws://${dev.host}/`)) return true;
  }
  return false;
}

export function hardenSession(session: Session, development: DevelopmentAccess = {}): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, development) }));
  // PDFs and files are saved by main after a dialog; the page never downloads anything itself.
  session.on('will-download', (event) => event.preventDefault());
}

/**
 * Every web contents the app ever gets (the window, DevTools, anything unforeseen) may not open
 * windows, attach a <webview> or navigate off the app (checklist 12, 13, 14).
 */
export function lockDownNewContents(app: App, isTrustedUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.on('will-navigate', (event, url) => {
      if (!isTrustedUrl(url)) event.preventDefault();
    });
  });
}
