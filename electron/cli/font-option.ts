// --font FILE|NAME (cli.md): a font file, or the name of a font installed on this computer (黑体,
// "Noto Sans CJK SC Bold", a PostScript name). A name is looked up among the installed fonts that
// can print Chinese; a bold face is preferred, as cards want (6.3).
import { existsSync } from 'node:fs';
import { listInstalledFonts } from '../services/fonts/system-fonts';
import { CliUsageError } from './cli-error';

const SPECIAL = new Set(['bundled', 'bundled-fallback', 'none']);
const squash = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, '');

export async function fontOption(value: string | undefined): Promise<string | undefined> {
  if (value === undefined || SPECIAL.has(value) || existsSync(value.split('#')[0]!)) return value;
  // Something that looks like a path but is not there: resolveFont reports it as a missing file.
  if (/[\\/]|\.(ttf|otf|ttc)$/i.test(value)) return value;
  const wanted = squash(value);
  const installed = await listInstalledFonts();
  const postscript = (choice: string) => squash(choice.split('#')[1] ?? '');
  const exact = installed.find((font) => squash(font.name) === wanted || postscript(font.choice) === wanted);
  const starting = installed.filter((font) => squash(font.name).startsWith(wanted));
  const found = exact ?? starting.find((font) => /bold|粗|黑/i.test(font.name)) ?? starting[0];
  if (found) return found.choice;
  const names = installed.slice(0, 12).map((font) => font.name).join('、') || '（没有 / none）';
  throw new CliUsageError(`找不到字体“${value}”：既不是字体文件，也不是本机已安装的中文字体。可用：${names}`,
    `Font "${value}" is neither a font file nor an installed Chinese font. Installed: ${names}`);
}
