// Browser mode's dev server (issue 12, item 6): saved plans and the rest of the disk are never
// served through /@fs/; the PDF's result travels in the body, so a large plan fits.
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { arrangeZones } from '../../shared/arrange/arrange';
import { replaceRoster } from '../../shared/model/edits';
import { serializeProject } from '../../shared/model/load';
import { makePerson } from '../../shared/model/person';
import { quickVenueProject } from './helpers/big-plan';

let server: ViteDevServer;
let base: string;
const project = path.resolve('.');
const webFiles = path.join(project, 'zuoci-web-files');
const savedPlan = path.join(webFiles, 'web-server-test.zuoci');

beforeAll(async () => {
  mkdirSync(webFiles, { recursive: true });
  writeFileSync(savedPlan, '{"机密":"座次"}');
  writeFileSync(`${savedPlan}.bak`, '{"机密":"旧座次"}');
  server = await createServer({ configFile: path.resolve('vite.config.ts'), server: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  await server.listen();
  const address = server.httpServer!.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await server?.close();
  rmSync(savedPlan, { force: true });
  rmSync(`${savedPlan}.bak`, { force: true });
});

describe('/@fs/', () => {
  it('never serves saved plans, the project or the rest of the disk', async () => {
    const outside = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-fs-')), 'secret.txt');
    writeFileSync(outside, 'secret');
    for (const file of [savedPlan, `${savedPlan}.bak`, path.join(project, 'package.json'), path.join(project, 'electron/main/main.ts'), outside, '/etc/passwd']) {
      const response = await fetch(`${base}/@fs${file}`);
      expect(response.status, file).toBe(403);
      expect(await response.text()).not.toContain('机密');
    }
  });

  it('still serves what the page needs: the shared code it imports', async () => {
    expect((await fetch(`${base}/@fs${path.join(project, 'shared/model/limits.ts')}`)).status).toBe(200);
  });
});

describe('/api/pdf', () => {
  it('puts the result in the body ahead of the PDF, with only its length in a header', async () => {
    const people = Array.from({ length: 400 }, (_, i) => makePerson({ id: `p${i}`, name: `代表${i}`, rank: i + 1, category: '出席', rosterIndex: i }));
    const seated = arrangeZones(replaceRoster(quickVenueProject(), people)).project;
    const response = await fetch(`${base}/api/pdf`, {
      method: 'POST', headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ kind: 'cards', documentText: serializeProject(seated), selection: { zones: ['rostrum', 'hall', 'table'] } }),
    });
    expect(response.headers.get('content-type')).toBe('application/x-zuoci-pdf');
    const split = Number(response.headers.get('x-zuoci-result-bytes'));
    const body = Buffer.from(await response.arrayBuffer());
    const result = JSON.parse(body.subarray(0, split).toString('utf8')) as { cardCount: number; printed: Record<string, string> };
    expect(result.cardCount).toBe(400);
    // As the old header (URI-encoded), it would exceed Node's 16 KB default for a whole header block.
    expect(encodeURIComponent(body.subarray(0, split).toString('utf8')).length).toBeGreaterThan(16 * 1024);
    expect(body.subarray(split, split + 5).toString()).toBe('%PDF-');
  }, 60_000);
});

describe('hostile documents sent to the server', () => {
  const post = (endpoint: string, body: unknown) => fetch(`${base}${endpoint}`, {
    method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify(body),
  });

  it('a plan whose card font is /dev/zero or a UNC path gets a message at once, not a server that grows forever', async () => {
    const people = Array.from({ length: 3 }, (_, i) => makePerson({ id: `p${i}`, name: `代表${i}`, rank: i + 1, category: '出席', rosterIndex: i }));
    const seated = arrangeZones(replaceRoster(quickVenueProject(), people)).project;
    for (const font of ['/dev/zero', '\\\\fileserver\\fonts\\simsun.ttc']) {
      const response = await post('/api/pdf', { kind: 'cards', documentText: serializeProject({ ...seated, print: { ...seated.print, font } }) });
      const result = (await response.json()) as { ok: boolean; message: string };
      expect(result.ok, font).toBe(false);
      expect(result.message).toMatch(/不是字体文件|网络路径/);
    }
  });

  it('a .bak that is a symlink is replaced, never written through', async () => {
    const elsewhere = path.join(mkdtempSync(path.join(os.tmpdir(), 'zuoci-web-')), 'important.txt');
    writeFileSync(elsewhere, 'not yours');
    const target = path.join(webFiles, 'symlink-test.zuoci');
    rmSync(`${target}.bak`, { force: true });
    const text = serializeProject(quickVenueProject());
    expect(await (await post('/api/save-document', { path: null, suggestedName: 'symlink-test.zuoci', text })).json()).toMatchObject({ ok: true });
    symlinkSync(elsewhere, `${target}.bak`);
    expect(await (await post('/api/save-document', { path: null, suggestedName: 'symlink-test.zuoci', text })).json()).toMatchObject({ ok: true });
    expect(readFileSync(elsewhere, 'utf8')).toBe('not yours');
    expect(lstatSync(`${target}.bak`).isSymbolicLink()).toBe(false);
    rmSync(target, { force: true });
    rmSync(`${target}.bak`, { force: true });
  });
});
