// The page's <meta> Content-Security-Policy, written by Vite from the one policy in
// electron/web/csp.ts: the production policy in the built renderer (no ws:, no inline styles),
// the dev policy only on the dev server (its hot reload needs ws://127.0.0.1 and inline <style>).
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './csp';

const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*" \/>/;

export function cspPlugin(): Plugin {
  let mode: 'production' | 'dev' = 'production';
  return {
    name: 'zuoci-csp',
    configResolved(config) {
      mode = config.command === 'serve' ? 'dev' : 'production';
    },
    transformIndexHtml(html) {
      if (!META.test(html)) throw new Error('renderer/index.html lost its Content-Security-Policy <meta>');
      return html.replace(META, `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(mode)}" />`);
    },
  };
}
