/** `npm run db:seed`: fills an empty development database with the demo city. Never in production. */
import { loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { runMigrations } from '../db/migrate';
import { seedDemoData } from '../seed/demo-data';

const config = loadConfig();
if (config.isProduction) {
  console.error('Refusing to seed demo data in production.');
  process.exit(1);
}
const database = await openDatabase(config);
try {
  await runMigrations(database);
  const seeded = await seedDemoData({ db: database.db, config });
  console.log(seeded ? 'Demo data created.' : 'The database is not empty: nothing was seeded.');
} finally {
  await database.close();
}
