import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { openPostgres, PGLITE_EXTENSIONS, wrapPglite, type DatabaseHandle } from '../src/db/client';
import { urlWithDatabase } from './global-setup';

/**
 * A database of its own for one test file, cloned from the run's migrated template. Close it
 * with `handle.close()` (the PostgreSQL database is dropped then).
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const template = inject('databaseTemplate');
  if (template.engine === 'pglite') {
    const client = await PGlite.create({
      loadDataDir: new Blob([readFileSync(template.dumpFile)]),
      extensions: PGLITE_EXTENSIONS,
    });
    return wrapPglite(client);
  }
  const name = `kyoso_t_${template.runId}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: template.adminUrl });
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template.templateName}`);
        break;
      } catch (error) {
        // Two files cloning the template at the same instant: try again shortly.
        if (attempt >= 20 || !String((error as Error).message).includes('being accessed')) {
          throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
  const handle = openPostgres(urlWithDatabase(template.adminUrl, name), { max: 5 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: template.adminUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
