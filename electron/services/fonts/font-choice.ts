// A font choice as saved in a document: 'bundled', 'bundled-fallback', a file path, or a face of a
// collection as 'path#PostScriptName'. Resolved here to what pdfkit and fontkit open.
import { existsSync } from 'node:fs';
import { bundledFallbackFontPath, bundledFontPath } from './bundled';

export interface FontFile {
  path: string;
  /** The face in a .ttc collection. */
  postscriptName?: string;
}

export class FontNotFoundError extends Error {}

export function resolveFont(choice: string): FontFile {
  if (choice === 'bundled') return { path: bundledFontPath() };
  if (choice === 'bundled-fallback') return { path: bundledFallbackFontPath() };
  const [path, postscriptName] = choice.split('#') as [string, string | undefined];
  if (!existsSync(path)) throw new FontNotFoundError(`找不到字体文件：${path}。请在打印设置中重新选择字体。`);
  return postscriptName ? { path, postscriptName } : { path };
}
