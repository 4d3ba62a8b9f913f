import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { zuociApiPlugin } from './electron/web/api-plugin';
import { cspPlugin } from './electron/web/csp-plugin';
import { devServerFiles } from './electron/web/dev-server-files';

// The renderer, for Electron (relative base, file://) and for browser mode, whose dev server also
// carries the host API (only ever on 127.0.0.1; saved files go to ZUOCI_WEB_DIR).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspPlugin(), zuociApiPlugin(process.env.ZUOCI_WEB_DIR ?? path.resolve('zuoci-web-files'))],
  server: { host: '127.0.0.1', port: 5173, strictPort: false, fs: devServerFiles(path.resolve('.')) },
  preview: { host: '127.0.0.1' },
  // A desktop app loads its bundle from disk: one chunk is fine.
  build: { outDir: '../dist/renderer', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
