// Bundles the Electron main process and the preload into CommonJS files under dist/electron.
// The sandboxed preload must be a single CommonJS file; zod and shared/ are bundled into it.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, external: ['electron', 'pdfkit', 'fontkit', 'read-excel-file', 'exceljs', 'iconv-lite', 'csv-parse', '@expo-google-fonts/noto-sans-sc'] };

await build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs', define: { 'import.meta.url': 'importMetaUrl' }, banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" } });
await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs' });
// Roster import runs in a worker thread (electron/services/import/import-isolated.ts looks for it
// here). Self-contained (its readers bundled in), so it also runs unpacked beside app.asar.
await build({ ...common, external: [], entryPoints: ['electron/services/import/import-worker.ts'], outfile: 'dist/electron/import-worker.cjs', define: { 'import.meta.url': 'importMetaUrl' }, banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" } });
console.log('built dist/electron/main.cjs and preload.cjs');
