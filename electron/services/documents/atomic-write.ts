// Saving must never leave a half-written file: write a temp file beside the target, fsync it,
// keep the previous version as `<file>.bak`, then rename over the target (atomic on one volume).
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** The file-system calls used, injectable so a test can fail one halfway through. */
export interface AtomicWriteFs {
  open: typeof fs.open;
  rename: typeof fs.rename;
  copyFile: typeof fs.copyFile;
  rm: typeof fs.rm;
}

export async function writeFileAtomic(target: string, data: string | Uint8Array, io: AtomicWriteFs = fs): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const handle = await io.open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await io.copyFile(target, `${target}.bak`).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error; // a first save has no previous version
    });
    await io.rename(temp, target);
  } catch (error) {
    await io.rm(temp, { force: true });
    throw error;
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
