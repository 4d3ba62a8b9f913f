// An xlsx is a zip: before any spreadsheet reader unpacks it, walk its central directory and
// inflate every entry once, counting bytes and keeping none, so a zip bomb (1 MB that unpacks to
// gigabytes) is refused after IMPORT_LIMITS.uncompressedBytes instead of filling memory. The
// sizes the directory declares are not trusted: a bomb can lie about them.
import { createInflateRaw } from 'node:zlib';
import { IMPORT_LIMITS } from '../../../shared/model/limits';
import { HostError } from '../host-error';

export class ZipLimitError extends HostError {}

const MAX_ENTRIES = 10_000;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

function centralDirectory(zip: Buffer): Entry[] {
  // End of central directory: the last 0x06054b50 within the final 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipLimitError({ zh: '不是有效的 .xlsx 文件（找不到 zip 目录）。', en: 'Not a valid .xlsx file (no zip directory).' });
  const count = zip.readUInt16LE(eocd + 10);
  if (count > MAX_ENTRIES) throw new ZipLimitError({ zh: `.xlsx 文件内部条目过多（${count}）。`, en: `The .xlsx file holds too many entries (${count}).` });
  let offset = zip.readUInt32LE(eocd + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== 0x02014b50) throw new ZipLimitError({ zh: '不是有效的 .xlsx 文件（zip 目录损坏）。', en: 'Not a valid .xlsx file (damaged zip directory).' });
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    entries.push({
      name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      localHeaderOffset: zip.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates `data` and returns how many bytes it makes, stopping early past `budget`. */
function inflatedSize(data: Buffer, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let total = 0;
    const inflate = createInflateRaw();
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) {
        inflate.destroy();
        resolve(total);
      }
    });
    inflate.on('end', () => resolve(total));
    inflate.on('error', () => reject(new ZipLimitError({ zh: '不是有效的 .xlsx 文件（压缩数据损坏）。', en: 'Not a valid .xlsx file (damaged compressed data).' })));
    inflate.end(data);
  });
}

/** Throws ZipLimitError when the xlsx would unpack to more than the limit. */
export async function checkZipLimits(zip: Buffer, limit: number = IMPORT_LIMITS.uncompressedBytes): Promise<void> {
  let total = 0;
  const tooLarge = () => new ZipLimitError({ zh: `.xlsx 文件解压后超过 ${Math.round(limit / 1048576)} MB，不是一份名单（可能是“压缩炸弹”）。`, en: `The .xlsx file unpacks to more than ${Math.round(limit / 1048576)} MB: not a roster (possibly a zip bomb).` });
  for (const entry of centralDirectory(zip)) {
    const local = entry.localHeaderOffset;
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) throw new ZipLimitError({ zh: '不是有效的 .xlsx 文件（zip 条目损坏）。', en: 'Not a valid .xlsx file (damaged zip entry).' });
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) total += data.length;
    else if (entry.method === 8) total += await inflatedSize(data, limit - total);
    else throw new ZipLimitError({ zh: `.xlsx 文件使用了不支持的压缩方式（${entry.method}）。`, en: `The .xlsx file uses an unsupported compression method (${entry.method}).` });
    if (total > limit) throw tooLarge();
  }
}
