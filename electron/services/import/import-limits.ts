// Limits on a roster file before and while it is read: larger than any real roster (a 20,000-person
// roster is ~2 MB as xlsx), small enough that a hostile file cannot take the app's memory.
import { promises as fs } from 'node:fs';
import { IMPORT_LIMITS } from '../../../shared/model/limits';
import { failure } from '../host-error';

export async function checkImportFile(filePath: string): Promise<{ ok: true } | { ok: false; message: string; en: string }> {
  let stat;
  try {
    stat = await fs.stat(filePath);
  } catch {
    return failure(`找不到文件：${filePath}`, `File not found: ${filePath}`);
  }
  if (!stat.isFile()) return failure(`不是名单文件：${filePath}`, `Not a roster file: ${filePath}`);
  if (stat.size > IMPORT_LIMITS.fileBytes) {
    return failure(`名单文件太大（${(stat.size / 1048576).toFixed(1)} MB，上限 ${IMPORT_LIMITS.fileBytes / 1048576} MB）。`, `The roster file is too large (${(stat.size / 1048576).toFixed(1)} MB; the limit is ${IMPORT_LIMITS.fileBytes / 1048576} MB).`);
  }
  return { ok: true };
}
