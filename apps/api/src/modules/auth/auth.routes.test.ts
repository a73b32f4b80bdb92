import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp, useTestApp } from '../../../test/build-app';
import {
  createUser,
  linkIn,
  loginCookie,
  mailsTo,
  TEST_PASSWORD,
  unique,
} from '../../../test/factories';
import { sessionResponseSchema } from '@kyoso/contracts/auth';
import { ACCESS_COOKIE, REFRESH_COOKIE } from '../../plugins/auth';
import { hashToken } from '../shared/tokens';
import { organizationsTable } from '../organizations/organizations.table';
import { usersTable } from '../users/users.table';
import { createUserToken } from './auth.repository';
import { refreshTokensTable, sessionsTable, userTokensTable } from './auth.table';

const t = useTestApp();

function registration(overrides: Record<string, unknown> = {}) {
  return {
    email: `${unique('new')}@example.test`,
    password: 'Sora-no-Mori-2026',
    name: '共創 太郎',
    language: 'ja',
    organization: { name: '株式会社テスト', kind: 'startup', corporateNumber: '1290001234567' },
    ...overrides,
  };
}

/** The account and organisation a registration created (the API answers only `{ ok: true }`). */
async function registered(email: string) {
  const [user] = await t().db.select().from(usersTable).where(eq(usersTable.email, email));
  if (!user?.organizationId) {
    throw new Error(`no account for ${email}`);
  }
  const [organization] = await t()
    .db.select()
    .from(organizationsTable)
    .where(eq(organizationsTable.id, user.organizationId));
  return { user, organization };
}

type CookieJar = Record<string, string>;

/** Keeps the cookies a response sets, like a browser would. */
function absorb(jar: CookieJar, setCookie: string | string[] | undefined): CookieJar {
  for (const line of [setCookie ?? []].flat()) {
    const [pair = ''] = line.split(';');
    const [name = '', value = ''] = pair.split('=');
    if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) {
      delete jar[name];
    } else {
      jar[name] = value;
    }
  }
  return jar;
}
const cookieHeader = (jar: CookieJar) =>
  Object.entries(jar)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');

