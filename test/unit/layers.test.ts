// The layer rules fail the build: shared/ cannot reach the DOM, Node or Electron, and the renderer
// cannot reach Node. Proven by feeding the real lint config and tsconfigs a violating file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const eslint = new ESLint();
const lintErrors = async (code: string, filePath: string) =>
  (await eslint.lintText(code, { filePath })).flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message}`));

describe('lint rules per layer', () => {
  it('shared/ may not import Node, React, Konva or Electron', async () => {
    for (const source of ["import fs from 'node:fs';", "import path from 'path';", "import React from 'react';", "import Konva from 'konva';", "import { app } from 'electron';"]) {
      const errors = await lintErrors(`${source}\nexport const x = 1;\n`, 'shared/model/probe.ts');
      expect(errors.some((e) => e.startsWith('no-restricted-imports'))).toBe(true);
    }
  });

  it('the renderer may not import Node or Electron services', async () => {
    expect(await lintErrors("import fs from 'node:fs';\nexport const x = fs;\n", 'renderer/panels/probe.ts')).toEqual([
      expect.stringContaining('no-restricted-imports'),
    ]);
    expect(await lintErrors("import { printCards } from '../../electron/services/pdf/print-cards';\nexport const x = printCards;\n", 'renderer/panels/probe.ts')).toEqual([
      expect.stringContaining('no-restricted-imports'),
    ]);
  });

  it('allows what each layer is for', async () => {
    expect(await lintErrors("import { z } from 'zod';\nexport const x = z.string();\n", 'shared/model/probe.ts')).toEqual([]);
    expect(await lintErrors("import fs from 'node:fs';\nexport const x = fs;\n", 'electron/services/probe.ts')).toEqual([]);
  });
});

describe('type-check projects per layer', () => {
  // A probe folder inside the repository, so node_modules resolves exactly as for real code.
  const probeDir = mkdtempSync(path.resolve('.probe-'));
  afterAll(() => rmSync(probeDir, { recursive: true, force: true }));

  function typeErrors(tsconfig: string, code: string): string[] {
    const file = path.join(probeDir, 'probe.ts');
    writeFileSync(file, code);
    const { config } = ts.readConfigFile(path.resolve(tsconfig), ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(path.resolve(tsconfig)));
    const program = ts.createProgram([file], { ...parsed.options, composite: false, noEmit: true, emitDeclarationOnly: false });
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  it('shared/: the DOM and Node do not exist', () => {
    expect(typeErrors('shared/tsconfig.json', "import fs from 'node:fs';\nexport const x = fs;\n").join()).toContain("Cannot find module 'node:fs'");
    expect(typeErrors('shared/tsconfig.json', 'export const x = document.title;\n').join()).toContain("Cannot find name 'document'");
    expect(typeErrors('shared/tsconfig.json', 'export const x = process.env;\n').join()).toContain("Cannot find name 'process'");
    expect(typeErrors('shared/tsconfig.json', 'export const x: number = 1;\n')).toEqual([]);
  });

  it('renderer/: the DOM exists, Node does not', () => {
    expect(typeErrors('renderer/tsconfig.json', "import fs from 'node:fs';\nexport const x = fs;\n").join()).toContain("Cannot find module 'node:fs'");
    expect(typeErrors('renderer/tsconfig.json', 'export const x = document.title;\n')).toEqual([]);
  });
});
