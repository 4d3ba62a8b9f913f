// 常用会场模板: the user's own room templates, one .zuoci-room file each in one folder (the app's
// data folder in Electron, the web files folder in browser mode). A template is checked with the
// shared loader before it is written, so the library never holds a file that will not open.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { loadRoomTemplate, ROOM_FILE_EXTENSION, templateFileName } from '../../../shared/model/room-template';
import type { HostResult, StoredTemplate } from '../../../shared/platform';
import { writeFileAtomic } from '../documents/atomic-write';
import { failure, reasonOf } from '../host-error';

/** More than anyone keeps; a folder with thousands of files is not read whole. */
const MAX_TEMPLATES = 500;
const MAX_FILE_BYTES = 16 * 1024 * 1024;

export class TemplateLibrary {
  constructor(readonly folder: string) {}

  /** Every template file in the folder, by name; unreadable files are skipped (the loader names their problems when used). */
  async list(): Promise<StoredTemplate[]> {
    let names: string[];
    try {
      names = (await fs.readdir(this.folder)).filter((name) => name.endsWith(ROOM_FILE_EXTENSION)).sort().slice(0, MAX_TEMPLATES);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []; // nothing saved yet
      throw error;
    }
    const stored: StoredTemplate[] = [];
    for (const fileName of names) {
      const file = path.join(this.folder, fileName);
      const stat = await fs.lstat(file).catch(() => null);
      if (!stat?.isFile() || stat.size > MAX_FILE_BYTES) continue;
      stored.push({ fileName, text: await fs.readFile(file, 'utf8') });
    }
    return stored;
  }

  /** Save under the template's name (a template of the same name is replaced); refused if it would not load. */
  async save(name: string, text: string): Promise<HostResult<StoredTemplate>> {
    const loaded = loadRoomTemplate(text);
    if (!loaded.ok) return failure(`未保存模板：${loaded.error.message}`, `Template not saved: ${loaded.error.en ?? loaded.error.message}`);
    const fileName = templateFileName(name);
    try {
      await fs.mkdir(this.folder, { recursive: true });
      // No .bak beside templates: the folder is listed as it is.
      await writeFileAtomic(path.join(this.folder, fileName), text, undefined, { backup: false });
      return { ok: true, value: { fileName, text } };
    } catch (error) {
      return failure(`模板保存失败（${reasonOf(error)}）：${fileName}`, `Saving the template failed (${reasonOf(error)}): ${fileName}`);
    }
  }
}
