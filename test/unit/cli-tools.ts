// Running `npx zuoci` as a user does: the real bin script in a child process, on the fixtures.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';

const run = promisify(execFile);
export const BIN = path.resolve('bin/zuoci.mjs');
export const ROSTER = path.resolve('test/fixtures/plenary-roster.xlsx');
export const out = (name: string) => path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-cli-')), name);

export async function zuoci(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', [BIN, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

export function readCsv(file: string): string[][] {
  const text = readFileSync(file, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text.slice(1).trimEnd().split('\r\n').map((line) => line.split(','));
}

