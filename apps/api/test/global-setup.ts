/**
 * Prepares one migrated database template per test run:
 * - PGlite: migrate an in-memory instance once and dump its data directory to a file;
 * - PostgreSQL (TEST_DATABASE_URL): create a fresh template database (UTF-8 collation, so that
 *   trigram indexes work), migrate it, and drop it and every database cloned from it at the end.
 * The process time zone is deliberately not Japan's (see vitest.config.ts): dates must be right
 * whatever the server's zone.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPostgres, PGLITE_EXTENSIONS, wrapPglite } from '../src/db/client';
import { runMigrations } from '../src/db/migrate';

export type TestDatabaseTemplate =
  | { engine: 'pglite'; dumpFile: string }
  | { engine: 'postgres'; adminUrl: string; templateName: string; runId: string };

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation merges interfaces
  export interface ProvidedContext {
    databaseTemplate: TestDatabaseTemplate;
  }
}

export function urlWithDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const dir = mkdtempSync(path.join(tmpdir(), 'kyoso-test-'));
    const client = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
    const handle = wrapPglite(client);
    await runMigrations(handle);
    const dump = await client.dumpDataDir('none');
    const dumpFile = path.join(dir, 'template.tar');
    writeFileSync(dumpFile, Buffer.from(await dump.arrayBuffer()));
    await handle.close();
    project.provide('databaseTemplate', { engine: 'pglite', dumpFile });
    return () => rmSync(dir, { recursive: true, force: true });
  }

  const runId = randomBytes(4).toString('hex');
  const templateName = `kyoso_tpl_${runId}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(
    `CREATE DATABASE ${templateName} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
  );
  await admin.end();
  const handle = openPostgres(urlWithDatabase(url, templateName), { max: 2 });
  await runMigrations(handle);
  await handle.close();
  project.provide('databaseTemplate', { engine: 'postgres', adminUrl: url, templateName, runId });

  return async () => {
    const cleanup = new pg.Client({ connectionString: url });
    await cleanup.connect();
    const { rows } = await cleanup.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`,
      [`kyoso_t_${runId}_%`, templateName],
    );
    for (const { datname } of rows) {
      await cleanup.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
    await cleanup.end();
  };
}
