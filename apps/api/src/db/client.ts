/**
 * One database code path over two engines: PostgreSQL through `pg` when DATABASE_URL is set, the
 * embedded PGlite (file-backed, in DATA_DIR) otherwise. Both give a Drizzle `PgDatabase` with the
 * same schema, so repositories never know which engine they run on.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql, type ExtractTablesWithRelations, type SQL } from 'drizzle-orm';
import {
  drizzle as drizzleNodePg,
  NodePgSession,
  NodePgTransaction,
} from 'drizzle-orm/node-postgres';
import type {
  PgDatabase,
  PgDialect,
  PgQueryResultHKT,
  PgTransaction,
  PgTransactionConfig,
} from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { noChangeFeed, pgliteChangeFeed, postgresChangeFeed, type ChangeFeed } from './change-feed';
import { lockDataDir } from './data-dir-lock';
import { findPgliteTemplate, restorePgliteTemplate } from './pglite-template';
import { createPgliteQueue } from './pglite-queue';

export { DatabaseBusyError, databaseLane, isDatabaseBusy } from './pglite-queue';
import * as schema from './schema';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<
  PgQueryResultHKT,
  Schema,
  ExtractTablesWithRelations<Schema>
>;
/** Anything a repository can run a query on: the database or an open transaction. */
export type Executor = Database | Transaction;

export type Engine = 'pglite' | 'postgres';

export type DatabaseHandle = {
  db: Database;
  engine: Engine;
  /** The PostgreSQL connection string (PostgreSQL only). */
  url?: string;
  /** Changes as they commit, in this process and in every other (change-feed.ts). */
  changes: ChangeFeed;
  close: () => Promise<void>;
};

/** PGlite extensions kyoso loads (none: search uses the SQL function kyoso_bigrams). */
export const PGLITE_EXTENSIONS = {};

/** Runs raw SQL and returns its rows, on either engine (both drivers answer `{ rows }`). */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

/** PostgreSQL error classes and codes that mean "the server or the connection is gone". */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '53400']);
const UNAVAILABLE_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|not queryable|timeout exceeded when trying to connect|Cannot use a pool after calling end|terminating connection/i;

/**
 * Whether an error (or its cause, e.g. inside Drizzle's `DrizzleQueryError`) means the database
 * could not be reached or dropped the connection: the request may succeed if tried again.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const { code, message, cause } = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
    };
    if (typeof code === 'string') {
      if (
        code.startsWith('08') ||
        UNAVAILABLE_SQLSTATES.has(code) ||
        UNAVAILABLE_NODE_CODES.has(code)
      ) {
        return true;
      }
    }
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) {
      return true;
    }
    current = cause;
  }
  return false;
}

/** A statement that only reads, so running it again after a lost connection is harmless. */
function isReadOnlyStatement(text: unknown): boolean {
  if (typeof text !== 'string') {
    return false;
  }
  // Asked for every statement, and the application's are a few hundred texts (values are
  // parameters): each is looked at once (a bounded set).
  let readOnly = readOnlyByText.get(text);
  if (readOnly === undefined) {
    readOnly =
      /^\s*select\b/i.test(text) &&
      !/\bfor\s+(update|share|no\s+key\s+update|key\s+share)\b/i.test(text);
    if (readOnlyByText.size >= 2000) {
      readOnlyByText.clear();
    }
    readOnlyByText.set(text, readOnly);
  }
  return readOnly;
}
const readOnlyByText = new Map<string, boolean>();

type PoolQuery = (...args: unknown[]) => unknown;

/**
 * A statement run outside a transaction that loses its connection is run once more on a fresh
 * one when it only reads (a SELECT): a dropped connection then costs a read nothing. Writes are
 * never repeated here (the first may have committed); they fail and the API answers 503.
 */
function retryReadsOnce(pool: pg.Pool, onWrite: () => void) {
  const query = pool.query.bind(pool) as PoolQuery;
  const retrying: PoolQuery = (...args) => {
    if (typeof args[args.length - 1] === 'function') {
      return query(...args);
    }
    const config = args[0] as string | { text?: string } | undefined;
    const text = typeof config === 'string' ? config : config?.text;
    const first = query(...args) as Promise<unknown>;
    if (!isReadOnlyStatement(text)) {
      // Committed (autocommit) once it answers: the caches must see it (change-feed.ts).
      return first.finally(onWrite);
    }
    return first.catch((error: unknown) => {
      if (!isDatabaseUnavailable(error)) {
        throw error;
      }
      return query(...args);
    });
  };
  pool.query = retrying as typeof pool.query;
}

/**
 * Replaces Drizzle's pooled `transaction()` (drizzle-orm 0.45, drizzle-team/drizzle-orm#6241 and
 * #6114): it runs BEGIN outside its try/finally, so a connection that dies before BEGIN is never
 * returned to the pool (a few of those exhaust it and every request hangs), and it returns a
 * client whose ROLLBACK failed to the pool as if it were healthy. Here the client is always
 * released, and destroyed (`release(error)`) whenever its connection may be broken.
 */
