import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/build-app';
import { createUser, loginCookie, TEST_PASSWORD } from '../../test/factories';
import { issueSession } from '../modules/auth/auth.service';
import { ACCESS_COOKIE } from './auth';

const t = useTestApp();

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** A JWT made by hand, so that its header and claims can be anything an attacker chooses. */
function forge(
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
  sign: (input: string) => string,
): string {
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  return `${input}.${sign(input)}`;
}

function hmac(algorithm: 'sha256' | 'sha384' | 'sha512', secret: string) {
  return (input: string) => createHmac(algorithm, secret).update(input).digest('base64url');
}

async function me(token: string) {
  return t().app.inject({
    method: 'GET',
    url: '/api/auth/me',
    cookies: { [ACCESS_COOKIE]: token },
  });
}

describe('access tokens: HS256 only, and they must expire', () => {
  async function liveSession() {
    const { ctx, db } = t();
    const user = await createUser(db);
    const session = await issueSession(ctx, user, { ip: '127.0.0.1', userAgent: 'vitest' });
    const now = Math.floor(Date.now() / 1000);
    return { claims: { sub: user.id, sid: session.sessionId, iat: now }, now };
  }

  it('accepts a token signed with HS256 that expires (the control case)', async () => {
    const { config } = t();
    const { claims, now } = await liveSession();
    const token = forge(
      { alg: 'HS256', typ: 'JWT' },
      { ...claims, exp: now + 600 },
      hmac('sha256', config.jwtSecret),
    );
    expect((await me(token)).statusCode).toBe(200);
  });

  it('refuses a token without exp, even signed with the right secret', async () => {
    const { config } = t();
    const { claims } = await liveSession();
    const token = forge({ alg: 'HS256', typ: 'JWT' }, claims, hmac('sha256', config.jwtSecret));
    expect((await me(token)).statusCode).toBe(401);
  });

  it.each([
    ['HS384', 'sha384'],
    ['HS512', 'sha512'],
  ] as const)('refuses a token signed with %s, even with the right secret', async (alg, hash) => {
    const { config } = t();
    const { claims, now } = await liveSession();
    const token = forge(
      { alg, typ: 'JWT' },
      { ...claims, exp: now + 600 },
      hmac(hash, config.jwtSecret),
    );
    expect((await me(token)).statusCode).toBe(401);
  });

  it('refuses an unsigned token (alg none)', async () => {
    const { claims, now } = await liveSession();
    const token = forge({ alg: 'none', typ: 'JWT' }, { ...claims, exp: now + 600 }, () => '');
    expect((await me(token)).statusCode).toBe(401);
  });

  it('refuses an expired token', async () => {
    const { config } = t();
    const { claims, now } = await liveSession();
    const token = forge(
      { alg: 'HS256', typ: 'JWT' },
      { ...claims, iat: now - 3600, exp: now - 60 },
      hmac('sha256', config.jwtSecret),
    );
    expect((await me(token)).statusCode).toBe(401);
  });

  it('signs its own tokens with HS256 and an expiry', async () => {
    const { app } = t();
    const token = app.jwt.sign({ sub: 'someone', sid: 'session' });
    const [header = '', payload = ''] = token.split('.');
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toMatchObject({
      alg: 'HS256',
    });
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    expect(claims.exp - claims.iat).toBe(15 * 60);
  });
});

describe('answers that depend on the session are never stored by a cache', () => {
  it.each([
    ['GET', '/api/auth/me'],
    ['GET', '/api/proposals?scope=mine'],
    ['GET', '/api/themes'],
    ['GET', '/api/departments'],
    ['GET', '/api/proposals/00000000-0000-4000-8000-000000000000'],
    ['PATCH', '/api/auth/me'],
  ] as const)('%s %s with a session cookie → Cache-Control: no-store', async (method, url) => {
    const { app, ctx, db } = t();
    const user = await createUser(db);
    const cookie = await loginCookie(app, ctx, user);
    const res = await app.inject({
      method,
      url,
      headers: { cookie },
      ...(method === 'PATCH' ? { payload: { name: '共創 次郎' } } : {}),
    });
    expect(res.statusCode).toBeLessThan(500);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('marks the answer of a login (it sets the session cookies) no-store', async () => {
    const { app, db } = t();
    const user = await createUser(db);
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('keeps a stricter header a route set itself (a file download)', async () => {
    const { app, ctx, db } = t();
    const user = await createUser(db, { role: 'coordinator' });
    const cookie = await loginCookie(app, ctx, user);
    const res = await app.inject({
      method: 'GET',
      url: '/api/proposals/export.csv',
      headers: { cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
  });

  it('leaves public answers to anonymous callers cacheable', async () => {
    const res = await t().app.inject({ method: 'GET', url: '/api/themes' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBeUndefined();
  });
});
