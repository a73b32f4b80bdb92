/**
 * One database code path over two engines: PostgreSQL through `pg` when DATABASE_URL is set, the
 * embedded PGlite (file-backed, in DATA_DIR) otherwise. Both give a Drizzle `PgDatabase` with the
 * same schema, so repositories never know which engine they run on.
 */
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock';
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
  close: () => Promise<void>;
};

/** PGlite extensions kyoso loads (none: search uses the SQL function kyoso_bigrams). */
export const PGLITE_EXTENSIONS = {};

/** Runs raw SQL and returns its rows, on either engine (both drivers answer `{ rows }`). */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

/** Opens PostgreSQL (pool) at `url`. */
export function openPostgres(url: string, options: { max?: number } = {}): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const db = drizzleNodePg(pool, { schema }) as unknown as Database;
  return { db, engine: 'postgres', url, close: () => pool.end() };
}

/** Opens a PGlite instance (already created) as a database handle. */
export function wrapPglite(client: PGlite, onClose?: () => void): DatabaseHandle {
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    engine: 'pglite',
    close: async () => {
      await client.close();
      onClose?.();
    },
  };
}

/** Opens the file-backed PGlite database in `dataDir`, holding the directory's lock. */
export async function openPgliteDir(dataDir: string): Promise<DatabaseHandle> {
  const release = lockDataDir(dataDir);
  try {
    const client = await PGlite.create({
      dataDir: path.join(dataDir, 'pglite'),
      extensions: PGLITE_EXTENSIONS,
    });
    return wrapPglite(client, release);
  } catch (error) {
    release();
    throw error;
  }
}

/** PostgreSQL when `databaseUrl` is set, else PGlite in `dataDir`. */
export async function openDatabase(options: {
  databaseUrl: string | undefined;
  dataDir: string;
}): Promise<DatabaseHandle> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPgliteDir(options.dataDir);
}
