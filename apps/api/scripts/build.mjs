// Bundles the API (and the workspace packages it imports as TypeScript source) into
// dist/server.js. Third-party packages stay external and load from node_modules. Then writes the
// migrated embedded database a new DATA_DIR starts from (dist/pglite-template.tar.gz).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((name) => !name.startsWith('@kyoso/'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external: [...external, '@holiday-jp/holiday_jp', 'fxa-common-password-list', 'pino-pretty'],
  banner: {
    js: "import { createRequire as __kyosoCreateRequire } from 'node:module'; const require = __kyosoCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: {
    server: 'src/server.ts',
    migrate: 'src/scripts/migrate.ts',
    seed: 'src/scripts/seed.ts',
    'create-user': 'src/scripts/create-user.ts',
    'make-pglite-template': 'src/scripts/make-pglite-template.ts',
  },
  outdir: 'dist',
});
execFileSync(process.execPath, ['dist/make-pglite-template.js'], { stdio: 'inherit' });
console.log('API built into apps/api/dist (with a migrated PGlite template)');
