/**
 * Runtime dependencies whose `engines.node` says ">=22" — cookie@2 (through @fastify/cookie and
 * light-my-request) and content-disposition@3 (through @fastify/static) — exercised on the Node
 * this suite runs on (Node 20 on the project's machines and in CI). `scripts/check-lockfile.mjs`
 * accepts those two versions because of this file; both are ES modules that their CommonJS users
 * load with `require(esm)`, which Node has done by default since 20.19 (kyoso's minimum).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../test/build-app';
import { createUser, TEST_PASSWORD } from '../test/factories';
import { ACCESS_COOKIE, REFRESH_COOKIE } from './plugins/auth';

const t = useTestApp();

describe(`runtime dependencies that declare Node 22, on Node ${process.versions.node}`, () => {
  it('has require(esm), which @fastify/static and light-my-request need (Node ≥ 20.19)', () => {
    const features = process.features as { require_module?: boolean };
    expect(features.require_module).toBe(true);
    // Exactly what @fastify/static does at start: require() an ES module.
    const fromStatic = createRequire(createRequire(import.meta.url).resolve('@fastify/static'));
    const contentDisposition = fromStatic('content-disposition') as { create?: unknown };
    expect(typeof contentDisposition.create).toBe('function');
    const fromInject = createRequire(createRequire(import.meta.url).resolve('light-my-request'));
    const cookie = fromInject('cookie') as { stringifySetCookie?: unknown; parseCookie?: unknown };
    expect(typeof cookie.stringifySetCookie).toBe('function');
    expect(typeof cookie.parseCookie).toBe('function');
  });

  describe('cookie@2 through @fastify/cookie', () => {
    const app = Fastify();
    afterAll(() => app.close());

    it('serialises a cookie with every attribute and parses several back', async () => {
      await app.register(fastifyCookie);
      app.get('/set', (_request, reply) =>
        reply
          .setCookie('session', 'a b;c=日本', {
            httpOnly: true,
            secure: true,
            sameSite: 'strict',
            path: '/api',
            maxAge: 900,
          })
          .send('ok'),
      );
      app.get('/echo', (request) => request.cookies);
      const set = await app.inject({ method: 'GET', url: '/set' });
      expect(set.headers['set-cookie']).toBe(
        'session=a%20b%3Bc%3D%E6%97%A5%E6%9C%AC; Max-Age=900; Path=/api; HttpOnly; Secure; SameSite=Strict',
      );
      // light-my-request parses the Set-Cookie header with cookie@2 too.
      expect(set.cookies[0]).toMatchObject({ name: 'session', value: 'a b;c=日本', maxAge: 900 });
      const echo = await app.inject({
        method: 'GET',
        url: '/echo',
        headers: { cookie: 'first=1; session=a%20b%3Bc%3D%E6%97%A5%E6%9C%AC; quoted="x y"' },
      });
      // cookie@2 keeps the quotes of a quoted value (kyoso's own cookies are never quoted).
      expect(echo.json()).toEqual({ first: '1', session: 'a b;c=日本', quoted: '"x y"' });
    });
  });

  it('sets and reads kyoso’s own session cookies (login, then /me)', async () => {
    const { app, db } = t();
    const user = await createUser(db);
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    const lines = [login.headers['set-cookie'] ?? []].flat();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      new RegExp(`^${ACCESS_COOKIE}=[\\w.-]+; Max-Age=900; Path=/; HttpOnly; SameSite=Lax$`),
    );
    expect(lines[1]).toMatch(
      new RegExp(
        `^${REFRESH_COOKIE}=[\\w-]+; Max-Age=1209600; Path=/api/auth; HttpOnly; SameSite=Lax$`,
      ),
    );
    const cookie = lines.map((line) => line.split(';')[0]).join('; ');
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(user.id);
  });

  describe('content-disposition@3 through @fastify/static', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kyoso-download-'));
    writeFileSync(path.join(root, 'stored.pdf'), '%PDF-1.4 test');
    const app = Fastify();
    afterAll(async () => {
      await app.close();
      rmSync(root, { recursive: true, force: true });
    });

    it('names a download with a Japanese file name (RFC 6266 / 5987)', async () => {
      await app.register(fastifyStatic, { root, serve: false });
      app.get('/download', (_request, reply) =>
        reply.download('stored.pdf', '提案書（2026年度）見守り.pdf'),
      );
      const res = await app.inject({ method: 'GET', url: '/download' });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe('%PDF-1.4 test');
      const header = String(res.headers['content-disposition']);
      expect(header).toMatch(/^attachment; filename="[^"]*\.pdf"; filename\*=UTF-8''/);
      const encoded = /filename\*=UTF-8''(.+)$/.exec(header)?.[1] ?? '';
      expect(decodeURIComponent(encoded)).toBe('提案書（2026年度）見守り.pdf');
      // The plain fallback carries no raw non-ASCII byte.
      expect(/filename="([^"]*)"/.exec(header)?.[1]).toMatch(/^[\x20-\x7e]+$/);
    });
  });
});
