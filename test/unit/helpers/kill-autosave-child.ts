// Child process of the kill test: autosaves the documents given on the command line in turn,
// forever, through the app's own RecoveryFolder, until the test SIGKILLs it.
import { readFileSync } from 'node:fs';
import { RecoveryFolder } from '../../../electron/services/documents/recovery';

const [dir, ...sources] = process.argv.slice(2) as [string, ...string[]];
const versions = sources.map((file) => readFileSync(file, 'utf8'));
const recovery = new RecoveryFolder(dir);

async function main(): Promise<void> {
  process.stdout.write('ready\n');
  for (let i = 0; ; i++) await recovery.save({ text: versions[i % versions.length]!, fileName: '会议.zuoci', path: null });
}
void main();
