// Vitest global setup: build the CLI once, as `npm install` does (npm `prepare`), so the CLI tests
// run what users run. bin/zuoci.mjs falls back to tsx when the build is older than the source, so
// this only makes those tests fast, never stale.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync('node', ['scripts/build-cli.mjs'], { stdio: 'ignore' });
}
