import { writeFileAtomic } from '../services/documents/atomic-write';
import { CliUsageError } from './cli-error';

/** Writes a result; a folder that does not exist or is read-only is the user's mistake (exit 2). */
export async function writeOutput(outPath: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(outPath, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new CliUsageError(`无法写入 ${outPath}（${code}）：请检查文件夹是否存在、是否有写权限。`, `Cannot write ${outPath} (${code}).`);
  }
}
