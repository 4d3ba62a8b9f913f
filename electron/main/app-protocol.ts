// The renderer is served from app://zuoci/… instead of file://: a file:// page may read any local
// file by URL and shares one origin with every other file, while app:// serves only the built
// renderer folder, with our CSP header on every response (Electron security checklist 18).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { contentSecurityPolicy } from '../web/csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'zuoci';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** The privileges app:// needs (registered before `ready`): a standard, secure origin with fetch. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.bcmap': 'application/octet-stream',
};

/** The file under `root` that an app:// URL names, or null for anything else (other host, `..`). */
export function appFilePath(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  const resolvedRoot = path.resolve(root);
  const file = path.resolve(resolvedRoot, `.${relative === '/' ? '/index.html' : relative}`);
  return file.startsWith(resolvedRoot + path.sep) ? file : null;
}

/** The protocol handler's work: the file, typed, with the CSP; 404 for anything outside root. */
export async function serveAppFile(root: string, url: string): Promise<Response> {
  const file = appFilePath(root, url);
  const headers = { 'content-security-policy': contentSecurityPolicy('production'), 'x-content-type-options': 'nosniff' };
  if (!file) return new Response('not found', { status: 404, headers });
  try {
    const bytes = await fs.readFile(file);
    return new Response(bytes, { status: 200, headers: { ...headers, 'content-type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream' } });
  } catch {
    return new Response('not found', { status: 404, headers });
  }
}
