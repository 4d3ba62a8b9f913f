// Electron main: one instance, one locked-down window served from app://, the IPC handlers and a
// minimal menu. Everything else lives in services/. Security choices follow Electron's checklist;
// security.ts and app-protocol.ts say why each one is there.
import { app, BrowserWindow, dialog, Menu, protocol, session } from 'electron';
import path from 'node:path';
import { KnownDocuments } from '../services/documents/known-documents';
import { documentsInArgv } from '../services/documents/launch-files';
import { RecentFiles } from '../services/documents/recent-files';
import { RecoveryFolder } from '../services/documents/recovery';
import { PickedFonts } from '../services/fonts/picked-fonts';
import { APP_INDEX_URL, APP_ORIGIN, APP_SCHEME, APP_SCHEME_PRIVILEGES, serveAppFile } from './app-protocol';
import { registerIpc } from './ipc';
import { TemplateLibrary } from '../services/templates/library';
import { buildMenu } from './menu';
import { DIALOG, say } from './dialog-text';
import { hardenSession, lockDownNewContents } from './security';
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
  // Every renderer sandboxed, whatever a window's own preferences say (checklist 4).
  app.enableSandbox();
  // Windows groups the taskbar button and the recent-documents jump list under this id.
  if (process.platform === 'win32') app.setAppUserModelId('cn.zuoci.app');
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  lockDownNewContents(app, isTrustedUrl);
  void app.whenReady().then(start);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

const known = new KnownDocuments();
let recovery: RecoveryFolder;

function start(): void {
  hardenSession(session.defaultSession, { devServerUrl, devTools: !app.isPackaged });
  protocol.handle(APP_SCHEME, (request) => serveAppFile(rendererRoot, request.url));
  recovery = new RecoveryFolder(path.join(app.getPath('userData'), 'recovery'));
  const recent = new RecentFiles(path.join(app.getPath('userData'), 'recent.json'));
  const pickedFonts = new PickedFonts(path.join(app.getPath('userData'), 'picked-fonts.json'));
  // Start-up housekeeping: temp files a killed save left beside recent documents; fonts picked before.
  void recent.cleanStaleTempFiles();
  void pickedFonts.restore();
  registerIpc({
    window: () => mainWindow,
    isTrustedUrl,
    known,
    recovery,
    recent,
    pickedFonts,
    templates: new TemplateLibrary(path.join(app.getPath('userData'), 'templates')),
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
      type: 'question', buttons: [say(DIALOG.unsavedClose), say(DIALOG.cancel)], defaultId: 1, cancelId: 1,
      message: say(DIALOG.unsavedMessage), detail: say(DIALOG.unsavedDetail),
    });
    if (choice === 0) event.preventDefault();
  });
  // The page crashed (or was killed): its unsaved work is in the recovery folder; reloading the
  // page offers it back through the restore banner.
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    const choice = dialog.showMessageBoxSync(window, {
      type: 'error', buttons: [say(DIALOG.reopen), say(DIALOG.quit)], defaultId: 0, cancelId: 1,
      message: say(DIALOG.crashedMessage), detail: say(DIALOG.crashedDetail),
    });
    if (choice === 0) void window.loadURL(rendererUrl);
    else app.quit();
  });
  // A clean close (saved, or "不保存，关闭") leaves nothing to recover; a crash never gets here.
  window.on('closed', () => {
    mainWindow = null;
    void recovery.clear();
  });
  void window.loadURL(rendererUrl);
}
