import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/build-app';
import { apiSecurityHeaders, isApiAnswer, securityHeaders } from './security-headers';
import { accepts } from './web';

/** A built web app in miniature, with the source maps a careless build would leave in it. */
const webRoot = mkdtempSync(path.join(tmpdir(), 'kyoso-web-'));
mkdirSync(path.join(webRoot, 'assets'));
writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>kyoso</title>');
const script = `console.log(${JSON.stringify('見守り'.repeat(200))});\n`;
writeFileSync(path.join(webRoot, 'assets', 'index-abc123.js'), script);
// The copies scripts/compress-web-dist.mjs writes after the build.
writeFileSync(path.join(webRoot, 'assets', 'index-abc123.js.br'), brotliCompressSync(script));
writeFileSync(path.join(webRoot, 'assets', 'index-abc123.js.gz'), gzipSync(script));
writeFileSync(
  path.join(webRoot, 'index.html.br'),
  brotliCompressSync('<!doctype html><title>kyoso</title>'),
);
writeFileSync(
  path.join(webRoot, 'assets', 'index-abc123.js.map'),
  '{"version":3,"sourcesContent":["secret source"]}',
);
writeFileSync(path.join(webRoot, 'assets', 'index-abc123.css.map'), '{"version":3}');
afterAll(() => rmSync(webRoot, { recursive: true, force: true }));

const t = useTestApp({ webRoot });

describe('the built web app is served without its source maps', () => {
  it('serves the JavaScript itself', async () => {
    const res = await t().app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(res.statusCode).toBe(200);
  });

  it.each([
    '/assets/index-abc123.js.map',
    '/assets/index-abc123.css.map',
    '/assets/INDEX-ABC123.JS.MAP',
  ])('answers %s with 404, never the map', async (url) => {
    const res = await t().app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('secret source');
    expect(res.json().error.code).toBe('request.not_found');
  });
});

describe('the built web app goes compressed and cached as it should', () => {
  it.each([
    ['br, gzip', 'br'],
    ['gzip', 'gzip'],
  ])(
    'sends a script compressed to a browser that accepts %s, cached for a year',
    async (accept, encoding) => {
      const res = await t().app.inject({
        method: 'GET',
        url: '/assets/index-abc123.js',
        headers: { 'accept-encoding': accept },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.rawPayload.length).toBeLessThan(Buffer.byteLength(script) / 5);
    },
  );

  it('sends it raw to a client that accepts no compression', async () => {
    const res = await t().app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe(script);
  });

  it.each(['/', '/themes'])('sends the page %s compressed, revalidated every time', async (url) => {
    const res = await t().app.inject({
      method: 'GET',
      url,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('no-cache');
  });
});

describe('security headers by kind of answer', () => {
  it('gives a page the page set: its content policy, framing by itself only', async () => {
    const res = await t().app.inject({ method: 'GET', url: '/themes' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-dns-prefetch-control']).toBe('off');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it('gives a JSON answer the API set: a policy that allows nothing, never framed', async () => {
    for (const url of ['/api/health', '/api/themes', '/api/no-such-thing']) {
      const res = await t().app.inject({ method: 'GET', url });
      expect(res.headers['content-security-policy'], url).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
      expect(res.headers['cross-origin-resource-policy'], url).toBe('same-origin');
      expect(res.headers['x-permitted-cross-domain-policies'], url).toBe('none');
      // What only a document reads is not sent with JSON.
      expect(res.headers['x-dns-prefetch-control'], url).toBeUndefined();
      expect(res.headers['x-xss-protection'], url).toBeUndefined();
    }
  });

  it('treats the browsable API documentation as a page', async () => {
    expect(isApiAnswer('/api/docs')).toBe(false);
    expect(isApiAnswer('/api/docs/static/index.html')).toBe(false);
    expect(isApiAnswer('/api/themes?q=a')).toBe(true);
    expect(isApiAnswer('/themes')).toBe(false);
    const res = await t().app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('adds HSTS to both sets in production only', () => {
    for (const isProduction of [true, false]) {
      const page = securityHeaders({ isProduction });
      const api = apiSecurityHeaders({ isProduction });
      expect(api['strict-transport-security']).toBe(page['strict-transport-security']);
      expect(api['strict-transport-security'] !== undefined).toBe(isProduction);
    }
  });
});

describe('the app’s page, kept in memory', () => {
  const page = (headers: Record<string, string> = {}, url = '/proposals/123', method = 'GET') =>
    t().app.inject({ method: method as 'GET', url, headers });

  it('answers every page of the app with index.html in the encoding the browser accepts', async () => {
    const br = await page({ 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toContain('<title>kyoso</title>');
    expect(br.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    // No gzip copy of the page in this build: raw for a gzip-only client.
    const raw = await page({ 'accept-encoding': 'gzip' });
    expect(raw.headers['content-encoding']).toBeUndefined();
    expect(raw.body).toBe('<!doctype html><title>kyoso</title>');
    // Brotli refused with q=0.
    expect((await page({ 'accept-encoding': 'br;q=0, gzip' })).headers['content-encoding']).toBe(
      undefined,
    );
    const head = await page({ 'accept-encoding': 'br' }, '/themes', 'HEAD');
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
  });

  it('answers 304 to a browser that has the same page, per encoding', async () => {
    const first = await page({ 'accept-encoding': 'br' });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]+-br"$/);
    const again = await page({ 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const other = await page({ 'if-none-match': etag });
    expect(other.statusCode).toBe(200);
    expect(other.headers.etag).not.toBe(etag);
    // A list of tags, a weak one among them.
    const listed = await page({ 'accept-encoding': 'br', 'if-none-match': `"x", W/${etag}` });
    expect(listed.statusCode).toBe(304);
    expect(listed.headers['content-encoding']).toBeUndefined();
    expect(listed.headers.vary).toMatch(/accept-encoding/i);
  });

  it.each([
    ['br', 'br', true],
    ['gzip, deflate, br', 'br', true],
    ['br;q=0, gzip', 'br', false],
    ['br;q=0, *', 'br', false],
    ['*', 'br', true],
    ['*;q=0', 'gzip', false],
    ['gzip;q=0.5', 'gzip', true],
    ['identity', 'br', false],
  ] as const)('reads Accept-Encoding %s for %s: %s', (header, coding, accepted) => {
    expect(accepts(header, coding)).toBe(accepted);
  });

  it('serves a rebuilt page without a restart', async () => {
    const rebuilt = '<!doctype html><title>kyoso (rebuilt)</title>';
    writeFileSync(path.join(webRoot, 'index.html'), rebuilt);
    writeFileSync(path.join(webRoot, 'index.html.br'), brotliCompressSync(rebuilt));
    let body = '';
    // The file is looked at once a second at most, in the background.
    for (let i = 0; i < 60 && !body.includes('rebuilt'); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      body = brotliDecompressSync((await page({ 'accept-encoding': 'br' })).rawPayload).toString();
    }
    expect(body).toBe(rebuilt);
  });
});
