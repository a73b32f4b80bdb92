/**
 * Login throttling: the guesser is slowed down per account and address (back-off), the account
 * has a much higher ceiling over every address, the limits hold under concurrency (each attempt
 * is counted before its password is checked), and the e-mailed reset always unlocks the owner.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp, type TestApp } from '../../../test/build-app';
import {
  createUser,
  linkIn,
  loginCookie,
  mailsTo,
  TEST_PASSWORD,
  unique,
  type TestUser,
} from '../../../test/factories';

const t = useTestApp();
/** A low per-account ceiling and a back-off that starts late, to see the ceiling alone. */
const ceiling = useTestApp({
  config: { LOGIN_MAX_FAILURES_PER_ACCOUNT: '10', LOGIN_FREE_FAILURES: '50' },
});
const perIp = useTestApp({ config: { LOGIN_MAX_FAILURES_PER_IP: '30' } });
const requests = useTestApp({ config: { LOGIN_RATE_LIMIT_MAX: '3' } });
/** Behind one reverse proxy (10.0.0.2) that appends the visitor's address to X-Forwarded-For. */
const proxied = useTestApp({ config: { TRUST_PROXY: '10.0.0.2' } });

function login(
  app: TestApp,
  user: { email: string },
  password: string,
  ip = '198.51.100.1',
  language: 'ja' | 'en' = 'ja',
) {
  return app.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: ip,
    headers: { 'accept-language': language },
    payload: { email: user.email, password },
  });
}

const wrong = (i: number) => `Wrong-Password-${i}-xyz`;

/** Resets the password through the e-mailed link, as the owner would. */
async function resetByEmail(app: TestApp, user: TestUser, password: string) {
  const request = await app.app.inject({
    method: 'POST',
    url: '/api/auth/password-reset/request',
    payload: { email: user.email },
  });
  expect(request.statusCode).toBe(200);
  const mail = (await mailsTo(app.db, user.email)).findLast((m) => m.template === 'password_reset');
  const token = linkIn(mail!.textBody, '/reset-password').searchParams.get('token');
  const confirm = await app.app.inject({
    method: 'POST',
    url: '/api/auth/password-reset/confirm',
    payload: { token, password },
  });
  expect(confirm.statusCode).toBe(200);
}

