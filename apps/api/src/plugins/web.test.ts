import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/build-app';

/** A built web app in miniature, with the source maps a careless build would leave in it. */
const webRoot = mkdtempSync(path.join(tmpdir(), 'kyoso-web-'));
mkdirSync(path.join(webRoot, 'assets'));
writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>kyoso</title>');
writeFileSync(path.join(webRoot, 'assets', 'index-abc123.js'), 'console.log(1);\n');
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
