// Session-wide locks (Electron security checklist 4, 5, 13): the page gets no permission (camera,
// notifications, clipboard-read, serial…), makes no request outside the app's own files, and
// downloads nothing. Set on the session rather than the window, so any page that ever appears in
// this app (a stray frame, a devtools extension) is under the same rules.
import type { Session } from 'electron';
import { APP_ORIGIN } from './app-protocol';

/** Everything the renderer legitimately loads: its own app:// files, and in-memory data/blob URLs. */
export function isAllowedRequest(url: string, devServerUrl?: string): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`) || url.startsWith('data:') || url.startsWith('blob:')) return true;
  // In development only: the Vite dev server and its hot-reload socket, on the loopback address.
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    const ws = `ws://${dev.host}/`;
    if (url.startsWith(`${dev.origin}/`) || url.startsWith(ws)) return true;
    if (url.startsWith('devtools://')) return true;
  }
  return false;
}

export function hardenSession(session: Session, devServerUrl?: string): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, devServerUrl) }));
  // PDFs and files are saved by main after a dialog; the page never downloads anything itself.
  session.on('will-download', (event) => event.preventDefault());
}