describe('the limits hold under concurrency: an attempt is counted before its password is checked', () => {
  it('checks exactly the per-account ceiling (10) of 19 parallel wrong passwords from 19 addresses', async () => {
    const app = ceiling();
    const user = await createUser(app.db);
    const answers = await Promise.all(
      Array.from({ length: 19 }, (_, i) => login(app, user, wrong(i), `203.0.113.${i + 1}`)),
    );
    const codes = answers.map((r) => r.statusCode);
    const checked = codes.filter((c) => c === 401).length;
    expect(codes.filter((c) => c !== 401 && c !== 429)).toEqual([]);
    expect(checked).toBe(10);
    expect(answers.find((r) => r.statusCode === 429)?.json().error.code).toBe(
      'auth.account_locked',
    );

    // The ceiling stands for everyone, the owner's right password included …
    const owner = await login(app, user, TEST_PASSWORD, '192.0.2.200', 'en');
    expect(owner.statusCode).toBe(429);
    expect(owner.json().error.message).toMatch(/reset your password/i);
    // … until the owner resets the password from the e-mailed link: then at once.
    await resetByEmail(app, user, 'Fresh-Start-Secret-61');
    expect((await login(app, user, 'Fresh-Start-Secret-61', '192.0.2.200')).statusCode).toBe(200);
  });

  it('checks exactly the free failures (5) of 19 parallel wrong passwords from one address', async () => {
    const app = t();
    const user = await createUser(app.db);
    const answers = await Promise.all(
      Array.from({ length: 19 }, (_, i) => login(app, user, wrong(i), '198.51.100.19')),
    );
    const checked = answers.filter((r) => r.statusCode === 401).length;
    expect(checked).toBe(5);
    const refused = answers.filter((r) => r.statusCode === 429);
    expect(refused).toHaveLength(19 - checked);
    expect(refused[0]!.json().error.code).toBe('auth.too_many_attempts');
    expect(Number(refused[0]!.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('throttle the guesser, not the owner', () => {
  it('lets the owner log in from elsewhere after ten wrong passwords from one address', async () => {
    const app = t();
    const user = await createUser(app.db);
    for (let i = 0; i < 10; i += 1) {
      const res = await login(app, user, wrong(i), '198.51.100.66');
      expect([401, 429]).toContain(res.statusCode);
    }
    const guesser = await login(app, user, TEST_PASSWORD, '198.51.100.66');
    expect(guesser.statusCode).toBe(429);
    const owner = await login(app, user, TEST_PASSWORD, '192.0.2.10');
    expect(owner.statusCode).toBe(200);
  });

  it('lets the owner log in from elsewhere after ten wrong passwords from ten addresses', async () => {
    const app = t();
    const user = await createUser(app.db);
    for (let i = 0; i < 10; i += 1) {
      expect((await login(app, user, wrong(i), `10.0.0.${i + 1}`)).statusCode).toBe(401);
    }
    expect((await login(app, user, TEST_PASSWORD, '10.0.1.1')).statusCode).toBe(200);
  });

  it('backs off exponentially per account and address, and a success starts afresh', async () => {
    const app = t();
    const user = await createUser(app.db);
    const ip = '198.51.100.77';
    let now = Date.parse('2026-11-30T01:00:00Z');
    app.setNow(new Date(now));
    try {
      for (let i = 0; i < 5; i += 1) {
        expect((await login(app, user, wrong(i), ip)).statusCode).toBe(401);
      }
      // Beyond the five free failures: 30 s, then 60, 120, 240, 480, and at most 900.
      for (const wait of [30, 60, 120, 240, 480, 900, 900]) {
        const early = await login(app, user, TEST_PASSWORD, ip, 'en');
        expect(early.statusCode).toBe(429);
        expect(early.headers['retry-after']).toBe(String(wait));
        expect(early.json().error.message).toContain(`${Math.ceil(wait / 60)} minute`);
        now += (wait - 1) * 1000;
        app.setNow(new Date(now));
        expect((await login(app, user, TEST_PASSWORD, ip)).statusCode).toBe(429);
        now += 1000;
        app.setNow(new Date(now));
        expect((await login(app, user, wrong(wait), ip)).statusCode).toBe(401);
      }
      now += 900_000;
      app.setNow(new Date(now));
      expect((await login(app, user, TEST_PASSWORD, ip)).statusCode).toBe(200);
      expect((await login(app, user, wrong(99), ip)).statusCode).toBe(401);
      expect((await login(app, user, TEST_PASSWORD, ip)).statusCode).toBe(200);
    } finally {
      app.setNow(null);
    }
  });

  it('tells the person in Japanese what to do next', async () => {
    const app = t();
    const user = await createUser(app.db);
    for (let i = 0; i < 5; i += 1) {
      await login(app, user, wrong(i), '198.51.100.88');
    }
    const res = await login(app, user, TEST_PASSWORD, '198.51.100.88', 'ja');
    expect(res.statusCode).toBe(429);
    expect(res.json().error.message).toMatch(/1分後/);
    expect(res.json().error.message).toContain('パスワードを再設定');
  });

  it('always leaves the e-mailed reset open, and a reset ends the back-off at once', async () => {
    const app = t();
    const user = await createUser(app.db);
    const ip = '198.51.100.99';
    for (let i = 0; i < 8; i += 1) {
      await login(app, user, wrong(i), ip);
    }
    expect((await login(app, user, TEST_PASSWORD, ip)).statusCode).toBe(429);
    await resetByEmail(app, user, 'After-Reset-Secret-71');
    expect((await login(app, user, 'After-Reset-Secret-71', ip)).statusCode).toBe(200);
  });

  it('does not say whether the account exists: an unknown address is throttled alike', async () => {
    const app = t();
    const ghost = { email: `${unique('ghost')}@example.test` };
    const real = await createUser(app.db);
    const answers = async (who: { email: string }, ip: string) => {
      const out: Array<[number, string]> = [];
      for (let i = 0; i < 7; i += 1) {
        const res = await login(app, who, wrong(i), ip);
        out.push([res.statusCode, res.json().error.code as string]);
      }
      return out;
    };
    expect(await answers(ghost, '198.51.100.120')).toEqual(await answers(real, '198.51.100.121'));
  });
});

describe('the same limit on changing the password', () => {
  it('backs off wrong current passwords, then refuses even the right one for a while', async () => {
    const app = t();
    const user = await createUser(app.db);
    const cookie = await loginCookie(app.app, app.ctx, user);
    const change = (currentPassword: string) =>
      app.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        remoteAddress: '198.51.100.130',
        headers: { cookie },
        payload: { currentPassword, newPassword: 'Changed-Secret-Value-81' },
      });
    for (let i = 0; i < 5; i += 1) {
      expect((await change(wrong(i))).json().error.code).toBe('auth.wrong_password');
    }
    const refused = await change(TEST_PASSWORD);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('auth.too_many_attempts');
    // The failures count for the account as a whole: a login from that address waits too.
    expect((await login(app, user, TEST_PASSWORD, '198.51.100.130')).statusCode).toBe(429);
  });

  it('checks exactly the free failures (5) of 12 parallel wrong current passwords', async () => {
    const app = t();
    const user = await createUser(app.db);
    const cookie = await loginCookie(app.app, app.ctx, user);
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        app.app.inject({
          method: 'POST',
          url: '/api/auth/password',
          remoteAddress: '198.51.100.131',
          headers: { cookie },
          payload: { currentPassword: wrong(i), newPassword: 'Changed-Secret-Value-82' },
        }),
      ),
    );
    const checked = answers.filter((r) => r.statusCode === 400).length;
    expect(checked).toBe(5);
    expect(answers.filter((r) => r.statusCode === 429)).toHaveLength(12 - checked);
  });
});

describe('per-address limits that a whole city office behind one address can live with', () => {
  it('stops one address spraying many accounts at the per-address ceiling (configurable)', async () => {
    const app = perIp();
    for (let i = 0; i < 30; i += 1) {
      await login(app, { email: `${unique('probe')}@example.test` }, wrong(i), '192.0.2.77');
    }
    const user = await createUser(app.db);
    const blocked = await login(app, user, TEST_PASSWORD, '192.0.2.77');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('auth.too_many_attempts');
    expect((await login(app, user, TEST_PASSWORD, '192.0.2.78')).statusCode).toBe(200);
  });

  it('limits login requests per address and account, not per address alone', async () => {
    const app = requests();
    const office = '192.0.2.50';
    const [first, second] = [await createUser(app.db), await createUser(app.db)];
    for (let i = 0; i < 3; i += 1) {
      expect((await login(app, first, TEST_PASSWORD, office)).statusCode).toBe(200);
    }
    const fourth = await login(app, first, TEST_PASSWORD, office);
    expect(fourth.statusCode).toBe(429);
    expect(fourth.json().error.code).toBe('request.rate_limited');
    // A colleague in the same office, and the same person elsewhere, are not affected.
    expect((await login(app, second, TEST_PASSWORD, office)).statusCode).toBe(200);
    expect((await login(app, first, TEST_PASSWORD, '192.0.2.51')).statusCode).toBe(200);
  });
});

describe('behind a reverse proxy (TRUST_PROXY=10.0.0.2, the proxy’s address)', () => {
  function viaProxy(
    app: TestApp,
    user: { email: string },
    password: string,
    forwarded: string,
    remoteAddress = '10.0.0.2', // the proxy
  ) {
    return app.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress,
      headers: { 'x-forwarded-for': forwarded },
      payload: { email: user.email, password },
    });
  }

  it('throttles the visitor’s address, which a forged X-Forwarded-For entry cannot change', async () => {
    const app = proxied();
    const user = await createUser(app.db);
    // The guesser prepends a different made-up address each time; the proxy appends the real one.
    for (let i = 0; i < 5; i += 1) {
      const res = await viaProxy(app, user, wrong(i), `6.6.6.${i}, 203.0.113.50`);
      expect(res.statusCode).toBe(401);
    }
    const forged = await viaProxy(app, user, TEST_PASSWORD, '6.6.6.99, 203.0.113.50');
    expect(forged.statusCode).toBe(429);
    // The owner, behind the same proxy from another address, is not affected.
    const owner = await viaProxy(app, user, TEST_PASSWORD, '198.51.100.7');
    expect(owner.statusCode, owner.body).toBe(200);
  });

  it('believes no X-Forwarded-For from a visitor who reaches the portal directly', async () => {
    const app = proxied();
    const user = await createUser(app.db);
    for (let i = 0; i < 5; i += 1) {
      // Straight from 192.0.2.33, claiming to be someone else each time.
      await viaProxy(app, user, wrong(i), `6.6.7.${i}`, '192.0.2.33');
    }
    const res = await viaProxy(app, user, TEST_PASSWORD, '6.6.7.99', '192.0.2.33');
    expect(res.statusCode).toBe(429);
  });
});
