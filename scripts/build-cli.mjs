// Builds the CLI to plain JavaScript (dist/cli), so `npx zuoci` starts without compiling
// TypeScript. Runs as npm `prepare`, i.e. at `npm install`. Each command is its own chunk, loaded
// only when that command runs; packages stay in node_modules and load on first use. The list of
// source files goes beside it, so bin/zuoci.mjs can tell when the build is older than the source.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// Without esbuild (an install without dev dependencies) bin/zuoci.mjs runs the TypeScript instead.
const esbuild = await import('esbuild').catch(() => null);
if (!esbuild) {
  console.log('esbuild not installed: zuoci will run from TypeScript (slower start)');
  process.exit(0);
}
// The pinyin and stroke dictionaries are megabytes of JavaScript that most runs never touch (a
// stroke is looked up only on a rank tie, pinyin only for --order pinyin or an English card line).
// In the CLI they load on first use: these stand-ins forward each call to the real package.
const LAZY = {
  'pinyin-pro': `import { createRequire } from 'node:module';
const load = createRequire(import.meta.url);
let real;
export function pinyin(...args) { return (real ??= load('pinyin-pro')).pinyin(...args); }`,
  cnchar: `import { createRequire } from 'node:module';
const load = createRequire(import.meta.url);
const plugins = [];
let real;
const cnchar = () => {
  if (!real) { real = load('cnchar'); for (const name of plugins) real.use(load(name)); }
  return real;
};
export default { use: (plugin) => plugins.push(plugin.lazyPackage), stroke: (...args) => cnchar().stroke(...args) };`,
  'cnchar-order': `export default { lazyPackage: 'cnchar-order' };`,
  // pdfkit require()s fontkit's CommonJS build; importing its ES build as well would load and
  // initialise fontkit (and its Unicode tables) twice. One instance, on first use.
  fontkit: `import { createRequire } from 'node:module';
const load = createRequire(import.meta.url);
export const openSync = (...args) => load('fontkit').openSync(...args);
export const create = (...args) => load('fontkit').create(...args);`,
};
const lazyPackages = {
  name: 'lazy-packages',
  setup(build) {
    build.onResolve({ filter: /^(pinyin-pro|cnchar|cnchar-order|fontkit)$/ }, (args) =>
      args.namespace === 'lazy' ? { path: args.path, external: true } : { path: args.path, namespace: 'lazy' });
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({ contents: LAZY[args.path], loader: 'js', resolveDir: process.cwd() }));
  },
};

const outdir = 'dist/cli';
rmSync(outdir, { recursive: true, force: true });
const result = await esbuild.build({
  entryPoints: { main: 'electron/cli/main.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Small pure-JS packages are bundled (one file to load instead of hundreds); packages that read
  // their own data files at run time stay in node_modules.
  external: ['pdfkit', 'fontkit', 'iconv-lite', 'exceljs', 'tsx', '@expo-google-fonts/noto-sans-sc', 'node-source-han-sans-sc', 'pdfjs-dist'],
  metafile: true,
  plugins: [lazyPackages],
  logLevel: 'warning',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  // Bundled CommonJS packages call require() for Node's built-ins.
  banner: { js: "import { createRequire as __zuociRequire } from 'node:module'; const require = __zuociRequire(import.meta.url);" },
});
const sources = Object.keys(result.metafile.inputs).filter((file) => !file.includes('node_modules') && !file.startsWith('lazy:')).map((file) => path.resolve(file));
writeFileSync(path.join(outdir, 'sources.json'), JSON.stringify({ builtAt: Date.now(), sources }));
console.log(`built ${outdir}/main.mjs from ${sources.length} source files`);
