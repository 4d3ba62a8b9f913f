import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The CLI tests run bin/zuoci.mjs on the CLI built to plain JavaScript.
    globalSetup: ['test/unit/build-cli.setup.ts'],
    testTimeout: 30_000,
  },
});
