// Lint, and the layer rules that keep the architecture honest (architecture.md): shared/ is pure,
// the renderer never reaches Node or Electron, services never import electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'url', 'util', 'crypto', 'stream', 'buffer', 'module', 'worker_threads'];
const restrict = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', '.tsbuild/', '.probe-*/', 'zuoci-web-files/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Chinese text legitimately contains the ideographic space (王　伟).
      'no-irregular-whitespace': ['error', { skipComments: true, skipStrings: true, skipTemplates: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(['electron', 'react', 'react-dom', 'react-konva', 'konva', 'zustand', 'pdfkit', 'fontkit', ...NODE_BUILTINS],
      'shared/ is pure TypeScript: no DOM, Node, Electron, React or Konva (architecture.md).'),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: restrict(['electron', 'pdfkit', 'fontkit', '**/electron/**', ...NODE_BUILTINS],
      'The renderer only draws and asks the Platform: no Node, Electron or services (architecture.md).'),
  },
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts', 'electron/web/**/*.ts'],
    rules: restrict(['electron', '**/main/**', '**/preload/**', '**/renderer/**'],
      'Services and the CLI are plain Node: they never import electron, so tests can call them.'),
  },
);
