/** `npm run db:migrate`: applies the committed migrations to DATABASE_URL or the PGlite in DATA_DIR. */
import { loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { runMigrations } from '../db/migrate';

const config = loadConfig();
const database = await openDatabase(config);
try {
  await runMigrations(database);
  console.log(
    `Migrations applied (${database.engine === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL'}).`,
  );
} finally {
  await database.close();
}
