/**
 * A migrated embedded database shipped with the build (`apps/api/dist/pglite-template.tar.gz`):
 * a new DATA_DIR starts from a copy of it (about 0.8 s) instead of initialising PostgreSQL inside
 * PGlite and applying every migration (about 3 s, more on a busy machine). Migrations newer than
 * the template are applied at start as always; a template made by another PGlite version is
 * ignored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PGLITE_TEMPLATE_FILE = 'pglite-template.tar.gz';
export const PGLITE_TEMPLATE_META_FILE = 'pglite-template.json';

export type PgliteTemplateMeta = { pglite: string };

/** The installed PGlite's version (a data directory is readable by the version that wrote it). */
export function pgliteVersion(): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  for (let i = 0; i < 5; i += 1) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === '@electric-sql/pglite' && pkg.version) {
        return pkg.version;
      }
    }
    dir = path.dirname(dir);
  }
  throw new Error('The installed @electric-sql/pglite has no package.json');
}

/** The template of the build next to this code (source or bundle), if it suits this PGlite. */
export function findPgliteTemplate(): string | null {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i += 1) {
    for (const folder of [dir, path.join(dir, 'apps', 'api', 'dist')]) {
      const file = path.join(folder, PGLITE_TEMPLATE_FILE);
      const metaFile = path.join(folder, PGLITE_TEMPLATE_META_FILE);
      if (existsSync(file) && existsSync(metaFile)) {
        const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as PgliteTemplateMeta;
        return meta.pglite === pgliteVersion() ? file : null;
      }
    }
    dir = path.dirname(dir);
  }
  return null;
}
