import type { BuildOptions } from 'esbuild';

/** The esbuild options of a Node bundle of apps/api (see bundle-options.mjs). */
export function bundleOptions(options?: { devDependencies?: boolean }): BuildOptions;
