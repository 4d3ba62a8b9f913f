// Preload (sandboxed): exposes exactly the Platform contract as window.zuoci, one named channel
// per function; the page never sees ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type Platform } from '../../shared/platform';

const platform: Platform = {
  kind: 'electron',
  openDocument: () => ipcRenderer.invoke(CHANNELS.openDocument, {}),
  saveDocument: (request) => ipcRenderer.invoke(CHANNELS.saveDocument, request),
  importRoster: () => ipcRenderer.invoke(CHANNELS.importRoster, {}),
  exportPdf: (request) => ipcRenderer.invoke(CHANNELS.exportPdf, request),
  previewPdf: (request) => ipcRenderer.invoke(CHANNELS.previewPdf, request),
  listFonts: () => ipcRenderer.invoke(CHANNELS.listFonts, {}),
};

contextBridge.exposeInMainWorld('zuoci', platform);
