import { defineConfig } from 'vitest/config';

// End-to-end tests in Debian's Chromium: one file at a time (each starts a dev server).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
