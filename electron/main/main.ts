// Electron main: one instance, one locked-down window served from app://, the IPC handlers and a
// minimal menu. Everything else lives in services/. Security choices follow Electron's checklist;
// security.ts and app-protocol.ts say why each one is there.
import { app, BrowserWindow, dialog, Menu, protocol, session } from 'electron';
import path from 'node:path';
import { KnownDocuments } from '../services/documents/known-documents';
import { documentsInArgv } from '../services/documents/launch-files';
import { RecentFiles } from '../services/documents/recent-files';
import { RecoveryFolder } from '../services/documents/recovery';
import { APP_INDEX_URL, APP_ORIGIN, APP_SCHEME, APP_SCHEME_PRIVILEGES, serveAppFile } from './app-protocol';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { hardenSession } from './security';
import { DOCUMENTS_WAITING_EVENT, EVENTS } from '../../shared/platform';

// Only when run unpackaged from a source checkout: the Vite dev server instead of app://.
const devServerUrl = !app.isPackaged ? process.env.ZUOCI_DEV_URL : undefined;
const rendererRoot = path.join(__dirname, '../renderer');
const rendererUrl = devServerUrl ?? APP_INDEX_URL;

let mainWindow: BrowserWindow | null = null;
const launchPaths: string[] = documentsInArgv(process.argv);

function isTrustedUrl(url: string): boolean {
  return devServerUrl ? url.startsWith(devServerUrl) : url.startsWith(`${APP_ORIGIN}/`);
}

/** A file arrived from the system: queue it and tell the page to take it. */
function handOver(paths: string[]): void {
  launchPaths.push(...paths);
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
  mainWindow.webContents.send(DOCUMENTS_WAITING_EVENT);
}

// One instance: a second launch (double-clicking another .zuoci) hands its file to this one and
// quits, so two windows never autosave over each other's recovery file.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => handOver(documentsInArgv(argv, workingDirectory)));
  // macOS delivers double-clicked files this way, possibly before `ready`.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    handOver([filePath]);
  });
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  void app.whenReady().then(start);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

const known = new KnownDocuments();
let recovery: RecoveryFolder;

function start(): void {
  hardenSession(session.defaultSession, devServerUrl);
  protocol.handle(APP_SCHEME, (request) => serveAppFile(rendererRoot, request.url));
  recovery = new RecoveryFolder(path.join(app.getPath('userData'), 'recovery'));
  registerIpc({
    window: () => mainWindow,
    isTrustedUrl,
    known,
    recovery,
    recent: new RecentFiles(path.join(app.getPath('userData'), 'recent.json')),
    takeLaunchPaths: () => launchPaths.splice(0),
    addRecentDocument: (filePath) => app.addRecentDocument(filePath),
  });
  Menu.setApplicationMenu(buildMenu((name) => mainWindow?.webContents.send(EVENTS.menuAction, name), app.isPackaged));
  createWindow();
  app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && createWindow());
}

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    title: '座次 Zuoci',
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false, // a dropped file is opened by the page's drop handler, not navigated to
      devTools: !app.isPackaged,
      spellcheck: false, // the spellchecker would download dictionaries
      disableBlinkFeatures: 'Auxclick', // a middle-click on a link must not open anything
    },
  });
  mainWindow = window;
  // No navigation away from the app and no new windows. Help links go through openHelp (ipc.ts).
  window.webContents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // The page refused to unload (unsaved changes): ask, and leave only if the user says so.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question', buttons: ['不保存，关闭', '取消'], defaultId: 1, cancelId: 1,
      message: '当前座次有未保存的修改。', detail: '关闭后这些修改将丢失。',
    });
    if (choice === 0) event.preventDefault();
  });
  // A clean close (saved, or "不保存，关闭") leaves nothing to recover; a crash never gets here.
  window.on('closed', () => {
    mainWindow = null;
    void recovery.clear();
  });
  void window.loadURL(rendererUrl);
}
