import { defineConfig } from 'vitest/config';

// Browser tests: the built app (npm run build) on a fresh PGlite data directory, driven in
// Chromium by playwright-core. Run with `npm run test:e2e`.
export default defineConfig({
  test: {
    name: 'e2e',
    root: new URL('.', import.meta.url).pathname,
    include: ['**/*.e2e.test.ts'],
    globalSetup: ['./global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
