import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
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

/** The app's page (`index.html`) in one encoding, with its entity tag. */
type ShellCopy = { body: Buffer; etag: string; encoding: 'br' | 'gzip' | null };
/** The page in every encoding the build wrote, and what identified the file when it was read. */
type Shell = {
  br: ShellCopy | null;
  gzip: ShellCopy | null;
  identity: ShellCopy;
  file: string;
};

/** What changes when the build writes `index.html` again (or swaps the folder). */
function fileSignature(file: string): string | null {
  try {
    const stats = statSync(file);
    return `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
  } catch {
    return null;
  }
}

/** Reads `index.html` and its Brotli and gzip copies; null while it is missing (a rebuild). */
export function readShell(root: string): Shell | null {
  const read = (name: string) => {
    try {
      return readFileSync(path.join(root, name));
    } catch {
      return null;
    }
  };
  const file = fileSignature(path.join(root, 'index.html'));
  const html = read('index.html');
  if (!html || !file) {
    return null;
  }
  // Each copy's tag from its own bytes: a copy out of step with the page is never 304'd as it.
  const copy = (body: Buffer | null, encoding: ShellCopy['encoding']): ShellCopy | null =>
    body && {
      body,
      encoding,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}${encoding ? `-${encoding}` : ''}"`,
    };
  return {
    br: copy(read('index.html.br'), 'br'),
    gzip: copy(read('index.html.gz'), 'gzip'),
    identity: copy(html, null)!,
    file,
  };
}

/**
 * Whether `Accept-Encoding` accepts a coding: its own entry decides (refused with `q=0`); `*`
 * stands only for codings the header does not name.
 */
export function accepts(header: string, coding: string): boolean {
  let wildcard: boolean | null = null;
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.find((p) => p.trim().startsWith('q='));
    const accepted = !q || Number(q.trim().slice(2)) > 0;
    if (name.trim() === coding) {
      return accepted;
    }
    if (name.trim() === '*') {
      wildcard = accepted;
    }
  }
  return wildcard ?? false;
}

/** The copy of the page to send for a request's `Accept-Encoding`: Brotli, then gzip. */
function shellFor(shell: Shell, acceptEncoding: string | undefined): ShellCopy {
  if (acceptEncoding) {
    if (shell.br && accepts(acceptEncoding, 'br')) {
      return shell.br;
    }
    if (shell.gzip && accepts(acceptEncoding, 'gzip')) {
      return shell.gzip;
    }
  }
  return shell.identity;
}

/** Whether `If-None-Match` names this tag (a list, weak tags compared weakly, or `*`). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) {
    return false;
  }
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

/** Answers with the app's page, revalidated every time (`ETag`, 304 when unchanged). */
function sendShell(shell: Shell, request: FastifyRequest, reply: FastifyReply) {
  const copy = shellFor(shell, request.headers['accept-encoding']);
  void reply
    .header('Cache-Control', 'no-cache')
    .header('Vary', 'Accept-Encoding')
    .header('ETag', copy.etag);
  if (matches(request.headers['if-none-match'], copy.etag)) {
    return reply.code(304).send();
  }
  void reply.type('text/html; charset=utf-8');
  if (copy.encoding) {
    void reply.header('Content-Encoding', copy.encoding);
  }
  return reply.send(copy.body);
}

/** How often, at most, the page's file is looked at for a new build. */
const SHELL_CHECK_MS = 1000;

/**
 * The app's page as the build last wrote it: kept in memory, and the file looked at (in the
 * background, at most once a second, while pages are asked for) so that a rebuilt or redeployed
 * web app — the file rewritten, or the folder replaced — is served without a restart.
 */
function keptShell(root: string) {
  let shell = readShell(root);
  let checkedAt = Date.now();
  const check = () => {
    const now = Date.now();
    if (now - checkedAt < SHELL_CHECK_MS) {
      return;
    }
    checkedAt = now;
    setImmediate(() => {
      if (fileSignature(path.join(root, 'index.html')) !== shell?.file) {
        shell = readShell(root) ?? shell;
      }
    });
  };
  return {
    current: () => {
      check();
      return shell;
    },
  };
}

/** Whether a request asks for a page of the app (not the API, not a file). */
export function isPageRequest(method: string, url: string): boolean {
  return (method === 'GET' || method === 'HEAD') && !url.startsWith('/api') && !isAssetPath(url);
}

/**
 * Serves the web app on the same port as the API.
 *
 * - Its pages (a GET outside `/api` that is not a file: `/`, `/themes`, `/proposals/…`) are all
 *   `index.html`, kept in memory with its compressed copies and answered before any route, so that
 *   a page costs no file lookups (static serving looked for a file of the page's name, then for
 *   its compressed copies, then sent `index.html` from disk: 0.7 ms a page under load). The file
 *   is looked at once a second at most and read again when it changed (`keptShell`), so a
 *   rebuilt web app is served without a restart.
 * - Files (`/assets/…`, the icon) are served from disk: a missing one is a plain 404, never a
 *   page; source maps (`*.map`) are never served. Text files go compressed (Brotli or gzip, made
 *   at build time) to browsers that accept it; hashed assets are cached for a year.
 */
export default fp(
  async (app: FastifyInstance, options: { root: string }) => {
    const { root } = options;
    const shell = keptShell(root);

    app.addHook('onRequest', (request, reply, done) => {
      const page = isPageRequest(request.method, request.url) ? shell.current() : null;
      if (page) {
        void sendShell(page, request, reply);
        return;
      }
      done();
    });

    await app.register(fastifyStatic, {
      root,
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
        // icon) is revalidated (ETag) every time.
        res.header(
          'Cache-Control',
          filePath.includes(`${path.sep}assets${path.sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
    app.decorate('webRoot', root);
    app.decorate('sendWebPage', (request: FastifyRequest, reply: FastifyReply) => {
      const page = shell.current();
      // No page built yet (or being rebuilt): ask again shortly.
      return page
        ? sendShell(page, request, reply)
        : reply.code(503).header('Retry-After', '1').send();
    });
  },
  { name: 'web' },
);

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation merges interfaces
  interface FastifyInstance {
    webRoot?: string;
    /** Answers with the app's page (`index.html`), when the web app is served. */
    sendWebPage?: (request: FastifyRequest, reply: FastifyReply) => FastifyReply;
  }
}
