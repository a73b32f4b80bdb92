/**
 * Part of the API build (scripts/build.mjs): writes the migrated embedded database that a new
 * DATA_DIR starts from (`db/pglite-template.ts`) next to the bundle.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { PGLITE_EXTENSIONS, wrapPglite } from '../db/client';
import { runMigrations } from '../db/migrate';
import {
  PGLITE_TEMPLATE_FILE,
  PGLITE_TEMPLATE_META_FILE,
  pgliteVersion,
  type PgliteTemplateMeta,
} from '../db/pglite-template';

const outDir = path.dirname(fileURLToPath(import.meta.url));
const client = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
const handle = wrapPglite(client);
try {
  await runMigrations(handle);
  const dump = await client.dumpDataDir('gzip');
  writeFileSync(path.join(outDir, PGLITE_TEMPLATE_FILE), Buffer.from(await dump.arrayBuffer()));
  writeFileSync(
    path.join(outDir, PGLITE_TEMPLATE_META_FILE),
    `${JSON.stringify({ pglite: pgliteVersion() } satisfies PgliteTemplateMeta)}\n`,
  );
} finally {
  await handle.close();
}
