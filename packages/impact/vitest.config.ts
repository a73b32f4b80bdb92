import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'impact', environment: 'node', include: ['src/**/*.test.ts'] },
});
