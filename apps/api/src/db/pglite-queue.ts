/**
 * A bounded, fair queue in front of the embedded PGlite database, which runs one statement at a
 * time inside the API's process.
 *
 * - Fair: work from write requests (POST, PATCH, …) and from read requests (GET) waits in two
 *   lanes that take turns, so a save never waits behind every queued read (and the other way).
 * - Yielding: between two statements the event loop runs, so that new connections and requests
 *   are read while the database is busy (back-to-back statements otherwise run as one long chain
 *   of promise callbacks and a new request waits seconds just to be read).
 * - Bounded: when a lane already holds `maxWaiting` statements of requests, more are refused at
 *   once with a `DatabaseBusyError` (503 with Retry-After) instead of waiting for seconds. The
 *   server's own work (the outbox, the daily jobs: no request) waits in the write lane without
 *   taking a request's place, and is never refused.
 * - Drained on close: `close()` waits for everything queued, then closes the database.
 * - Prepared: statements run again are prepared once (`pglite-statements.ts`).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { pgliteStatements } from './pglite-statements';

export type DatabaseLane = 'read' | 'write';

/**
 * The lane of the work running in this async context (set per HTTP request from its method).
 * Work outside any request (the outbox, the scheduler) uses the write lane.
 */
export const databaseLane = new AsyncLocalStorage<DatabaseLane>();

/**
 * The embedded database has more work waiting than it can take now: the request is refused at
 * once (503 with Retry-After) rather than queued for seconds.
 */
export class DatabaseBusyError extends Error {
  override name = 'DatabaseBusyError';
}

/** Whether an error is, or was caused by (Drizzle wraps it), a `DatabaseBusyError`. */
export function isDatabaseBusy(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    if (current instanceof DatabaseBusyError) {
      return true;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

type Job = {
  run: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  /** A request's statement (counted against `maxWaiting`), not the server's own. */
  request: boolean;
};

/** What Drizzle's PGlite driver calls on its client. */
export type PgliteQueueClient = Pick<PGlite, 'query' | 'transaction'>;

export type PgliteQueue = {
  /** The client to give Drizzle: every query and transaction goes through the queue. */
  client: PgliteQueueClient;
  /** Statements waiting, per lane (for tests and logs). */
  waiting: () => Record<DatabaseLane, number>;
  /** Waits for the queue to empty, then closes the database. */
  close: () => Promise<void>;
};

/** Wraps a PGlite instance in the queue. `maxWaiting` bounds each lane (default 100). */
export function createPgliteQueue(
  pglite: PGlite,
  options: { maxWaiting?: number } = {},
): PgliteQueue {
  const maxWaiting = options.maxWaiting ?? 100;
  const lanes: Record<DatabaseLane, Job[]> = { read: [], write: [] };
  /** Requests' statements waiting in each lane. */
  const requestsWaiting: Record<DatabaseLane, number> = { read: 0, write: 0 };
  let running = false;
  let lastLane: DatabaseLane = 'read';
  let closing = false;
  let onIdle: (() => void) | undefined;

  function next(): Job | undefined {
    const preferred: DatabaseLane = lastLane === 'read' ? 'write' : 'read';
    const lane = lanes[preferred].length > 0 ? preferred : lastLane;
    lastLane = lane;
    const job = lanes[lane].shift();
    if (job?.request) {
      requestsWaiting[lane] -= 1;
    }
    return job;
  }

  let pumpScheduled = false;

  /**
   * Runs the next statement on a later turn of the event loop, never synchronously: a request's
   * next statement is queued from the promise callback of its previous one, and running it there
   * would chain every statement of every request into one long microtask run that never lets
   * Node read a new connection.
   */
  function schedulePump() {
    if (!pumpScheduled) {
      pumpScheduled = true;
      setImmediate(pump);
    }
  }

  function pump() {
    pumpScheduled = false;
    if (running) {
      return;
    }
    const job = next();
    if (!job) {
      onIdle?.();
      return;
    }
    running = true;
    job
      .run()
      .then(job.resolve, job.reject)
      .finally(() => {
        running = false;
        schedulePump();
      });
  }

  function enqueue<T>(run: () => Promise<T>): Promise<T> {
    const requestLane = databaseLane.getStore();
    const lane = requestLane ?? 'write';
    const request = requestLane !== undefined;
    if (request && requestsWaiting[lane] >= maxWaiting) {
      return Promise.reject(
        new DatabaseBusyError(`the embedded database has ${maxWaiting} ${lane} statements waiting`),
      );
    }
    return new Promise<T>((resolve, reject) => {
      lanes[lane].push({ run, resolve: resolve as (value: unknown) => void, reject, request });
      if (request) {
        requestsWaiting[lane] += 1;
      }
      schedulePump();
    });
  }

  const statements = pgliteStatements(pglite);
  const client: PgliteQueueClient = {
    query: ((...args: Parameters<PGlite['query']>) =>
      enqueue(() => statements.query(...args))) as PGlite['query'],
    transaction: <T>(callback: (tx: Transaction) => Promise<T>) =>
      enqueue(() => pglite.transaction((tx) => callback(statements.wrapTransaction(tx)))),
  };

  return {
    client,
    waiting: () => ({ read: lanes.read.length, write: lanes.write.length }),
    async close() {
      if (!closing) {
        closing = true;
        if (running || lanes.read.length > 0 || lanes.write.length > 0) {
          await new Promise<void>((resolve) => {
            onIdle = resolve;
          });
        }
      }
      await pglite.close();
    },
  };
}