describe('registration and e-mail verification', () => {
  it('registers a proposer with an organisation and e-mails a verification link that works once', async () => {
    const { app, db } = t();
    const body = registration();
    const res = await app.inject({ method: 'POST', url: '/api/auth/register', payload: body });
    expect(res.statusCode).toBe(202);
    // The answer says nothing about the account: it is the same for an address already taken.
    expect(res.json()).toEqual({ ok: true });
    const { user, organization } = await registered(body.email);
    expect(user).toMatchObject({
      email: body.email,
      role: 'proposer',
      emailVerifiedAt: null,
      language: 'ja',
    });
    expect(organization).toMatchObject({
      name: '株式会社テスト',
      kind: 'startup',
      corporateNumber: '1290001234567',
    });

    const [mail] = await mailsTo(db, body.email);
    expect(mail?.template).toBe('verify_email');
    expect(mail?.subject).toContain('メールアドレスの確認');
    const link = linkIn(mail!.textBody, '/verify-email');
    expect(link.origin).toBe('http://kyoso.test');
    const token = link.searchParams.get('token')!;

    // Only the hash of the token is stored.
    const stored = await db
      .select()
      .from(userTokensTable)
      .where(eq(userTokensTable.userId, user.id));
    expect(stored[0]?.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const login = () =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: body.email, password: body.password },
      });
    expect((await login()).json().error.code).toBe('auth.email_not_verified');

    const verify = () =>
      app.inject({ method: 'POST', url: '/api/auth/verify-email', payload: { token } });
    expect((await verify()).statusCode).toBe(200);
    const again = await verify();
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('auth.token_invalid');

    const ok = await login();
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.emailVerified).toBe(true);
  });

  it('writes the verification e-mail in やさしい日本語 to a reader who chose it', async () => {
    const { app, db } = t();
    const body = registration({ language: 'easy' });
    const res = await app.inject({ method: 'POST', url: '/api/auth/register', payload: body });
    expect(res.statusCode).toBe(202);
    const [mail] = await mailsTo(db, body.email);
    expect(mail?.language).toBe('easy');
    expect(mail?.subject).toBe('【kyoso】メールアドレスを たしかめて ください');
    expect(mail?.textBody).toContain('共創 太郎 さま');
    expect(mail?.textBody).toContain(
      '下の ボタンを おして、メールアドレスを たしかめて ください。',
    );
    expect(mail?.htmlBody).toContain('<html lang="ja">');
    expect(linkIn(mail!.textBody, '/verify-email').origin).toBe('http://kyoso.test');
  });

  it('answers 400 with the path of every invalid field, in the caller’s language', async () => {
    const { app } = t();
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/register',
      headers: { 'accept-language': 'en' },
      payload: registration({
        email: 'not-an-email',
        password: 'short',
        organization: { name: '', kind: 'bank' },
      }),
    });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('request.invalid_body');
    const paths = error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(['email', 'organization.kind', 'organization.name', 'password']);
    const password = error.details.find((d: { path: string }) => d.path === 'password');
    expect(password.message).toBe('Use at least 10 characters for the password.');
  });

  it.each([
    ['1290001234568', 'organizations.corporate_number_check_digit'],
    ['12345', 'organizations.corporate_number_format'],
    ['12900012345ab', 'organizations.corporate_number_format'],
  ])('refuses the corporate number %s with a clear message', async (corporateNumber, code) => {
    const { app } = t();
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: registration({
        organization: { name: '株式会社テスト', kind: 'sme', corporateNumber },
      }),
    });
    expect(res.statusCode).toBe(400);
    const detail = res.json().error.details[0];
    expect(detail.path).toBe('organization.corporateNumber');
    expect(detail.message).toContain('法人番号');
    expect(code).toContain('corporate_number');
  });

  it('accepts a corporate number typed in full-width digits, and none at all', async () => {
    const { app } = t();
    const wide = registration({
      organization: {
        name: '全角株式会社',
        kind: 'sme',
        corporateNumber: '１２９０００１２３４５６７',
      },
    });
    const wideRes = await app.inject({ method: 'POST', url: '/api/auth/register', payload: wide });
    expect(wideRes.statusCode).toBe(202);
    expect((await registered(wide.email)).organization?.corporateNumber).toBe('1290001234567');
    const none = registration({
      organization: { name: '番号なし合同会社', kind: 'other', corporateNumber: '' },
    });
    const noneRes = await app.inject({ method: 'POST', url: '/api/auth/register', payload: none });
    expect(noneRes.statusCode).toBe(202);
    expect((await registered(none.email)).organization?.corporateNumber).toBeNull();
  });

  it.each([['password123'], ['1234567890'], ['qwertyuiop']])(
    'refuses the common password %s',
    async (password) => {
      const res = await t().app.inject({
        method: 'POST',
        url: '/api/auth/register',
        payload: registration({ password }),
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('auth.weak_password');
      expect(res.json().error.details[0]).toMatchObject({
        path: 'password',
        code: 'auth.password_too_common',
      });
    },
  );

  it('says that a password is refused because it contains the site’s name, not that it is common', async () => {
    const res = await t().app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: registration({ password: 'kyoso-portal-2026' }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0]).toMatchObject({
      path: 'password',
      code: 'auth.password_contains_site_name',
    });
    expect(res.json().error.details[0].message).toContain('kyoso');
    expect(res.json().error.details[0].message).not.toContain('よく使われ');
  });

  it.each([
    ['a proposer', 'proposer'],
    ['a staff member', 'department'],
  ] as const)(
    'answers an address already registered by %s exactly like a new one, and e-mails its owner instead',
    async (_who, role) => {
      const { app, db } = t();
      const existing = await createUser(db, { role, language: 'en' });
      const fresh = registration();
      const taken = registration({ email: existing.email.toUpperCase(), name: '乗っ取り 太郎' });
      const forNew = await app.inject({
        method: 'POST',
        url: '/api/auth/register',
        payload: fresh,
      });
      const forTaken = await app.inject({
        method: 'POST',
        url: '/api/auth/register',
        payload: taken,
      });
      expect(forTaken.statusCode).toBe(forNew.statusCode);
      expect(forTaken.headers['content-type']).toBe(forNew.headers['content-type']);
      expect(forTaken.body).toBe(forNew.body);
      expect(Object.keys(forTaken.headers).sort()).toEqual(Object.keys(forNew.headers).sort());

      // Nothing changed for the owner, who is told in their own language what to do.
      const [owner] = await db.select().from(usersTable).where(eq(usersTable.id, existing.id));
      expect(owner).toMatchObject({ name: existing.name, passwordHash: existing.passwordHash });
      const mails = await mailsTo(db, existing.email);
      expect(mails.map((m) => m.template)).toEqual(['registration_attempt']);
      const [mail] = mails;
      expect(mail!.subject).toBe('[kyoso] Someone tried to register with your e-mail address');
      expect(mail!.textBody).toContain('no new account was created');
      expect(linkIn(mail!.textBody, '/login').origin).toBe('http://kyoso.test');
      expect(linkIn(mail!.textBody, '/forgot-password').origin).toBe('http://kyoso.test');
      expect(mail!.textBody).not.toContain('乗っ取り');
    },
  );

  it('writes the attempt e-mail in Japanese for a Japanese-speaking owner', async () => {
    const { app, db } = t();
    const existing = await createUser(db, { language: 'ja' });
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: registration({ email: existing.email }),
    });
    expect(res.statusCode).toBe(202);
    const [mail] = await mailsTo(db, existing.email);
    expect(mail!.template).toBe('registration_attempt');
    expect(mail!.subject).toContain('新規登録');
    expect(mail!.textBody).toContain('パスワードを再設定');
    expect(mail!.htmlBody).toContain('<html lang="ja">');
  });

  it('still refuses a weak password the same way for a taken address and a new one', async () => {
    const { app, db } = t();
    const existing = await createUser(db);
    const forTaken = await app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: registration({ email: existing.email, password: 'password1234' }),
    });
    const forNew = await app.inject({
      method: 'POST',
      url: '/api/auth/register',
      payload: registration({ password: 'password1234' }),
    });
    expect(forTaken.statusCode).toBe(400);
    expect(forTaken.body).toBe(forNew.body);
    expect(await mailsTo(db, existing.email)).toHaveLength(0);
  });

  it('leaves nothing behind when registration fails half-way', async () => {
    const { app, db } = t();
    const email = `${unique('dup')}@example.test`;
    const [first, second] = await Promise.all([
      app.inject({ method: 'POST', url: '/api/auth/register', payload: registration({ email }) }),
      app.inject({ method: 'POST', url: '/api/auth/register', payload: registration({ email }) }),
    ]);
    // Both are answered alike; the loser of the race only e-mails the owner.
    expect([first.statusCode, second.statusCode]).toEqual([202, 202]);
    expect(first.body).toBe(second.body);
    const users = await db.select().from(usersTable).where(eq(usersTable.email, email));
    expect(users).toHaveLength(1);
    const templates = (await mailsTo(db, email)).map((m) => m.template).sort();
    expect(templates).toEqual(['registration_attempt', 'verify_email']);
  });

  it('sends a new verification link on request, without revealing whether the address exists', async () => {
    const { app, db } = t();
    const user = await createUser(db, { verified: false });
    const known = await app.inject({
      method: 'POST',
      url: '/api/auth/resend-verification',
      payload: { email: user.email },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/resend-verification',
      payload: { email: 'nobody@example.test' },
    });
    expect(known.statusCode).toBe(200);
    expect(unknown.statusCode).toBe(200);
    expect(await mailsTo(db, user.email)).toHaveLength(1);
  });

  it('refuses an expired verification link', async () => {
    const { app, db, setNow } = t();
    const body = registration();
    await app.inject({ method: 'POST', url: '/api/auth/register', payload: body });
    const token = linkIn(
      (await mailsTo(db, body.email))[0]!.textBody,
      '/verify-email',
    ).searchParams.get('token');
    setNow(new Date(Date.now() + 49 * 3_600_000));
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/verify-email',
        payload: { token },
      });
      expect(res.json().error.code).toBe('auth.token_invalid');
    } finally {
      setNow(null);
    }
  });
});

