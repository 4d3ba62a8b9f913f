// Browser mode (npm run dev:web, e2e tests): a Vite plugin that serves the Platform's host side
// on the dev server, bound to 127.0.0.1, calling the same services as Electron's IPC handlers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Plugin, Connect } from 'vite';
import { cardChecklistRequestSchema, emptyRequestSchema, exportExcelRequestSchema, pdfRequestSchema, saveDocumentRequestSchema, saveTemplateRequestSchema } from '../../shared/platform';
import { TemplateLibrary } from '../services/templates/library';
import { cardChecklistFor, excelFor, importRosterBytes, installedFontList, pdfFor, readRosterTableBytes, saveDocumentAt } from '../services/host-actions';

const MAX_BODY = 64 * 1024 * 1024;
/** Body: the result as UTF-8 JSON (x-zuoci-result-bytes long), then the PDF. */
export const PDF_WITH_RESULT = 'application/x-zuoci-pdf';

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

/** Only pages served by this server may call it: no other site in the browser can save files. */
function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  return origin === undefined || new URL(origin).host === request.headers.host;
}

/** Browser "save" writes into one folder only; the name cannot climb out of it. */
function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const base = path.basename(name).replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_');
  return base.endsWith('.zuoci') ? base : `${base}.zuoci`;
}

export function apiMiddleware(workDir: string): Connect.NextHandleFunction {
  return (request, response, next) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/api/')) return next();
    if (request.method !== 'POST' || !sameOrigin(request)) return sendJson(response, 403, { ok: false, message: 'forbidden' });
    handle(url, request, response, workDir).catch((error: Error) => sendJson(response, 500, { ok: false, message: error.message }));
  };
}

async function handle(url: URL, request: IncomingMessage, response: ServerResponse, workDir: string): Promise<void> {
  const body = await readBody(request);
  switch (url.pathname) {
    case '/api/import-roster': {
      return sendJson(response, 200, await importRosterBytes(body, url.searchParams.get('name') ?? 'roster'));
    }
    case '/api/read-roster-table': {
      return sendJson(response, 200, await readRosterTableBytes(body, url.searchParams.get('name') ?? 'roster'));
    }
    case '/api/save-document': {
      const { suggestedName, text } = saveDocumentRequestSchema.parse(JSON.parse(body.toString('utf8')));
      await fs.mkdir(workDir, { recursive: true });
      return sendJson(response, 200, await saveDocumentAt(path.join(workDir, safeFileName(suggestedName)), text));
    }
    case '/api/pdf': {
      // Export and preview alike: the browser shows or downloads the bytes.
      const made = await pdfFor(pdfRequestSchema.parse(JSON.parse(body.toString('utf8'))));
      return made.ok ? sendPdfWithResult(response, made.value) : sendJson(response, 200, made);
    }
    case '/api/excel': {
      const made = await excelFor(exportExcelRequestSchema.parse(JSON.parse(body.toString('utf8'))));
      if (!made.ok) return sendJson(response, 200, made);
      response.writeHead(200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'x-zuoci-result': encodeURIComponent(JSON.stringify({ sheetNames: made.value.sheetNames })),
      });
      response.end(made.value.xlsx);
      return;
    }
    case '/api/card-checklist': {
      const made = await cardChecklistFor(cardChecklistRequestSchema.parse(JSON.parse(body.toString('utf8'))));
      return made.ok ? sendPdfWithResult(response, made.value) : sendJson(response, 200, made);
    }
    // The user's room templates live in the web files folder's templates/ (Electron: the app data folder).
    case '/api/templates/list': {
      emptyRequestSchema.parse(JSON.parse(body.toString('utf8')));
      return sendJson(response, 200, { ok: true, value: await new TemplateLibrary(path.join(workDir, 'templates')).list() });
    }
    case '/api/templates/save': {
      const { name, text } = saveTemplateRequestSchema.parse(JSON.parse(body.toString('utf8')));
      return sendJson(response, 200, await new TemplateLibrary(path.join(workDir, 'templates')).save(name, text));
    }
    case '/api/fonts':
      return sendJson(response, 200, { ok: true, value: await installedFontList() });
    default:
      sendJson(response, 404, { ok: false, message: 'unknown endpoint' });
  }
}

/**
 * A PDF and its result in one body, the result first: the result (printed names of thousands of
 * cards) cannot go in a header, which has a size limit (~16 KB in Node) a large plan would exceed.
 */
function sendPdfWithResult(response: ServerResponse, made: { pdf: Buffer }): void {
  const { pdf, ...result } = made;
  const json = Buffer.from(JSON.stringify(result), 'utf8');
  response.writeHead(200, { 'content-type': PDF_WITH_RESULT, 'x-zuoci-result-bytes': String(json.length) });
  response.end(Buffer.concat([json, pdf]));
}

export function zuociApiPlugin(workDir: string): Plugin {
  return {
    name: 'zuoci-api',
    configureServer(server) {
      server.middlewares.use(apiMiddleware(workDir));
    },
    configurePreviewServer(server) {
      server.middlewares.use(apiMiddleware(workDir));
    },
  };
}
