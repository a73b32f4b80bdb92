import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** The built web app (`apps/web/dist`), found from this file in source or in the API bundle. */
export function findWebRoot(): string | null {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i += 1) {
    const candidate = path.join(dir, 'apps', 'web', 'dist');
    if (existsSync(path.join(candidate, 'index.html'))) {
      return candidate;
    }
    dir = path.dirname(dir);
  }
  return null;
}

/** Whether a path names a file (an asset), as opposed to a page of the single-page app. */
export function isAssetPath(url: string): boolean {
  const pathname = url.split('?')[0] ?? '';
  return pathname.startsWith('/assets/') || /\.[a-z0-9]{1,8}$/i.test(pathname);
}

/**
 * Serves the web app on the same port as the API. A GET outside `/api` that matches no file and
 * is not an asset gets `index.html`, so that the app's own routes (`/proposals/…`) load directly;
 * a missing asset is a plain 404, never a page. Source maps (`*.map`) are never served. Text
 * files go compressed (Brotli or gzip, made at build time) to browsers that accept it; hashed
 * assets are cached for a year, the page is revalidated.
 */
export default fp(
  async (app: FastifyInstance, options: { root: string }) => {
    await app.register(fastifyStatic, {
      root: options.root,
      prefix: '/',
      // Files are looked up per request, so a rebuilt web app is served without a restart.
      wildcard: true,
      index: false,
      // Source maps carry the app's full source: never served, even if a build left one behind.
      allowedPath: (pathName) => !pathName.toLowerCase().endsWith('.map'),
      // The Brotli and gzip copies written after the build (scripts/compress-web-dist.mjs), to
      // browsers that accept them: nothing compressed per request, nothing sent raw.
      preCompressed: true,
      cacheControl: false,
      setHeaders(res, filePath) {
        // Vite puts a content hash in every asset name: they never change. Anything else (the
        // page, the icon) is revalidated (ETag) every time.
        res.header(
          'Cache-Control',
          filePath.includes(`${path.sep}assets${path.sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
    // The site's root is the app's home page (static serving has no index here).
    app.get('/', { schema: { hide: true } }, (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .header('Cache-Control', 'no-cache')
        .sendFile('index.html'),
    );
    app.decorate('webRoot', options.root);
  },
  { name: 'web' },
);

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation merges interfaces
  interface FastifyInstance {
    webRoot?: string;
  }
}
