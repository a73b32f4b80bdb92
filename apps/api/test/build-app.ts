import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp, type BuildAppOptions } from '../src/app';
import { loadConfig, type Config } from '../src/config';
import type { DatabaseHandle } from '../src/db/client';
import type { AppContext } from '../src/app-context';
import { createTestDatabase } from './database';

export const TEST_PUBLIC_URL = 'http://kyoso.test';

/** The configuration tests run with: a cheap password hash, a fixed secret, no SMTP. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kyoso-app-'));
  return loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    PUBLIC_URL: TEST_PUBLIC_URL,
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-0123456789',
    PASSWORD_HASH_COST: '14',
    // Tests log in often from one address; the limit itself is tested with a lower value.
    LOGIN_RATE_LIMIT_MAX: '10000',
    ...overrides,
  });
}

export type TestApp = {
  app: FastifyInstance;
  database: DatabaseHandle;
  db: DatabaseHandle['db'];
  ctx: AppContext;
  config: Config;
  /** Moves the clock of the app (ISO instant or Date); `null` restores the real clock. */
  setNow: (instant: string | Date | null) => void;
  close: () => Promise<void>;
};

export type TestAppOptions = Omit<Partial<BuildAppOptions>, 'config' | 'database'> & {
  config?: Record<string, string>;
  database?: DatabaseHandle;
};

/** Builds the real app on a database of its own. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const { config: configOverrides, database: givenDatabase, ...rest } = options;
  const config = testConfig(configOverrides);
  const database = givenDatabase ?? (await createTestDatabase());
  let pinned: Date | null = null;
  const app = await buildApp({
    config,
    database,
    // KYOSO_TEST_LOG=1 shows the server's errors while debugging a test.
    logger: process.env.KYOSO_TEST_LOG ? { level: 'error' } : false,
    webRoot: null,
    authRateLimit: { max: 10_000, timeWindow: 60_000 },
    now: () => pinned ?? new Date(),
    ...rest,
  });
  await app.ready();
  return {
    app,
    database,
    db: database.db,
    ctx: app.ctx,
    config,
    setNow: (instant) => {
      pinned = instant === null ? null : new Date(instant);
    },
    close: async () => {
      await app.close();
      if (!givenDatabase) {
        await database.close();
      }
      rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Registers `beforeAll`/`afterAll` for a test file and returns the app once it is built:
 * `const t = useTestApp(); … t().app.inject(…)`.
 */
export function useTestApp(options: TestAppOptions = {}): () => TestApp {
  let testApp: TestApp | undefined;
  beforeAll(async () => {
    testApp = await createTestApp(options);
  });
  afterAll(async () => {
    await testApp?.close();
  });
  return () => {
    if (!testApp) {
      throw new Error('the test app is not built yet (use it inside a test)');
    }
    return testApp;
  };
}
