/**
 * A database of its own for each fault test: a new PostgreSQL database (dropped at the end) or a
 * PGlite data directory in a temporary folder. Migrated here, so that the test can write its
 * fixtures before a server starts on it.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openPgliteDir, openPostgres, type DatabaseHandle } from '../../src/db/client';
import { runMigrations } from '../../src/db/migrate';

export type FaultEngine = 'postgres' | 'pglite';

/** An administrative connection to the PostgreSQL server the suite creates its databases on. */
export const ADMIN_URL =
  process.env.FAULTS_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type FaultDatabase = {
  engine: FaultEngine;
  /** What a server needs in its environment to use this database. */
  env: Record<string, string>;
  /** The PostgreSQL connection string (PostgreSQL only). */
  url?: string;
  dataDir: string;
  /** Opens the database from the test process (PGlite: only while no server runs on it). */
  open: () => Promise<DatabaseHandle>;
  drop: () => Promise<void>;
};

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Creates and migrates a database for one test. */
export async function createFaultDatabase(engine: FaultEngine): Promise<FaultDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kyoso-faults-'));
  if (engine === 'pglite') {
    const handle = await openPgliteDir(dataDir);
    await runMigrations(handle);
    await handle.close();
    return {
      engine,
      env: { DATA_DIR: dataDir },
      dataDir,
      open: () => openPgliteDir(dataDir),
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `faults_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(
      `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
    );
  } finally {
    await admin.end();
  }
  const url = withDatabase(ADMIN_URL, name);
  const handle = openPostgres(url, { max: 2 });
  await runMigrations(handle);
  await handle.close();
  return {
    engine,
    env: { DATA_DIR: dataDir, DATABASE_URL: url },
    url,
    dataDir,
    open: async () => openPostgres(url, { max: 4 }),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: ADMIN_URL });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
