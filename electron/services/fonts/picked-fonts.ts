// Fonts the user picked in a dialog on this machine, remembered across runs in the user-data
// folder (main's own file, never the page's), so a document using one still prints tomorrow.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../documents/atomic-write';
import { allowUserFont } from './font-choice';

const fileSchema = z.object({ fonts: z.array(z.string().max(4096)).max(200) });

export class PickedFonts {
  constructor(private readonly file: string) {}

  private async list(): Promise<string[]> {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(await fs.readFile(this.file, 'utf8')));
      return parsed.success ? parsed.data.fonts : [];
    } catch {
      return [];
    }
  }

  /** At start-up: allow again what the user picked before. */
  async restore(): Promise<void> {
    for (const font of await this.list()) allowUserFont(font);
  }

  async add(fontPath: string): Promise<void> {
    allowUserFont(fontPath);
    const fonts = [...new Set([path.resolve(fontPath), ...(await this.list())])].slice(0, 200);
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, JSON.stringify({ fonts }), undefined, { backup: false });
  }
}
