// Reading a file whose path a user typed (CLI arguments): only a plain file, and only up to a size
// no roster or plan reaches, so `/dev/zero`, a pipe or a folder gets a message instead of a hang
// or a process that grows without end.
import { promises as fs } from 'node:fs';
import { MAX_DOCUMENT_BYTES } from './documents';

export class UserFileError extends Error {}

export async function readUserFile(file: string, maxBytes: number = MAX_DOCUMENT_BYTES): Promise<Buffer> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) throw new UserFileError(`找不到或无法读取文件：${file}`);
  if (!stat.isFile()) throw new UserFileError(`不是普通文件（文件夹、设备或管道）：${file}`);
  if (stat.size > maxBytes) throw new UserFileError(`文件太大（${Math.round(stat.size / 1048576)} MB）：${file}`);
  return fs.readFile(file);
}
