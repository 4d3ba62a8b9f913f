// Worker thread entry: reads one roster off the main thread (import-isolated.ts starts it), so a
// large or hostile file never freezes the window and its memory is capped by the worker's limits.
// Two jobs: the people (CLI, old callers) or the bare table (the page's column-mapping dialog).
import { parentPort, workerData } from 'node:worker_threads';
import { importRoster, UnreadableRosterError } from './import-roster';
import { readRosterTable } from './read-table';
import type { WorkerJob } from './import-isolated';

const job = workerData as WorkerJob;
const work: Promise<unknown> = job.job === 'table' ? readRosterTable(job.bytes, job.fileName) : importRoster(job.bytes, job.fileName, job.firstId);

work.then(
  (result) => parentPort!.postMessage({ ok: true, result }),
  (error: Error) => parentPort!.postMessage({ ok: false, unreadable: error instanceof UnreadableRosterError, message: error.message, en: error instanceof UnreadableRosterError ? error.en : undefined }),
);
