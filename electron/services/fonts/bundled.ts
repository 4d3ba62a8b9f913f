// The bundled open-licence CJK fonts (SIL OFL 1.1), shipped as npm dependencies so the repository
// does not carry large binaries and electron-builder packs them:
// - Noto Sans SC Bold, the default card and map font;
// - Source Han Sans SC Bold, the fallback for rare characters outside the BMP (𠈌) that Noto lacks.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function bundledFontPath(): string {
  return require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');
}

export function bundledFallbackFontPath(): string {
  return require.resolve('node-source-han-sans-sc/SourceHanSansSC-Bold.otf');
}