describe('login, session cookies and logout', () => {
  it('sets httpOnly SameSite=Lax cookies and answers /me', async () => {
    const { app, db } = t();
    const user = await createUser(db, { role: 'coordinator' });
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookies = res.cookies;
    const access = cookies.find((c) => c.name === ACCESS_COOKIE)!;
    const refresh = cookies.find((c) => c.name === REFRESH_COOKIE)!;
    expect(access).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(access.secure).toBeFalsy();
    expect(access.maxAge).toBeLessThanOrEqual(15 * 60);
    expect(refresh).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth' });

    const me = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookies: { [ACCESS_COOKIE]: access.value },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({
      id: user.id,
      email: user.email,
      name: user.name,
      role: 'coordinator',
      language: 'ja',
      organizationId: null,
      departmentId: null,
    });
  });

  it('answers /me with 401 without a session', async () => {
    const res = await t().app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({
      error: { code: 'auth.unauthenticated', message: 'ログインが必要です。' },
    });
  });

  it('refuses a wrong password and an unknown account alike', async () => {
    const { app, db } = t();
    const user = await createUser(db);
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: 'Not-The-Password-1' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'ghost@example.test', password: TEST_PASSWORD },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
  });

  it('refuses a disabled account', async () => {
    const { app, db } = t();
    const user = await createUser(db, { role: 'department', disabledAt: new Date() });
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('auth.account_disabled');
  });

  it('revokes the session on logout: the old access cookie stops working at once', async () => {
    const { app, ctx, db } = t();
    const user = await createUser(db);
    const cookie = await loginCookie(app, ctx, user);
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode,
    ).toBe(200);
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(200);
    expect(out.cookies.find((c) => c.name === ACCESS_COOKIE)?.value).toBe('');
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode,
    ).toBe(401);
  });

  it('tells who is logged in without a 401, never from a cache: nobody for a visitor, the user, nobody after logout', async () => {
    const { app, ctx, db } = t();
    const visitor = await app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(visitor.statusCode).toBe(200);
    expect(visitor.json()).toEqual({ user: null });

    const user = await createUser(db);
    const cookie = await loginCookie(app, ctx, user);
    const me = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(user.id);
    expect(me.headers['cache-control']).toBe('no-store');

    await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    const after = await app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie },
    });
    expect(after.json().user).toBeNull();
  });

  // Login throttling (back-off per account and address, the per-account and per-address
  // ceilings, concurrency, the change of password) is tested in auth.throttle.test.ts.

  it('rate-limits the endpoints that send e-mail per IP', async () => {
    const limited = await createTestApp({ authRateLimit: { max: 3, timeWindow: 60_000 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        const res = await limited.app.inject({
          method: 'POST',
          url: '/api/auth/password-reset/request',
          payload: { email: 'x@example.test' },
        });
        codes.push(res.statusCode);
      }
      expect(codes).toEqual([200, 200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('the session, as every page asks it', () => {
  it('answers an anonymous visitor 200 with no user (not a 401)', async () => {
    const res = await t().app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(res.statusCode).toBe(200);
    expect(sessionResponseSchema.parse(res.json())).toEqual({ user: null });
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('answers the logged-in user, in the same shape as /me', async () => {
    const { app, ctx, db } = t();
    const user = await createUser(db, { role: 'coordinator' });
    const cookie = await loginCookie(app, ctx, user);
    const session = await app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie },
    });
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(session.statusCode).toBe(200);
    expect(sessionResponseSchema.parse(session.json()).user).toMatchObject({
      id: user.id,
      role: 'coordinator',
    });
    expect(session.json()).toEqual(me.json());
  });

  it('renews a session whose access token expired, from the refresh cookie', async () => {
    const { app, db } = t();
    const user = await createUser(db);
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    const jar = absorb({}, login.headers['set-cookie']);
    // The browser dropped the expired access cookie; only the refresh cookie is left.
    delete jar[ACCESS_COOKIE];
    const res = await app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: cookieHeader(jar) },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ id: user.id });
    absorb(jar, res.headers['set-cookie']);
    expect(jar[ACCESS_COOKIE]).toBeDefined();
    const me = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: cookieHeader(jar) },
    });
    expect(me.statusCode).toBe(200);
  });

  it('answers no user, and clears the cookies, when the refresh cookie is no longer valid', async () => {
    const res = await t().app.inject({
      method: 'GET',
      url: '/api/auth/session',
      cookies: { [REFRESH_COOKIE]: 'not-a-real-refresh-token-at-all' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ user: null });
    expect(res.cookies.find((c) => c.name === REFRESH_COOKIE)?.value).toBe('');
  });
});

