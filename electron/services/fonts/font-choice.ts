// A font choice as saved in a document: 'bundled', 'bundled-fallback', a file path, or a face of a
// collection as 'path#PostScriptName'. Resolved here to what pdfkit and fontkit open.
// A document comes from anywhere (USB stick, e-mail), so the path in it is not trusted: only a font
// in this machine's font folders (what discovery offers) or one the user picked on this machine (a
// file dialog, or --font on the command line) is opened; never a device, a pipe or a network path
// (a UNC path would make Windows connect to a remote share; /dev/zero would be read forever).
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { bundledFallbackFontPath, bundledFontPath } from './bundled';
import { fontFolders } from './system-fonts';
import { HostError } from '../host-error';

export interface FontFile {
  path: string;
  /** The face in a .ttc collection. */
  postscriptName?: string;
  /** Set when the chosen font could not be read and the bundled one stands in: tell the user. */
  fallbackNotice?: string;
}

export class FontNotFoundError extends HostError {}

/** Larger than any CJK font (Source Han Sans TTC is ~20 MB per weight set), smaller than a trap. */
export const MAX_FONT_BYTES = 64 * 1024 * 1024;
const FONT_EXTENSION = /\.(ttf|otf|ttc)$/i;

const userFonts = new Set<string>();

/** The user picked this font file on this machine (a dialog main showed, or --font): allow it. */
export function allowUserFont(filePath: string): void {
  userFonts.add(path.resolve(filePath));
  try {
    userFonts.add(realpathSync(filePath));
  } catch {
    // not there (yet): resolveFont says so when it is used
  }
}

/** \\server\share, //server/share, \\?\UNC\…, \\.\pipe\…: never opened, not even to look. */
export function isNetworkOrDevicePath(filePath: string): boolean {
  return /^[\\/]{2}/.test(filePath) || /^[a-z][a-z0-9+.-]+:\/\//i.test(filePath);
}

const inside = (file: string, folder: string) => {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

function refuse(zh: string, en: string): never {
  throw new FontNotFoundError({ zh: `${zh}请在打印设置中重新选择字体。`, en: `${en} Choose the font again in the print settings.` });
}

/** The checked, real path of a font file the document names; throws FontNotFoundError otherwise. */
export function checkedFontPath(filePath: string, folders: readonly string[] = fontFolders()): string {
  if (isNetworkOrDevicePath(filePath)) refuse(`不能使用网络路径或设备上的字体：${filePath}。`, `A font on a network path or a device cannot be used: ${filePath}.`);
  if (!path.isAbsolute(filePath) || !FONT_EXTENSION.test(filePath)) refuse(`不是字体文件（.ttf/.otf/.ttc）：${filePath}。`, `Not a font file (.ttf/.otf/.ttc): ${filePath}.`);
  let real: string;
  try {
    real = realpathSync(filePath);
  } catch {
    refuse(`找不到字体文件：${filePath}。`, `Font file not found: ${filePath}.`);
  }
  // A symlink may point anywhere: the checks apply to where it leads.
  if (isNetworkOrDevicePath(real)) refuse(`不能使用网络路径或设备上的字体：${filePath}。`, `A font on a network path or a device cannot be used: ${filePath}.`);
  const discovered = folders.some((folder) => inside(real, folder) || inside(real, safeRealpath(folder)));
  if (!discovered && !userFonts.has(real) && !userFonts.has(path.resolve(filePath))) {
    refuse(`字体“${path.basename(filePath)}”不在本机字体文件夹中，也不是在本机选定的。`, `The font “${path.basename(filePath)}” is neither in this computer's font folders nor picked on this computer.`);
  }
  const stat = statSync(real);
  if (!stat.isFile()) refuse(`不是字体文件：${filePath}。`, `Not a font file: ${filePath}.`);
  if (stat.size > MAX_FONT_BYTES) refuse(`字体文件太大（${Math.round(stat.size / 1048576)} MB）：${filePath}。`, `The font file is too large (${Math.round(stat.size / 1048576)} MB): ${filePath}.`);
  return real;
}

function safeRealpath(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
}

const parseResults = new Map<string, string | null>();

/** null when fontkit reads the face; else why not. Cached by path, size and time: fonts are big. */
function parseProblem(file: string, postscriptName: string | undefined): string | null {
  const stat = statSync(file);
  const key = `${file}#${postscriptName ?? ''}#${stat.size}#${stat.mtimeMs}`;
  if (!parseResults.has(key)) {
    let problem: string | null = null;
    try {
      const opened = fontkit.openSync(file);
      if ('fonts' in opened) {
        const faces = opened.fonts as fontkit.Font[];
        if (!faces.some((face) => face.postscriptName === postscriptName)) problem = `字体集中没有“${postscriptName ?? ''}”`;
      }
    } catch (error) {
      problem = (error as Error).message;
    }
    parseResults.set(key, problem);
  }
  return parseResults.get(key)!;
}

export function resolveFont(choice: string, folders?: readonly string[]): FontFile {
  if (choice === 'bundled') return { path: bundledFontPath() };
  if (choice === 'bundled-fallback') return { path: bundledFallbackFontPath() };
  const hash = choice.lastIndexOf('#');
  const [filePath, postscriptName] = hash > 0 ? [choice.slice(0, hash), choice.slice(hash + 1)] : [choice, undefined];
  const real = checkedFontPath(filePath, folders);
  const problem = parseProblem(real, postscriptName);
  if (problem !== null) {
    return { path: bundledFontPath(), fallbackNotice: `字体“${path.basename(filePath)}”无法读取（${problem}），已改用内置的思源黑体（Noto Sans SC）。` };
  }
  return postscriptName ? { path: real, postscriptName } : { path: real };
}
