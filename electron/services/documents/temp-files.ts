// Temp files left by a save that was killed (power cut, crash, SIGKILL) hold a copy of a
// confidential plan in a hidden file: removed on the next save beside them and at start-up.
// A temp file is ours by name (`.<file>.<pid>.<n>.tmp`); one whose process still runs is
// another save in progress and is left alone.
import { promises as fs } from 'node:fs';
import path from 'node:path';

let counter = 0;

/** The hidden temp name for a write to `target` by this process. */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${++counter}.tmp`);
}

const TEMP_NAME = /^\.(.+)\.(\d+)\.\d+\.tmp$/;
const inFlight = new Set<string>();

export function markInFlight(temp: string, busy: boolean): void {
  if (busy) inFlight.add(temp);
  else inFlight.delete(temp);
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, but someone else's
  }
}

/**
 * Removes stale temp files in `dir` (only those for `forFile` when given). Returns what it
 * removed. Never throws: cleaning up must not stop a save.
 */
export async function removeStaleTempFiles(dir: string, forFile?: string): Promise<string[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match) continue;
    const [, base, pid] = match as unknown as [string, string, string];
    if (forFile !== undefined && base !== forFile && base !== `${forFile}.bak`) continue;
    const full = path.join(dir, name);
    if (inFlight.has(full)) continue;
    if (Number(pid) !== process.pid && processAlive(Number(pid))) continue;
    if (Number(pid) === process.pid && inFlight.has(full)) continue;
    const stat = await fs.lstat(full).catch(() => null);
    if (!stat?.isFile()) continue; // never follow or delete a symlink or folder of that name
    await fs.rm(full, { force: true }).then(() => removed.push(full), () => undefined);
  }
  return removed;
}