function releaseClientsOfFailedTransactions(db: Database, pool: pg.Pool, onCommit: () => void) {
  type Tx = NodePgTransaction<Schema, ExtractTablesWithRelations<Schema>>;
  type SessionInternals = {
    dialect: PgDialect;
    schema: ConstructorParameters<
      typeof NodePgTransaction<Schema, ExtractTablesWithRelations<Schema>>
    >[2];
    options: ConstructorParameters<typeof NodePgSession>[3];
    transaction: unknown;
  };
  const session = (db as unknown as { session: SessionInternals }).session;
  const { dialect, schema, options } = session;
  session.transaction = async function transaction<T>(
    body: (tx: Tx) => Promise<T>,
    config?: PgTransactionConfig,
  ): Promise<T> {
    const client = await pool.connect();
    const tx: Tx = new NodePgTransaction(
      dialect,
      new NodePgSession(client, dialect, schema, options),
      schema,
    );
    try {
      const settings = config
        ? (
            tx as unknown as { getTransactionConfigSQL: (c: PgTransactionConfig) => SQL }
          ).getTransactionConfigSQL(config)
        : undefined;
      await tx.execute(settings ? sql`begin ${settings}` : sql`begin`);
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
    let result: T;
    try {
      result = await body(tx);
    } catch (error) {
      try {
        await tx.execute(sql`rollback`);
        client.release();
      } catch (rollbackError) {
        client.release(rollbackError as Error);
      }
      throw error;
    }
    try {
      await tx.execute(sql`commit`);
    } catch (error) {
      client.release(error as Error);
      throw error;
    } finally {
      onCommit();
    }
    client.release();
    return result;
  };
}

/**
 * Opens PostgreSQL (pool) at `url`. The pool survives any number of dropped connections: a
 * client that loses its connection, idle or in use, is discarded and replaced, never crashes the
 * process; reads are tried once more; waiting for a connection gives up after
 * `connectionTimeoutMs` (the API answers 503 then) instead of hanging.
 */
export function openPostgres(
  url: string,
  options: {
    max?: number;
    connectionTimeoutMs?: number;
    onConnectionError?: (error: Error) => void;
    /** Where to listen for change notifications (default: `url`); null: nowhere, no caches. */
    listenUrl?: string | null;
  } = {},
): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 10_000,
  });
  const onError = options.onConnectionError ?? (() => undefined);
  // An idle client losing its connection: the pool discards it.
  pool.on('error', onError);
  // A client in use losing its connection emits 'error' too, and pg-pool listens only while the
  // client is idle: without a listener of its own, that event would be an uncaught exception
  // that stops the whole API. The query in flight fails; the client is discarded on release.
  pool.on('connect', (client) => {
    client.on('error', onError);
  });
  const listenUrl = options.listenUrl === undefined ? url : options.listenUrl;
  const changes = listenUrl === null ? noChangeFeed() : postgresChangeFeed(listenUrl, { onError });
  retryReadsOnce(pool, changes.noteLocalWrite);
  const db = drizzleNodePg(pool, { schema }) as unknown as Database;
  releaseClientsOfFailedTransactions(db, pool, changes.noteLocalWrite);
  return {
    db,
    engine: 'postgres',
    url,
    changes,
    close: async () => {
      await changes.close();
      await pool.end();
    },
  };
}

/**
 * Opens a PGlite instance (already created) as a database handle, behind the fair, bounded queue
 * of `pglite-queue.ts`; closing waits for the statements queued.
 */
export function wrapPglite(
  client: PGlite,
  onClose?: () => void,
  options: { maxWaiting?: number } = {},
): DatabaseHandle {
  const queue = createPgliteQueue(client, options);
  const db = drizzlePglite(queue.client as PGlite, { schema }) as unknown as Database;
  const changes = pgliteChangeFeed(client);
  return {
    db,
    engine: 'pglite',
    changes,
    close: async () => {
      await queue.close();
      await changes.close();
      onClose?.();
    },
  };
}

/** Whether `dataDir` holds a PGlite database already (else opening it makes a new one). */
function pgliteDatabaseExists(dataDir: string): boolean {
  return existsSync(path.join(dataDir, 'pglite'));
}

/**
 * Opens the file-backed PGlite database in `dataDir`, holding the directory's lock. A new one
 * starts from the build's migrated template when there is one (`pglite-template.ts`).
 */
export async function openPgliteDir(
  dataDir: string,
  options: { maxWaiting?: number } = {},
): Promise<DatabaseHandle> {
  const release = lockDataDir(dataDir);
  try {
    const folder = path.join(dataDir, 'pglite');
    if (!pgliteDatabaseExists(dataDir)) {
      try {
        const template = findPgliteTemplate();
        if (template) {
          restorePgliteTemplate(template, folder);
        }
      } catch (error) {
        // Only slower: PGlite initialises a new database and the migrations are all applied.
        process.emitWarning(
          `The build's PGlite template could not be used (${(error as Error).message}); starting from a new database instead.`,
        );
      }
    }
    const client = await PGlite.create({ dataDir: folder, extensions: PGLITE_EXTENSIONS });
    return wrapPglite(client, release, options);
  } catch (error) {
    release();
    throw error;
  }
}

/** PostgreSQL when `databaseUrl` is set, else PGlite in `dataDir`. */
export async function openDatabase(options: {
  databaseUrl: string | undefined;
  databaseListenUrl?: string | null | undefined;
  dataDir: string;
  pgliteMaxWaiting?: number;
}): Promise<DatabaseHandle> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, { listenUrl: options.databaseListenUrl })
    : openPgliteDir(options.dataDir, { maxWaiting: options.pgliteMaxWaiting });
}
