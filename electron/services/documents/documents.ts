// Reading and writing .zuoci documents on disk. Parsing and validation live in shared/model so the
// renderer and the CLI use exactly the same rules.
import { promises as fs } from 'node:fs';
import { writeFileAtomic } from './atomic-write';

/** Larger than any real seating plan (10,000 people is ~3 MB); guards against opening a wrong file. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

export class DocumentFileError extends Error {}

export async function readDocumentText(filePath: string): Promise<string> {
  let stat;
  try {
    stat = await fs.stat(filePath);
  } catch {
    throw new DocumentFileError(`找不到文件：${filePath}`);
  }
  if (stat.size > MAX_DOCUMENT_BYTES) throw new DocumentFileError(`文件太大（${Math.round(stat.size / 1048576)} MB），不是座次文件。`);
  return fs.readFile(filePath, 'utf8');
}

export async function writeDocumentText(filePath: string, text: string): Promise<void> {
  await writeFileAtomic(filePath, text);
}
