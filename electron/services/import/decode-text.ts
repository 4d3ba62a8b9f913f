// CSV bytes to text. Excel on Chinese Windows saves "CSV" as GBK (GB18030 is its superset), newer
// tools as UTF-8 with or without a BOM. Strict UTF-8 first: GBK bytes are almost never valid UTF-8.
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'gb18030';

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
  }
}
