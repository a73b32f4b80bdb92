import { describe, expect, it } from 'vitest';
import { createTestApp, useTestApp } from '../test/build-app';
import { createUser, loginCookie } from '../test/factories';

const t = useTestApp();

describe('health and API documentation', () => {
  it('answers /api/health when the database answers', async () => {
    const res = await t().app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('publishes an OpenAPI document generated from the zod schemas', async () => {
    const res = await t().app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/register',
        '/api/auth/login',
        '/api/proposals/{id}',
        '/api/proposals/{id}/transitions',
        '/api/departments',
      ]),
    );
    const transition = doc.paths['/api/proposals/{id}/transitions'].post;
    expect(JSON.stringify(transition.requestBody)).toContain('reasonCodes');
    const docs = await t().app.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(docs.statusCode);
  });

  it('sends security headers', async () => {
    const res = await t().app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('readiness and draining before a shutdown', () => {
  it('is ready while the database answers; once draining, is not ready and closes connections', async () => {
    const own = await createTestApp();
    try {
      const ready = await own.app.inject({ method: 'GET', url: '/api/health/ready' });
      expect(ready.statusCode).toBe(200);
      expect(ready.json()).toEqual({ status: 'ready' });
      expect(ready.headers.connection).not.toBe('close');

      own.app.lifecycle.drain();
      const draining = await own.app.inject({ method: 'GET', url: '/api/health/ready' });
      expect(draining.statusCode).toBe(503);
      expect(draining.headers['retry-after']).toBe('2');
      expect(draining.json().error.code).toBe('service.unavailable');
      // Still serving while draining, but every answer closes its connection.
      const served = await own.app.inject({ method: 'GET', url: '/api/health' });
      expect(served.statusCode).toBe(200);
      expect(served.headers.connection).toBe('close');
    } finally {
      await own.close();
    }
  });
});

describe('bad input always gets a clear error body, never a stack trace', () => {
  it('answers an unknown API route with 404 in the common shape', async () => {
    const res = await t().app.inject({
      method: 'GET',
      url: '/api/nothing-here',
      headers: { 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: 'request.not_found', message: 'Nothing was found at this address.' },
    });
  });

  it('answers malformed JSON with 400 request.malformed', async () => {
    const res = await t().app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('request.malformed');
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers an oversize body with 413', async () => {
    const res = await t().app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@example.test', password: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('request.body_too_large');
  });

  it('answers an unsupported content type with 415', async () => {
    const res = await t().app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'text/csv' },
      payload: 'a,b',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('request.unsupported_media_type');
  });

  it.each(['not-a-uuid', '123', '%E2%9C%93', "1'%20or%201=1"])(
    'answers a malformed id (%s) with 400, not 500',
    async (id) => {
      const { app, ctx, db } = t();
      const cookie = await loginCookie(app, ctx, await createUser(db));
      const res = await app.inject({
        method: 'GET',
        url: `/api/proposals/${id}`,
        headers: { cookie },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'request.invalid_params',
        details: [{ path: 'id' }],
      });
    },
  );

  it('ignores unknown fields consistently', async () => {
    const { app, ctx, db } = t();
    const user = await createUser(db);
    const cookie = await loginCookie(app, ctx, user);
    const res = await app.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      headers: { cookie },
      payload: { name: '新しい 名前', role: 'admin', isAdmin: true },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ name: '新しい 名前', role: 'proposer' });
  });

  it('answers invalid query parameters with 400 and their path', async () => {
    const { app, ctx, db } = t();
    const cookie = await loginCookie(app, ctx, await createUser(db, { role: 'coordinator' }));
    const res = await app.inject({
      method: 'GET',
      url: '/api/proposals?scope=inbox&page=0&pageSize=1000&status=lost',
      headers: { cookie },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('request.invalid_query');
    expect(
      res
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['page', 'pageSize', 'status']);
  });
});

describe('serving the web app', () => {
  it('serves index.html for the app’s pages and a plain 404 for a missing asset', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { createTestApp } = await import('../test/build-app');
    const root = mkdtempSync(path.join(tmpdir(), 'kyoso-web-'));
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>kyoso</title>');
    writeFileSync(path.join(root, 'assets', 'app-1.js'), 'console.log(1)');
    const web = await createTestApp({ webRoot: root });
    try {
      const home = await web.app.inject({ method: 'GET', url: '/' });
      expect(home.statusCode).toBe(200);
      expect(home.body).toContain('<title>kyoso</title>');
      const page = await web.app.inject({ method: 'GET', url: '/proposals/123/edit?step=2' });

      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      const asset = await web.app.inject({ method: 'GET', url: '/assets/app-1.js' });
      expect(asset.headers['content-type']).toContain('javascript');
      expect(asset.headers['cache-control']).toContain('immutable');
      // A file added after start is served too (a rebuilt web app).
      writeFileSync(path.join(root, 'assets', 'app-2.js'), 'console.log(2)');
      expect((await web.app.inject({ method: 'GET', url: '/assets/app-2.js' })).statusCode).toBe(
        200,
      );
      const missing = await web.app.inject({ method: 'GET', url: '/assets/app-0.js' });
      expect(missing.statusCode).toBe(404);
      expect(missing.headers['content-type']).not.toContain('text/html');
      expect((await web.app.inject({ method: 'GET', url: '/api/nothing' })).json().error.code).toBe(
        'request.not_found',
      );
    } finally {
      await web.close();
    }
  });
});
