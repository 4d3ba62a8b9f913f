// Autosave for crash recovery: the renderer sends the document every 30 s and when the window
// loses focus; it lands in one file in the user-data recovery folder, written atomically. A clean
// exit (saved, or the user chose not to save) removes it; so a recovery file found at start-up
// means the app or the machine stopped while there was unsaved work, and the user is offered it.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';
import { MAX_DOCUMENT_BYTES } from './documents';
import { removeStaleTempFiles } from './temp-files';

const RECOVERY_FILE = 'recovery.json';

const recoverySchema = z.object({
  format: z.literal('zuoci-recovery'),
  savedAt: z.string().max(40),
  fileName: z.string().max(255),
  path: z.string().max(4096).nullable(),
  text: z.string(),
});
export type RecoveredDocument = z.infer<typeof recoverySchema>;

export class RecoveryFolder {
  /** One operation at a time: a late autosave must not land after the clear of a clean exit. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly dir: string, private readonly now: () => Date = () => new Date()) {}

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private get file(): string {
    return path.join(this.dir, RECOVERY_FILE);
  }

  save(document: { text: string; fileName: string; path: string | null }): Promise<void> {
    return this.serial(() => this.write(document));
  }

  private async write(document: { text: string; fileName: string; path: string | null }): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
    const record: RecoveredDocument = { format: 'zuoci-recovery', savedAt: this.now().toISOString(), ...document };
    await writeFileAtomic(this.file, JSON.stringify(record), undefined, { backup: false });
  }

  /** What a previous run left; null when it exited cleanly. A damaged file is not offered. */
  async pending(): Promise<RecoveredDocument | null> {
    await removeStaleTempFiles(this.dir);
    try {
      const stat = await fs.stat(this.file);
      if (!stat.isFile() || stat.size > MAX_DOCUMENT_BYTES * 2) return null;
      const parsed = recoverySchema.safeParse(JSON.parse(await fs.readFile(this.file, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  clear(): Promise<void> {
    return this.serial(async () => {
      await fs.rm(this.file, { force: true });
      await removeStaleTempFiles(this.dir);
    });
  }
}
