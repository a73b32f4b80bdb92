// Bundles the API (and the workspace packages it imports as TypeScript source) into
// dist/server.js. Third-party packages stay external and load from node_modules. Then writes the
// migrated embedded database a new DATA_DIR starts from (dist/pglite-template.tar.gz), unless
// given --no-template (`npm start` makes it in the background once the server listens).
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { bundleOptions } from './bundle-options.mjs';

await build({
  ...bundleOptions(),
  entryPoints: {
    server: 'src/server.ts',
    migrate: 'src/scripts/migrate.ts',
    seed: 'src/scripts/seed.ts',
    'create-user': 'src/scripts/create-user.ts',
    'make-pglite-template': 'src/scripts/make-pglite-template.ts',
  },
  outdir: 'dist',
});
if (process.argv.includes('--no-template')) {
  console.log('API built into apps/api/dist');
} else {
  execFileSync(process.execPath, ['dist/make-pglite-template.js'], { stdio: 'inherit' });
  console.log('API built into apps/api/dist (with a migrated PGlite template)');
}
