// Electron main: one window, locked down (contextIsolation, sandbox, no Node in the page), the
// IPC handlers and a minimal menu. Everything else lives in services/.
import { app, BrowserWindow, dialog, Menu, shell } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { EVENTS } from '../../shared/platform';

let mainWindow: BrowserWindow | null = null;
const rendererIndex = path.join(__dirname, '../renderer/index.html');
const rendererUrl = process.env.ZUOCI_DEV_URL ?? pathToFileURL(rendererIndex).href;

function isTrustedUrl(url: string): boolean {
  return process.env.ZUOCI_DEV_URL ? url.startsWith(process.env.ZUOCI_DEV_URL) : url === pathToFileURL(rendererIndex).href;
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1400,
    height: 900,
    title: '座次 Zuoci',
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  // No navigation away from the app and no new windows: links open in the system browser.
  mainWindow.webContents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  mainWindow.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https:')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  // The page refused to unload (unsaved changes): ask, and leave only if the user says so.
  mainWindow.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(mainWindow!, {
      type: 'question', buttons: ['不保存，关闭', '取消'], defaultId: 1, cancelId: 1,
      message: '当前座次有未保存的修改。', detail: '关闭后这些修改将丢失。',
    });
    if (choice === 0) event.preventDefault();
  });
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(rendererUrl);
}

void app.whenReady().then(() => {
  registerIpc({ window: () => mainWindow, isTrustedUrl });
  Menu.setApplicationMenu(buildMenu((name) => mainWindow?.webContents.send(EVENTS.menuAction, name)));
  createWindow();
  app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && createWindow());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
