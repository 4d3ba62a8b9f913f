// Worker thread entry: reads one roster off the main thread (import-isolated.ts starts it), so a
// large or hostile file never freezes the window and its memory is capped by the worker's limits.
import { parentPort, workerData } from 'node:worker_threads';
import { importRoster, UnreadableRosterError } from './import-roster';

const { bytes, fileName, firstId } = workerData as { bytes: Uint8Array; fileName: string; firstId: number };

importRoster(bytes, fileName, firstId).then(
  (result) => parentPort!.postMessage({ ok: true, result }),
  (error: Error) => parentPort!.postMessage({ ok: false, unreadable: error instanceof UnreadableRosterError, message: error.message }),
);
