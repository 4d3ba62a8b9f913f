// The Content-Security-Policy of the renderer, in one place: main sends it as a header with every
// app:// response, and the page's <meta> carries the same policy (see vite.config.ts), so the
// page is locked down even when something serves it without our header.
// Why each part: nothing loads from outside the app ('self' only); no plugins (object-src); the
// page cannot change its base URL or post a form anywhere; pdf.js needs a blob: worker and the
// canvas needs data:/blob: images. Only the dev server may open a WebSocket (Vite's reload) or
// add inline <style> (Vite's CSS injection); the built app's CSS is a file.

const PRODUCTION: Record<string, string> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'worker-src': "'self' blob:",
  'connect-src': "'self' data: blob:",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-src': "'none'",
};

/** `dev`: the Vite dev server, whose hot reload talks over ws://127.0.0.1 and injects a script. */
export function contentSecurityPolicy(mode: 'production' | 'dev' = 'production'): string {
  const directives = { ...PRODUCTION };
  if (mode === 'dev') {
    directives['connect-src'] = `${directives['connect-src']} ws://127.0.0.1:*`;
    directives['style-src'] = "'self' 'unsafe-inline'"; // Vite injects CSS as <style> while serving
  }
  // frame-ancestors is ignored in a <meta> and meaningless for a top-level app window: not set.
  return Object.entries(directives).map(([name, value]) => `${name} ${value}`).join('; ');
}
