#!/usr/bin/env node
// `npx zuoci`: runs the CLI built to plain JavaScript at install (npm `prepare`, dist/cli). When
// that build is missing or older than a source file (a developer's checkout), it runs the
// TypeScript through tsx instead: slower to start, never stale.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function builtCliIsCurrent() {
  try {
    const { builtAt, sources } = JSON.parse(readFileSync(`${root}dist/cli/sources.json`, 'utf8'));
    return sources.every((file) => statSync(file).mtimeMs <= builtAt);
  } catch {
    return false;
  }
}

// Node 22+ keeps the compiled code between runs; Node 20 has no such cache and skips this.
const nodeModule = await import('node:module');
nodeModule.enableCompileCache?.();

let runCli;
if (builtCliIsCurrent()) {
  ({ runCli } = await import('../dist/cli/main.mjs'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ runCli } = await import('../electron/cli/main.ts'));
}
process.exitCode = await runCli(process.argv.slice(2));
