// Child process of the kill test: saves the documents given on the command line in turn, forever,
// through the app's own writeFileAtomic, until the test SIGKILLs it. "ready" on stdout once the
// documents are in memory, so the kill lands in the saves and not in Node's start-up.
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../../../electron/services/documents/atomic-write';

const [target, ...sources] = process.argv.slice(2) as [string, ...string[]];
const versions = sources.map((file) => readFileSync(file));

async function main(): Promise<void> {
  process.stdout.write('ready\n');
  for (let i = 0; ; i++) await writeFileAtomic(target, versions[i % versions.length]!);
}
void main();
