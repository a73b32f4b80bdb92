import type { FastifyBaseLogger } from 'fastify';
import type { AppCaches } from './caches';
import type { Config } from './config';
import type { Database, Engine } from './db/client';
import type { CaseCore } from './modules/proposals/proposals.case';

/**
 * What services need from the running application, passed explicitly (never imported as
 * globals) so that every service can run in a test without Fastify.
 */
export type AppContext = {
  db: Database;
  engine: Engine;
  config: Config;
  logger: FastifyBaseLogger;
  /** The current instant; tests pin it to exercise calendar rules. */
  now: () => Date;
  /** Tells the outbox worker that new mail was committed (it also polls). */
  wakeOutbox: () => void;
  /** The case core and its STEP-record plugins: loads a proposal for a caller. */
  cases: CaseCore;
  /** What every request would otherwise ask the database for, kept right by its change feed. */
  caches: AppCaches;
  /**
   * Check that each fast path says what its plain version says (statements prepared once per
   * shape of filter); everywhere but in production and the benchmark.
   */
  verifyFastPaths?: boolean;
};
