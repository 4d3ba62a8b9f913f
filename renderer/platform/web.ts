// The Platform in a plain browser (npm run dev:web, e2e tests): files come from a file picker and
// the host's work is done by the dev server's /api endpoints, which call the Electron services.
import type { ExportedCards, HostResult, ImportedRoster, OpenedDocument, Platform, SavedDocument } from '../../shared/platform';

const CANCELLED = { ok: false, cancelled: true } as const;

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

  async exportCards(request): Promise<HostResult<ExportedCards>> {
    const response = await fetch('/api/export-cards', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request),
    });
    if (!response.headers.get('content-type')?.startsWith('application/pdf')) return (await response.json()) as HostResult<ExportedCards>;
    download(await response.blob(), request.suggestedName);
    return {
      ok: true,
      value: {
        location: request.suggestedName,
        cardCount: Number(response.headers.get('x-card-count')),
        missingGlyphs: JSON.parse(decodeURIComponent(response.headers.get('x-missing-glyphs') ?? '%5B%5D')),
      },
    };
  },
};
