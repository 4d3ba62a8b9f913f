// Reading a file whose path a user typed (CLI arguments): only a plain file, and only up to a size
// no roster or plan reaches, so `/dev/zero`, a pipe or a folder gets a message instead of a hang
// or a process that grows without end.
import { promises as fs } from 'node:fs';
import { MAX_DOCUMENT_BYTES } from './documents';
import { HostError } from '../host-error';

export class UserFileError extends HostError {}

export async function readUserFile(file: string, maxBytes: number = MAX_DOCUMENT_BYTES): Promise<Buffer> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) throw new UserFileError({ zh: `找不到或无法读取文件：${file}`, en: `File not found or unreadable: ${file}` });
  if (!stat.isFile()) throw new UserFileError({ zh: `不是普通文件（文件夹、设备或管道）：${file}`, en: `Not a plain file (a folder, device or pipe): ${file}` });
  if (stat.size > maxBytes) throw new UserFileError({ zh: `文件太大（${Math.round(stat.size / 1048576)} MB）：${file}`, en: `The file is too large (${Math.round(stat.size / 1048576)} MB): ${file}` });
  return fs.readFile(file);
}