describe('refresh-token rotation', () => {
  it('rotates the refresh token, and a reused old token revokes the session', async () => {
    const { app, db, setNow } = t();
    const user = await createUser(db);
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    const jar = absorb({}, login.headers['set-cookie']);
    const firstRefresh = jar[REFRESH_COOKIE]!;

    const rotated = await app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      headers: { cookie: cookieHeader(jar) },
    });
    expect(rotated.statusCode).toBe(200);
    absorb(jar, rotated.headers['set-cookie']);
    expect(jar[REFRESH_COOKIE]).not.toBe(firstRefresh);
    const stored = await db
      .select()
      .from(refreshTokensTable)
      .where(eq(refreshTokensTable.tokenHash, hashToken(jar[REFRESH_COOKIE]!)));
    expect(stored).toHaveLength(1);

    // The stolen first token comes back a minute later: the whole session ends.
    setNow(new Date(Date.now() + 60_000));
    try {
      const replay = await app.inject({
        method: 'POST',
        url: '/api/auth/refresh',
        cookies: { [REFRESH_COOKIE]: firstRefresh },
      });
      expect(replay.statusCode).toBe(401);
      const legit = await app.inject({
        method: 'POST',
        url: '/api/auth/refresh',
        headers: { cookie: cookieHeader(jar) },
      });
      expect(legit.statusCode).toBe(401);
      const [session] = await db
        .select()
        .from(sessionsTable)
        .where(eq(sessionsTable.userId, user.id));
      expect(session?.revokedReason).toBe('refresh_token_reuse');
    } finally {
      setNow(null);
    }
  });

  it('lets two tabs refreshing at once both keep the session', async () => {
    const { app, db } = t();
    const user = await createUser(db);
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    const jar = absorb({}, login.headers['set-cookie']);
    const [a, b] = await Promise.all([
      app.inject({
        method: 'POST',
        url: '/api/auth/refresh',
        headers: { cookie: cookieHeader(jar) },
      }),
      app.inject({
        method: 'POST',
        url: '/api/auth/refresh',
        headers: { cookie: cookieHeader(jar) },
      }),
    ]);
    const winner = a.statusCode === 200 ? a : b;
    expect([a.statusCode, b.statusCode]).toContain(200);
    absorb(jar, winner.headers['set-cookie']);
    const me = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: cookieHeader(jar) },
    });
    expect(me.statusCode).toBe(200);
  });
});

