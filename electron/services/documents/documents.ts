// Reading and writing .zuoci documents on disk. Parsing and validation live in shared/model so the
// renderer and the CLI use exactly the same rules.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { checkJsonDepth } from '../../../shared/model/limits';
import { writeFileAtomic } from './atomic-write';
import { HostError } from '../host-error';

/** Larger than any real seating plan (10,000 people is ~3 MB); guards against opening a wrong file. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

export class DocumentFileError extends HostError {}

/** Notepad and some mail gateways put a UTF-8 BOM in front of JSON; JSON.parse refuses it. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export interface DocumentOnDisk {
  text: string;
  /** What was on disk, to tell later whether someone else has changed the file. */
  fingerprint: string;
}

export function fingerprintOf(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function readDocumentFile(filePath: string): Promise<DocumentOnDisk> {
  let stat;
  try {
    stat = await fs.stat(filePath);
  } catch {
    throw new DocumentFileError({ zh: `找不到文件：${filePath}`, en: `File not found: ${filePath}` });
  }
  // A device, a pipe or a folder named *.zuoci would block or fail halfway: only plain files.
  if (!stat.isFile()) throw new DocumentFileError({ zh: `不是座次文件：${filePath}`, en: `Not a Zuoci file: ${filePath}` });
  if (stat.size > MAX_DOCUMENT_BYTES) throw new DocumentFileError({ zh: `文件太大（${Math.round(stat.size / 1048576)} MB），不是座次文件。`, en: `The file is too large (${Math.round(stat.size / 1048576)} MB) to be a Zuoci file.` });
  const bytes = await fs.readFile(filePath);
  const text = withoutBom(bytes.toString('utf8'));
  // Thousands of nested brackets would overflow the parser's stack before any schema could refuse them.
  const tooDeep = checkJsonDepth(text)[0];
  if (tooDeep) throw new DocumentFileError({ zh: tooDeep.message, en: tooDeep.en ?? tooDeep.message });
  return { text, fingerprint: fingerprintOf(bytes) };
}

export async function readDocumentText(filePath: string): Promise<string> {
  return (await readDocumentFile(filePath)).text;
}

/** The fingerprint of what is on disk now; null when the file is gone. */
export async function currentFingerprint(filePath: string): Promise<string | null> {
  try {
    return fingerprintOf(await fs.readFile(filePath));
  } catch {
    return null;
  }
}

export async function writeDocumentText(filePath: string, text: string): Promise<string> {
  await writeFileAtomic(filePath, text);
  return fingerprintOf(text);
}
