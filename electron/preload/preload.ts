// Preload (sandboxed): exposes exactly the Platform contract as window.zuoci, one named channel
// per function; the page never sees ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, DOCUMENTS_WAITING_EVENT, EVENTS, menuActionSchema, type Platform } from '../../shared/platform';

const platform: Platform = {
  kind: 'electron',
  openDocument: () => ipcRenderer.invoke(CHANNELS.openDocument, {}),
  saveDocument: (request) => ipcRenderer.invoke(CHANNELS.saveDocument, request),
  importRoster: () => ipcRenderer.invoke(CHANNELS.importRoster, {}),
  readRosterTable: () => ipcRenderer.invoke(CHANNELS.readRosterTable, {}),
  exportPdf: (request) => ipcRenderer.invoke(CHANNELS.exportPdf, request),
  previewPdf: (request) => ipcRenderer.invoke(CHANNELS.previewPdf, request),
  exportExcel: (request) => ipcRenderer.invoke(CHANNELS.exportExcel, request),
  exportCardChecklist: (request) => ipcRenderer.invoke(CHANNELS.exportCardChecklist, request),
  listFonts: () => ipcRenderer.invoke(CHANNELS.listFonts, {}),
  autosave: (request) => ipcRenderer.invoke(CHANNELS.autosave, request),
  takeRecovery: () => ipcRenderer.invoke(CHANNELS.takeRecovery, {}),
  discardRecovery: () => ipcRenderer.invoke(CHANNELS.discardRecovery, {}),
  recentFiles: () => ipcRenderer.invoke(CHANNELS.recentFiles, {}),
  openRecent: (request) => ipcRenderer.invoke(CHANNELS.openRecent, request),
  takeOpenedDocuments: () => ipcRenderer.invoke(CHANNELS.takeOpenedDocuments, {}),
  pickFont: () => ipcRenderer.invoke(CHANNELS.pickFont, {}),
  openHelp: (request) => ipcRenderer.invoke(CHANNELS.openHelp, request),
  listTemplates: () => ipcRenderer.invoke(CHANNELS.listTemplates, {}),
  saveTemplate: (request) => ipcRenderer.invoke(CHANNELS.saveTemplate, request),
  exportTemplate: (request) => ipcRenderer.invoke(CHANNELS.exportTemplate, request),
  importTemplate: () => ipcRenderer.invoke(CHANNELS.importTemplate, {}),
  pickFloorPlan: () => ipcRenderer.invoke(CHANNELS.pickFloorPlan, {}),
  // The page gets a bare notification: neither the event object nor ipcRenderer reaches it.
  onDocumentsWaiting: (listener) => {
    const relay = () => listener();
    ipcRenderer.on(DOCUMENTS_WAITING_EVENT, relay);
    return () => void ipcRenderer.removeListener(DOCUMENTS_WAITING_EVENT, relay);
  },
  onMenuAction(listener) {
    // Only an action's name crosses: the page never sees the IPC event.
    const forward = (_event: unknown, name: unknown) => menuActionSchema.safeParse(name).success && listener(name as string);
    ipcRenderer.on(EVENTS.menuAction, forward);
    return () => void ipcRenderer.removeListener(EVENTS.menuAction, forward);
  },
};

contextBridge.exposeInMainWorld('zuoci', platform);
