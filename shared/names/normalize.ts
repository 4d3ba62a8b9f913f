// Names as typed in rosters carry stray spaces, full-width letters and several kinds of middle
// dot. One normal form keeps namesakes comparable and cards clean.

// Letters (Han included), combining marks, the middle dot of ethnic names, space, ' and -.
const NAME_CHARACTER = /[\p{L}\p{M} ·'-]/u;
const CJK = '\\p{Script=Han}';
const SPACE_BETWEEN_HAN = new RegExp(`(?<=${CJK})[\\s\\u3000]+(?=${CJK})`, 'gu');

/** Full-width ASCII (Ａ, ｊ, ＿) to half-width; the ideographic space to a plain space. */
function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/**
 * The middle dot of ethnic names (阿依古丽·买买提) as offices type it: the bullet, katakana and
 * half-width katakana dots, the full-width full stop, the hyphenation point, Greek ano teleia,
 * dot operators. All become U+00B7. A plain full stop counts only between Han characters, where it
 * cannot be an initial such as "J. Smith".
 */
const DOT_VARIANTS = /\s*[·•・･‧∙⋅．\u0387\u2E31\uA78F\u02D1\u16EB]\s*/gu;
const FULL_STOP_BETWEEN_HAN = new RegExp(`(?<=${CJK})\\s*\\.\\s*(?=${CJK})`, 'gu');

/** " 王　芳 " → "王芳", "阿依古丽•买买提" → "阿依古丽·买买提", "John  Smith" → "John Smith". */
export function normalizeName(raw: string): string {
  const unspaced = raw.trim().replace(SPACE_BETWEEN_HAN, '');
  // Dots first: the full-width full stop would otherwise become an ASCII "." in toHalfWidth.
  const dotted = unspaced.replace(DOT_VARIANTS, '·').replace(FULL_STOP_BETWEEN_HAN, '·');
  return toHalfWidth(dotted)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The name as it will be kept, and the original when normalising changed more than the spaces
 * around it: the preview shows "原文: …" and the person keeps it (Person.originalName).
 */
export function normalizeNameKeepingOriginal(raw: string): { name: string; original?: string } {
  const name = normalizeName(raw);
  const trimmed = raw.trim();
  return trimmed === name ? { name } : { name, original: trimmed };
}

/** Collapse spaces in a header cell: "职 务" → "职务". */
export function normalizeHeader(raw: string): string {
  return raw.replace(/[\s\u3000]+/g, '').trim();
}

const HAN_ONLY = new RegExp(`^${CJK}+$`, 'u');

/** Two-character Chinese names are widened to three-character width (protocol 6.3): 王伟 → 王　伟. */
export function displayName(name: string, widenTwoChar: boolean): string {
  const chars = [...name];
  if (widenTwoChar && chars.length === 2 && HAN_ONLY.test(name)) return `${chars[0]}\u3000${chars[1]}`;
  return name;
}

/** Characters a personal name does not contain: a hint of a typo or a pasted formula. */
export function unusualNameCharacters(name: string): string[] {
  return [...name].filter((ch) => !NAME_CHARACTER.test(ch));
}
