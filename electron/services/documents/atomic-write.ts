// Saving must never leave a half-written file: write a temp file beside the target, fsync it,
// keep the previous version as `<file>.bak` (itself replaced atomically), then rename over the
// target (atomic on one volume). A kill at any moment leaves the old or the new file, and the
// temp files of a killed save are removed by the next one (temp-files.ts).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { markInFlight, removeStaleTempFiles, tempPathFor } from './temp-files';

/** The file-system calls used, injectable so a test can fail one halfway through. */
export interface AtomicWriteFs {
  open: typeof fs.open;
  rename: typeof fs.rename;
  copyFile: typeof fs.copyFile;
  rm: typeof fs.rm;
}

async function writeSynced(io: AtomicWriteFs, file: string, data: string | Uint8Array): Promise<void> {
  // 'wx': fails if anything (a file, a planted symlink) is already there; never follows a link.
  const handle = await io.open(file, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * The previous version becomes `<target>.bak` atomically: copied to a temp file, synced, renamed.
 * rename replaces a `.bak` symlink itself rather than writing through it to wherever it points.
 */
async function keepBackup(io: AtomicWriteFs, target: string): Promise<void> {
  let previous: Buffer;
  try {
    const stat = await fs.lstat(target);
    if (!stat.isFile()) return; // a symlinked document: no backup through the link
    previous = await fs.readFile(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // a first save has no previous version
    throw error;
  }
  const temp = tempPathFor(`${target}.bak`);
  markInFlight(temp, true);
  try {
    await writeSynced(io, temp, previous);
    await io.rename(temp, `${target}.bak`);
  } catch (error) {
    await io.rm(temp, { force: true });
    throw error;
  } finally {
    markInFlight(temp, false);
  }
}

export async function writeFileAtomic(target: string, data: string | Uint8Array, io: AtomicWriteFs = fs, options: { backup?: boolean } = {}): Promise<void> {
  const dir = path.dirname(target);
  await removeStaleTempFiles(dir, path.basename(target));
  const temp = tempPathFor(target);
  markInFlight(temp, true);
  try {
    await writeSynced(io, temp, data);
    if (options.backup !== false) await keepBackup(io, target);
    await io.rename(temp, target);
  } catch (error) {
    await io.rm(temp, { force: true });
    throw error;
  } finally {
    markInFlight(temp, false);
  }
  await syncDirectory(dir);
}

/** Make the rename itself durable. Not possible on Windows, where opening a directory fails. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
