// The bundled open-licence CJK font (Noto Sans SC Bold, SIL OFL 1.1), shipped as an npm
// dependency so the repository does not carry a 10 MB binary and electron-builder packs it.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const BUNDLED_FONT_NAME = 'Noto Sans SC Bold';

export function bundledFontPath(): string {
  return require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf');
}
