import { defineConfig } from 'vitest/config';

// The fault suite (`npm run test:faults`): real servers in child processes, killed, starved of
// their database or their SMTP server, on PostgreSQL (FAULTS_DATABASE_URL, an administrative
// connection; default postgres://postgres@127.0.0.1:5432/postgres) and on PGlite. Not part of
// `npm test`. Two files at a time: the machine has two cores and each file runs servers.
export default defineConfig({
  test: {
    name: 'faults',
    root: import.meta.dirname,
    environment: 'node',
    include: ['**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    fileParallelism: true,
  },
});
