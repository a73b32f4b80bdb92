import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const dataDir = () => mkdtempSync(path.join(tmpdir(), 'kyoso-config-'));

describe('configuration', () => {
  it('has defaults that run on a fresh machine', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      host: '0.0.0.0',
      databaseUrl: undefined,
      devMailbox: true,
      seedDemoData: true,
      publicUrl: 'http://localhost:3000',
    });
  });

  it('listens for changes on the database itself, another address, or nowhere', () => {
    const db = 'postgres://kyoso@db.internal/kyoso';
    expect(loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: db }).databaseListenUrl).toBeUndefined();
    expect(
      loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: db, DATABASE_LISTEN_URL: 'off' })
        .databaseListenUrl,
    ).toBeNull();
    const direct = 'postgres://kyoso@db-direct.internal:5432/kyoso';
    expect(
      loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: db, DATABASE_LISTEN_URL: direct })
        .databaseListenUrl,
    ).toBe(direct);
  });

  it('generates a development JWT secret once and keeps it in DATA_DIR', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir }).jwtSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: dir }).jwtSecret).toBe(first);
    expect(readFileSync(path.join(dir, 'jwt-secret'), 'utf8').trim()).toBe(first);
    expect(statSync(path.join(dir, 'jwt-secret')).mode & 0o777).toBe(0o600);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DATABASE_LISTEN_URL: 'no' }, 'DATABASE_LISTEN_URL'],
    [{ PUBLIC_URL: 'kyoso.example' }, 'PUBLIC_URL'],
    [{ SMTP_URL: 'mail.example:25' }, 'SMTP_URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
  ])('refuses %j with a message naming %s', (env, name) => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env })).toThrow(new RegExp(`${name}:`));
  });

  it('requires a JWT secret and a public URL in production, and never seeds or keeps a dev mailbox there', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        DATA_DIR: dataDir(),
        PUBLIC_URL: 'https://kyoso.example.jp',
      }),
    ).toThrow(/JWT_SECRET: required in production/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir(), JWT_SECRET: 'x'.repeat(40) }),
    ).toThrow(/PUBLIC_URL/);
    const config = loadConfig({
      NODE_ENV: 'production',
      DATA_DIR: dataDir(),
      JWT_SECRET: 'x'.repeat(40),
      PUBLIC_URL: 'https://kyoso.example.jp/',
      SEED_DEMO_DATA: 'true',
    });
    expect(config).toMatchObject({
      seedDemoData: false,
      devMailbox: false,
      isProduction: true,
      publicUrl: 'https://kyoso.example.jp',
    });
  });

  it('treats an empty variable as not set', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), SMTP_URL: '', DATABASE_URL: '' })).toMatchObject({
      smtpUrl: undefined,
      databaseUrl: undefined,
    });
  });

  it('has login throttling and rate-limit defaults, each settable', () => {
    expect(loadConfig({ DATA_DIR: dataDir() })).toMatchObject({
      trustProxy: false,
      loginThrottle: {
        freeFailures: 5,
        backoffBaseSeconds: 30,
        backoffMaxSeconds: 900,
        maxFailuresPerAccount: 100,
        maxFailuresPerIp: 200,
      },
      rateLimits: { login: { max: 20, windowMinutes: 10 }, email: { max: 20, windowMinutes: 10 } },
    });
    const set = loadConfig({
      DATA_DIR: dataDir(),
      TRUST_PROXY: 'true',
      LOGIN_FREE_FAILURES: '3',
      LOGIN_BACKOFF_BASE_SECONDS: '60',
      LOGIN_BACKOFF_MAX_SECONDS: '3600',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '50',
      LOGIN_MAX_FAILURES_PER_IP: '1000',
      LOGIN_RATE_LIMIT_MAX: '40',
      LOGIN_RATE_LIMIT_WINDOW_MINUTES: '15',
      AUTH_RATE_LIMIT_MAX: '30',
      AUTH_RATE_LIMIT_WINDOW_MINUTES: '5',
    });
    expect(set.trustProxy).toBe(true);
    const at = (value: string) =>
      loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: value }).trustProxy;
    expect(at('false')).toBe(false);
    expect(at('1')).toBe(true);
    expect(at('10.0.0.2, 192.168.0.0/16,::1')).toEqual(['10.0.0.2', '192.168.0.0/16', '::1']);
    expect(at('loopback')).toEqual(['loopback']);
    expect(set.loginThrottle).toEqual({
      freeFailures: 3,
      backoffBaseSeconds: 60,
      backoffMaxSeconds: 3600,
      maxFailuresPerAccount: 50,
      maxFailuresPerIp: 1000,
    });
    expect(set.rateLimits).toEqual({
      login: { max: 40, windowMinutes: 15 },
      email: { max: 30, windowMinutes: 5 },
    });
  });

  it.each([
    [{ LOGIN_FREE_FAILURES: '0' }, 'LOGIN_FREE_FAILURES'],
    [{ LOGIN_MAX_FAILURES_PER_ACCOUNT: 'many' }, 'LOGIN_MAX_FAILURES_PER_ACCOUNT'],
    [{ LOGIN_MAX_FAILURES_PER_IP: '-1' }, 'LOGIN_MAX_FAILURES_PER_IP'],
    [{ LOGIN_RATE_LIMIT_MAX: '0' }, 'LOGIN_RATE_LIMIT_MAX'],
    [{ TRUST_PROXY: 'maybe' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '10.0.0.0/8, not-an-address' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '2' }, 'TRUST_PROXY'],
    [
      { LOGIN_BACKOFF_BASE_SECONDS: '600', LOGIN_BACKOFF_MAX_SECONDS: '60' },
      'LOGIN_BACKOFF_MAX_SECONDS',
    ],
  ])('refuses the throttling setting %j with a message naming %s', (env, name) => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env })).toThrow(new RegExp(`${name}:`));
  });
});
