// Installed CJK fonts the user may pick for cards (黑体 SimHei, 宋体, 楷体, 仿宋, 方正小标宋 …), found in
// the usual font folders of Windows, macOS and Linux. Only files whose names look like CJK fonts
// are opened, so scanning a Windows font folder of hundreds of files stays quick.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as fontkit from 'fontkit';

export interface InstalledFont {
  /** What the user sees: the family name, Chinese when the font has one. */
  name: string;
  /** The choice saved in the document: a path, or 'path#PostScriptName' for a collection's face. */
  choice: string;
}

const CJK_FILE = /^(sim|msyh|msjh|deng|fz|方正|华文|st(song|hei|kaiti|fangsong|xihei|zhongs)|noto.*(cjk|sc|tc)|sourcehan|source-han|wqy|uming|ukai|lxgw|pingfang|songti|kaiti|hiragino.*gb|heiti|droidsansfallback)/i;
const FONT_FILE = /\.(ttf|otf|ttc)$/i;

export function fontFolders(platform = process.platform, home = os.homedir()): string[] {
  if (platform === 'win32') {
    const windir = process.env.WINDIR ?? 'C:\\Windows';
    return [path.join(windir, 'Fonts'), path.join(process.env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'Microsoft', 'Windows', 'Fonts')];
  }
  if (platform === 'darwin') return ['/System/Library/Fonts', '/System/Library/Fonts/Supplemental', '/Library/Fonts', path.join(home, 'Library', 'Fonts')];
  return ['/usr/share/fonts', '/usr/local/share/fonts', path.join(home, '.local', 'share', 'fonts'), path.join(home, '.fonts')];
}

async function fontFiles(folder: string, depth = 3): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
  const files = await Promise.all(entries.map(async (entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return depth > 0 ? fontFiles(full, depth - 1) : [];
    return FONT_FILE.test(entry.name) && CJK_FILE.test(entry.name) ? [full] : [];
  }));
  return files.flat();
}

/** 宋体 rather than SimSun when the font carries a Chinese name. */
function displayName(font: fontkit.Font): string {
  const names = (font as unknown as { name?: { records?: { fontFamily?: Record<string, string> } } }).name?.records?.fontFamily ?? {};
  return names['zh-CN'] ?? names['zh'] ?? font.familyName;
}

/** A test for the fonts the cards need: it must have 王, and ideally the CJK Unified block. */
const hasChinese = (font: fontkit.Font) => font.hasGlyphForCodePoint(0x738b);

export async function listInstalledFonts(folders = fontFolders()): Promise<InstalledFont[]> {
  const files = (await Promise.all(folders.map((folder) => fontFiles(folder)))).flat();
  const fonts: InstalledFont[] = [];
  for (const file of [...new Set(files)].sort()) {
    try {
      const opened = fontkit.openSync(file);
      const faces = 'fonts' in opened ? (opened.fonts as fontkit.Font[]) : [opened];
      for (const face of faces) {
        if (!hasChinese(face)) continue;
        fonts.push({ name: `${displayName(face)} ${face.subfamilyName}`.trim(), choice: 'fonts' in opened ? `${file}#${face.postscriptName}` : file });
      }
    } catch {
      // A damaged or unsupported font file is simply not offered.
    }
  }
  return fonts;
}
