// The installer configuration (issue 12, item 9), checked with electron-builder's own validator:
// building the installers needs the Electron download, which these machines cannot make.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledFallbackFontPath, bundledFontPath } from '../../electron/services/fonts/bundled';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load: (text: string) => unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration: (config: unknown, logger: { isEnabled: boolean; add: () => void }) => Promise<void>;
};

interface Target { target: string; arch: string[] }
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown> & {
  win: { target: Target[] }; mac: { target: Target[] }; linux: { target: Target[]; mimeTypes: string[] };
  fileAssociations: { ext: string; mimeType: string }[]; electronFuses: Record<string, boolean>; files: string[]; icon: string;
};
const logger = { isEnabled: false, add: () => undefined };
const targets = (platform: { target: Target[] }) => platform.target.flatMap((t) => t.arch.map((arch) => `${t.target} ${arch}`)).sort();

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema, which does reject a wrong key', async () => {
    await expect(validateConfiguration(config, logger)).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, winn: {} }, logger)).rejects.toThrow();
  });

  it('builds NSIS for Windows x64, dmg for macOS x64 and arm64, deb and AppImage for Linux x64 and arm64', () => {
    expect(targets(config.win)).toEqual(['nsis x64']);
    expect(targets(config.mac)).toEqual(['dmg arm64', 'dmg x64']);
    expect(targets(config.linux)).toEqual(['AppImage arm64', 'AppImage x64', 'deb arm64', 'deb x64']);
  });

  it('associates .zuoci with the app on every system', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'zuoci', mimeType: 'application/x-zuoci' })]);
    expect(config.linux.mimeTypes).toContain('application/x-zuoci');
  });

  it('sets the fuses: no run-as-node, no NODE_OPTIONS or inspect, asar integrity, cookie encryption', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true, onlyLoadAppFromAsar: true, enableCookieEncryption: true,
    });
  });

  it('has an icon of at least 512 × 512 in assets/', () => {
    const png = readFileSync(config.icon);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });

  it('packs only the font weights the app uses', () => {
    const relative = (file: string) => path.relative(path.resolve('node_modules'), file).split(path.sep).join('/');
    const main = relative(bundledFontPath());
    const fallback = relative(bundledFallbackFontPath());
    expect(main).toMatch(/^@expo-google-fonts\/noto-sans-sc\/700Bold\//);
    // Every other Noto weight is excluded; of Source Han Sans, only the Bold file goes back in.
    expect(config.files).toContain('!node_modules/@expo-google-fonts/noto-sans-sc/{100,200,300,400,500,600,800,900}*/**');
    expect(config.files).toContain('!node_modules/node-source-han-sans-sc/**');
    expect(config.files).toContain(`node_modules/${fallback}`);
    expect(existsSync(bundledFallbackFontPath())).toBe(true);
  });

  it('npm run dist builds for the current platform', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.dist).toBe('npm run build && electron-builder');
  });
});
