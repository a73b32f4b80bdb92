import { defineConfig } from 'vitest/config';

// One entry point for every unit and integration test. Browser tests have their own config
// (apps/web/e2e/vitest.config.ts) because they need a built app and Chromium.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/api', 'apps/web'],
  },
});
