// Roster import in a worker thread (issue 12, item 7): Electron's main process also runs the
// window's event loop, so reading a 20,000-row xlsx there would freeze the window; and a file that
// tries to take gigabytes hits the worker's heap cap, not the app.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RosterImport } from '../../../shared/roster/people-from-table';
import { importRoster, UnreadableRosterError } from './import-roster';
import { readRosterTable } from './read-table';

/** The worker's heap: a 20,000-row roster needs ~150 MB; a bomb stops here. */
export const WORKER_HEAP_MB = 512;
export const WORKER_TIMEOUT_MS = 120_000;

interface WorkerEntry {
  code: string;
  eval: boolean;
}

/**
 * The built worker beside the Electron bundle; from a source checkout (CLI, dev server, tests) the
 * TypeScript source, loaded through tsx's loader registered inside the worker (Node 20 does not
 * pass `--import` loaders on to workers).
 */
function workerEntry(): WorkerEntry | null {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const compiled = path.join(here, 'import-worker.cjs');
  // Packaged: the worker is unpacked beside app.asar (electron-builder.yml asarUnpack), a real file.
  const unpacked = compiled.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
  if (unpacked !== compiled && existsSync(unpacked)) return { code: unpacked, eval: false };
  if (existsSync(compiled)) return { code: compiled, eval: false };
  const source = path.join(here, 'import-worker.ts');
  if (!existsSync(source)) return null;
  // tsx/esm/api's ESM build (its "import" export) beside the CJS one that require.resolve finds.
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const code = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(source).href)}); });`;
  return { code, eval: true };
}

type WorkerAnswer<T> = { ok: true; result: T } | { ok: false; unreadable: boolean; message: string; en?: string };
export type WorkerJob = { job: 'people'; bytes: Uint8Array; fileName: string; firstId: number } | { job: 'table'; bytes: Uint8Array; fileName: string };

export function importRosterIsolated(bytes: Uint8Array, fileName: string, firstId = 1): Promise<RosterImport> {
  return inWorker<RosterImport>({ job: 'people', bytes, fileName, firstId }, () => importRoster(bytes, fileName, firstId));
}

/**
 * The file as a plain table (header row and rows), for the page's column-mapping dialog.
 * `builtWorker`: a bundled worker file to run instead of the one found beside this module (the
 * benchmark times the packaged app's worker from a source checkout).
 */
export function readRosterTableIsolated(bytes: Uint8Array, fileName: string, builtWorker?: string): Promise<string[][]> {
  const entry = builtWorker ? { code: builtWorker, eval: false } : workerEntry();
  return inWorker<string[][]>({ job: 'table', bytes, fileName }, () => readRosterTable(bytes, fileName), entry);
}

function inWorker<T>(job: WorkerJob, inline: () => Promise<T>, entry = workerEntry()): Promise<T> {
  const { fileName } = job;
  if (!entry) return inline(); // no worker file (should not happen): same work inline
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry.code, {
      eval: entry.eval, workerData: job,
      // A built worker needs no loader: do not inherit the parent's (tsx's costs ~1 s a start).
      ...(!entry.eval && { execArgv: [] }),
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 64 },
    });
    let settled = false;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      settle();
      void worker.terminate();
    };
    const timer = setTimeout(() => finish(() => reject(new UnreadableRosterError({ zh: `读取名单“${fileName}”超时，文件可能已损坏。`, en: `Reading the roster “${fileName}” timed out; the file may be damaged.` }))), WORKER_TIMEOUT_MS);
    worker.once('message', (answer: WorkerAnswer<T>) => finish(() => {
      if (answer.ok) resolve(answer.result);
      else reject(answer.unreadable ? new UnreadableRosterError({ zh: answer.message, en: answer.en ?? answer.message }) : new Error(answer.message));
    }));
    worker.once('error', (error: NodeJS.ErrnoException) => finish(() => reject(
      error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new UnreadableRosterError({ zh: `名单“${fileName}”过大，读取时超出内存上限，未导入。`, en: `The roster “${fileName}” is too large: reading it ran out of memory. Nothing was imported.` }) : error,
    )));
    worker.once('exit', (code) => finish(() => reject(new Error(`roster worker exited with code ${code}`))));
  });
}