describe('password reset and change', () => {
  it('e-mails a single-use reset link; the new password works and every session ends', async () => {
    const { app, ctx, db } = t();
    const user = await createUser(db);
    const cookie = await loginCookie(app, ctx, user);
    const request = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/request',
      payload: { email: user.email },
    });
    expect(request.statusCode).toBe(200);
    const mail = (await mailsTo(db, user.email)).find((m) => m.template === 'password_reset')!;
    const token = linkIn(mail.textBody, '/reset-password').searchParams.get('token')!;

    const weak = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: 'password1234' },
    });
    expect(weak.json().error.code).toBe('auth.weak_password');
    const ok = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: 'Brand-New-Secret-77' },
    });
    expect(ok.statusCode).toBe(200);
    const reuse = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: 'Another-Secret-88' },
    });
    expect(reuse.json().error.code).toBe('auth.token_invalid');

    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode,
    ).toBe(401);
    const old = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(old.statusCode).toBe(401);
    const fresh = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: 'Brand-New-Secret-77' },
    });
    expect(fresh.statusCode).toBe(200);
    expect((await mailsTo(db, user.email)).map((m) => m.template)).toContain('password_changed');
  });

  it('makes an older reset link useless once a newer one is issued', async () => {
    const { app, db } = t();
    const user = await createUser(db);
    const requestLink = async () => {
      await app.inject({
        method: 'POST',
        url: '/api/auth/password-reset/request',
        payload: { email: user.email },
      });
      const mails = (await mailsTo(db, user.email)).filter((m) => m.template === 'password_reset');
      return linkIn(mails.at(-1)!.textBody, '/reset-password').searchParams.get('token')!;
    };
    const older = await requestLink();
    const newer = await requestLink();
    expect(newer).not.toBe(older);

    const withOlder = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token: older, password: 'Older-Link-Secret-31' },
    });
    expect(withOlder.statusCode).toBe(400);
    expect(withOlder.json().error.code).toBe('auth.token_invalid');
    const withNewer = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token: newer, password: 'Newer-Link-Secret-32' },
    });
    expect(withNewer.statusCode).toBe(200);
  });

  it('makes every other outstanding reset link useless once one is used', async () => {
    const { app, ctx, db } = t();
    const user = await createUser(db);
    // Two links outstanding at once (a staff welcome link and a reset link, or two links issued
    // by processes racing each other): using either one ends the other.
    const tokens = ['first-outstanding-token-aaaa', 'second-outstanding-token-bbb'];
    for (const token of tokens) {
      await createUserToken(db, {
        userId: user.id,
        purpose: 'reset_password',
        tokenHash: hashToken(token),
        expiresAt: new Date(ctx.now().getTime() + 3_600_000),
      });
    }
    const used = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token: tokens[1], password: 'Second-Link-Secret-41' },
    });
    expect(used.statusCode).toBe(200);
    const other = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token: tokens[0], password: 'First-Link-Secret-42' },
    });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.code).toBe('auth.token_invalid');
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: 'Second-Link-Secret-41' },
    });
    expect(login.statusCode).toBe(200);
  });

  it('ends outstanding reset links when the password is changed while logged in', async () => {
    const { app, ctx, db } = t();
    const user = await createUser(db);
    await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/request',
      payload: { email: user.email },
    });
    const mail = (await mailsTo(db, user.email)).find((m) => m.template === 'password_reset')!;
    const token = linkIn(mail.textBody, '/reset-password').searchParams.get('token')!;
    const cookie = await loginCookie(app, ctx, user);
    const changed = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'Changed-Here-Secret-51' },
    });
    expect(changed.statusCode).toBe(200);
    const late = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: 'Late-Link-Secret-52' },
    });
    expect(late.json().error.code).toBe('auth.token_invalid');
  });

  it('answers the same whether or not the address has an account', async () => {
    const res = await t().app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/request',
      payload: { email: 'nobody-here@example.test' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
  });

  it('changes the password with the current one, ending other sessions but not this one', async () => {
    const { app, ctx, db } = t();
    const user = await createUser(db);
    const otherDevice = await loginCookie(app, ctx, user);
    const thisDevice = await loginCookie(app, ctx, user);
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: thisDevice },
      payload: { currentPassword: 'nope', newPassword: 'Brand-New-Secret-77' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].path).toBe('currentPassword');
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: thisDevice },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'Brand-New-Secret-77' },
    });
    expect(res.statusCode).toBe(200);
    const jar = absorb({}, res.headers['set-cookie']);
    expect(
      (
        await app.inject({
          method: 'GET',
          url: '/api/auth/me',
          headers: { cookie: cookieHeader(jar) },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: otherDevice } }))
        .statusCode,
    ).toBe(401);
  });
});

