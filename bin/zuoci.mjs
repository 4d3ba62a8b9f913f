#!/usr/bin/env node
// The CLI is TypeScript run through tsx, so `npx zuoci` works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../electron/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
