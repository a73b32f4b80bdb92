// How the API is bundled for production (scripts/build.mjs) — and, so that it measures what
// production runs, for the benchmark's servers (bench/run.ts): the API and the workspace packages
// it imports as TypeScript source in one ES module; third-party packages stay external and load
// from node_modules.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * The esbuild options of a Node bundle of apps/api; with `devDependencies`, those stay external
 * too (the benchmark's servers import some).
 */
export function bundleOptions({ devDependencies = false } = {}) {
  const external = [
    ...Object.keys(pkg.dependencies).filter((name) => !name.startsWith('@kyoso/')),
    ...(devDependencies ? Object.keys(pkg.devDependencies ?? {}) : []),
    '@holiday-jp/holiday_jp',
    'fxa-common-password-list',
    'pino-pretty',
  ];
  return {
    absWorkingDir: new URL('..', import.meta.url).pathname,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: true,
    external,
    banner: {
      js: "import { createRequire as __kyosoCreateRequire } from 'node:module'; const require = __kyosoCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
  };
}