describe('CSRF: cookie-authenticated writes from another site are refused', () => {
  it.each([
    [{ origin: 'https://evil.example' }, 403],
    [{ 'sec-fetch-site': 'cross-site' }, 403],
    [{ 'sec-fetch-site': 'same-site' }, 403],
    [{ origin: 'http://kyoso.test', 'sec-fetch-site': 'same-origin' }, 200],
    [{}, 200],
  ])('headers %j → %i', async (headers, status) => {
    const { app, ctx, db } = t();
    const user = await createUser(db);
    const cookie = await loginCookie(app, ctx, user);
    const res = await app.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      headers: { cookie, ...headers },
      payload: { name: '新しい名前' },
    });
    expect(res.statusCode).toBe(status);
    if (status === 403) {
      expect(res.json().error.code).toBe('auth.cross_site_request');
    }
  });

  it('lets a cross-site request without cookies through (nothing to forge)', async () => {
    const res = await t().app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/request',
      headers: { origin: 'https://evil.example' },
      payload: { email: 'x@example.test' },
    });
    expect(res.statusCode).toBe(200);
  });
});

describe('cookies in production', () => {
  it('marks the session cookies Secure', async () => {
    const prod = await createTestApp({
      config: { NODE_ENV: 'production', PASSWORD_HASH_COST: '17' },
    });
    try {
      const user = await createUser(prod.db);
      const res = await prod.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: TEST_PASSWORD },
      });
      expect(res.statusCode).toBe(200);
      expect(res.cookies.every((c) => c.secure === true)).toBe(true);
    } finally {
      await prod.close();
    }
  });
});
