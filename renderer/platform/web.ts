// The Platform in a plain browser (npm run dev:web, e2e tests): files come from a file picker and
// the host's work is done by the dev server's /api endpoints, which call the Electron services.
import { floorPlanType, MAX_BACKGROUND_BYTES } from '../../shared/model/background';
import { HELP_LINKS } from '../../shared/platform';
import type {
  CardChecklistRequest, PickedFloorPlan, ExportedExcel, ExportedPdf, RecoveredDocument, HostResult, ImportedRoster, InstalledFontChoice, MadePdf, OpenedDocument, PdfPreview, PdfRequest, Platform, RosterTable, SavedDocument,
  StoredTemplate,
} from '../../shared/platform';

const CANCELLED = { ok: false, cancelled: true } as const;
const RECOVERY_KEY = 'zuoci:recovery';

/** Show a file picker; resolves null when the user closes it without choosing. */
function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

async function postJson<T>(url: string, body: unknown): Promise<HostResult<T>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await response.json()) as HostResult<T>;
}

async function fetchPdf(request: PdfRequest | CardChecklistRequest, url = '/api/pdf'): Promise<HostResult<{ blob: Blob; result: MadePdf }>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  // The server sends the result then the PDF in one body (a large result does not fit a header).
  if (response.headers.get('content-type') !== 'application/x-zuoci-pdf') return (await response.json()) as HostResult<never>;
  const body = await response.blob();
  const split = Number(response.headers.get('x-zuoci-result-bytes'));
  const result = JSON.parse(await body.slice(0, split).text()) as MadePdf;
  return { ok: true, value: { blob: body.slice(split, body.size, 'application/pdf'), result } };
}

function download(bytes: Blob, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(bytes);
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

export const webPlatform: Platform = {
  kind: 'web',

  async openDocument(): Promise<HostResult<OpenedDocument>> {
    const file = await pickFile('.zuoci,application/json');
    if (!file) return CANCELLED;
    return { ok: true, value: { path: null, fileName: file.name, text: await file.text() } };
  },

  saveDocument: (request) => postJson<SavedDocument>('/api/save-document', request),

  async importRoster(): Promise<HostResult<ImportedRoster>> {
    const file = await pickFile('.xlsx,.csv');
    if (!file) return CANCELLED;
    const response = await fetch(`/api/import-roster?name=${encodeURIComponent(file.name)}`, { method: 'POST', body: file });
    return (await response.json()) as HostResult<ImportedRoster>;
  },

  async readRosterTable(): Promise<HostResult<RosterTable>> {
    const file = await pickFile('.xlsx,.csv');
    if (!file) return CANCELLED;
    const response = await fetch(`/api/read-roster-table?name=${encodeURIComponent(file.name)}`, { method: 'POST', body: file });
    return (await response.json()) as HostResult<RosterTable>;
  },

  async exportPdf({ suggestedName, openAfter: _openAfter, ...request }): Promise<HostResult<ExportedPdf>> {
    // A browser has no system viewer to hand the file to: it downloads it.
    const made = await fetchPdf(request);
    if (!made.ok) return made;
    download(made.value.blob, suggestedName);
    return { ok: true, value: { ...made.value.result, location: suggestedName } };
  },

  async exportExcel({ suggestedName, ...request }): Promise<HostResult<ExportedExcel>> {
    const response = await fetch('/api/excel', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ suggestedName, ...request }) });
    if (!response.headers.get('content-type')?.includes('spreadsheetml')) return (await response.json()) as HostResult<never>;
    const { sheetNames } = JSON.parse(decodeURIComponent(response.headers.get('x-zuoci-result') ?? '')) as { sheetNames: string[] };
    download(await response.blob(), suggestedName);
    return { ok: true, value: { location: suggestedName, sheetNames } };
  },

  async exportCardChecklist(request): Promise<HostResult<ExportedPdf>> {
    const made = await fetchPdf(request, '/api/card-checklist');
    if (!made.ok) return made;
    download(made.value.blob, request.suggestedName);
    return { ok: true, value: { ...made.value.result, location: request.suggestedName } };
  },

  async previewPdf(request): Promise<HostResult<PdfPreview>> {
    const made = await fetchPdf(request);
    if (!made.ok) return made;
    const bytes = new Uint8Array(await made.value.blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { ok: true, value: { ...made.value.result, pdfBase64: btoa(binary) } };
  },

  listFonts: () => postJson<InstalledFontChoice[]>('/api/fonts', {}),

  // Recovery in a browser: the tab's origin storage stands in for the recovery folder.
  async autosave(request) {
    try {
      localStorage.setItem(RECOVERY_KEY, JSON.stringify({ ...request, savedAt: new Date().toISOString() }));
      return { ok: true, value: null };
    } catch {
      return { ok: false, message: '自动保存失败：浏览器存储已满。请尽快手动保存。' };
    }
  },
  async takeRecovery(): Promise<HostResult<RecoveredDocument>> {
    const stored = localStorage.getItem(RECOVERY_KEY);
    if (!stored) return CANCELLED;
    try {
      return { ok: true, value: { ...(JSON.parse(stored) as RecoveredDocument), path: null } };
    } catch {
      localStorage.removeItem(RECOVERY_KEY);
      return CANCELLED;
    }
  },
  async discardRecovery() {
    localStorage.removeItem(RECOVERY_KEY);
    return { ok: true, value: null };
  },
  // A browser gives pages no paths: no recent list and no files handed over by the system.
  recentFiles: async () => ({ ok: true, value: [] }),
  openRecent: async () => ({ ok: false, message: '浏览器模式没有最近打开的文件列表。' }),
  takeOpenedDocuments: async () => ({ ok: true, value: [] }),
  onDocumentsWaiting: () => () => undefined,
  // A browser page never learns a file's path, so it cannot name a font file for the server.
  pickFont: async () => ({ ok: false, message: '浏览器模式只能使用本机字体文件夹中的字体。' }),
  // Room templates: the library is on the dev server (web files folder); sharing is a download and a file picker.
  listTemplates: () => postJson<StoredTemplate[]>('/api/templates/list', {}),
  saveTemplate: (request) => postJson<StoredTemplate>('/api/templates/save', request),
  async exportTemplate({ suggestedName, text }): Promise<HostResult<SavedDocument>> {
    download(new Blob([text], { type: 'application/json' }), suggestedName);
    return { ok: true, value: { path: suggestedName, fileName: suggestedName } };
  },
  async importTemplate(): Promise<HostResult<StoredTemplate>> {
    const file = await pickFile('.zuoci-room,application/json');
    if (!file) return CANCELLED;
    return { ok: true, value: { fileName: file.name, text: await file.text() } };
  },
  async pickFloorPlan(): Promise<HostResult<PickedFloorPlan>> {
    const file = await pickFile('.png,.jpg,.jpeg,.pdf,image/png,image/jpeg,application/pdf');
    if (!file) return CANCELLED;
    const type = floorPlanType(file.name);
    if (!type) return { ok: false, message: `无法读取底图文件：${file.name}（只支持 PNG、JPG 或 PDF）` };
    // Over the limit: told by its size, never read into the page.
    if (file.size > MAX_BACKGROUND_BYTES) return { ok: true, value: { fileName: file.name, type, bytes: file.size, base64: null } };
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { ok: true, value: { fileName: file.name, type, bytes: file.size, base64: btoa(binary) } };
  },
  async openHelp({ topic }) {
    window.open(HELP_LINKS[topic], '_blank', 'noopener,noreferrer');
    return { ok: true, value: null };
  },
};
