// The recent-documents list, kept by main in the user-data folder (never by the page, which could
// then name any path as "recent"). Newest first, at most RECENT_LIMIT, no duplicates.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';
import { removeStaleTempFiles } from './temp-files';

export const RECENT_LIMIT = 10;
const fileSchema = z.object({ recent: z.array(z.string().max(4096)).max(100) });

export class RecentFiles {
  constructor(private readonly file: string) {}

  async list(): Promise<string[]> {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(await fs.readFile(this.file, 'utf8')));
      return parsed.success ? parsed.data.recent.slice(0, RECENT_LIMIT) : [];
    } catch {
      return []; // missing or damaged: an empty list, never an error at start-up
    }
  }

  async add(filePath: string): Promise<string[]> {
    const resolved = path.resolve(filePath);
    const recent = [resolved, ...(await this.list()).filter((entry) => entry !== resolved)].slice(0, RECENT_LIMIT);
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, JSON.stringify({ recent }), undefined, { backup: false });
    return recent;
  }

  /** At start-up: temp files a killed save left beside recent documents are removed (temp-files.ts). */
  async cleanStaleTempFiles(): Promise<string[]> {
    const removed: string[] = [];
    for (const entry of await this.list()) removed.push(...(await removeStaleTempFiles(path.dirname(entry), path.basename(entry))));
    return removed;
  }

  async includes(filePath: string): Promise<boolean> {
    return (await this.list()).includes(path.resolve(filePath));
  }
}
