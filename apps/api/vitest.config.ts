import { defineProject } from 'vitest/config';

// The API suite runs against a real database: PGlite by default, PostgreSQL when
// TEST_DATABASE_URL is set. The global setup migrates one template per run; every test file
// gets its own database cloned from it (test/database.ts).
export default defineProject({
  test: {
    name: 'api',
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { TZ: 'America/Los_Angeles' },
  },
});
