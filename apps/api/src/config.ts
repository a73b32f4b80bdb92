/**
 * Configuration, read from the environment once at boot and validated with zod. Nothing else in
 * the API reads `process.env`. A bad value stops the process with a message naming the variable.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** An IPv4 or IPv6 address with an optional /prefix, or a name proxy-addr knows. */
const PROXY_ADDRESS =
  /^(?:(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:.]*)(?:\/\d{1,3})?|loopback|linklocal|uniquelocal)$/i;

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_LISTEN_URL: z
    .union([
      z.literal('off'),
      z.string().regex(/^postgres(ql)?:\/\//, 'must be off or start with postgres://'),
    ])
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  /**
   * The embedded database runs one statement at a time: how many may wait in each lane (reads,
   * writes) before more are refused at once with 503 and Retry-After (ignored with DATABASE_URL).
   */
  PGLITE_MAX_WAITING: z.coerce.number().int().min(1).max(10_000).default(100),
  PUBLIC_URL: z
    .url({ error: 'must be an absolute URL such as https://kyoso.example.jp' })
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('kyoso 官民共創ポータル <no-reply@kyoso.localhost>'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  /** log2 of the scrypt cost N. 17 (128 MiB, OWASP's minimum) unless a test lowers it. */
  PASSWORD_HASH_COST: z.coerce.number().int().min(12).max(20).default(17),
  SEED_DEMO_DATA: booleanString.optional(),
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  /**
   * Behind a reverse proxy (nginx, a load balancer): the proxies whose X-Forwarded-For to believe,
   * so that `request.ip` is the visitor's address and the per-address limits work. Their
   * addresses or subnets (`127.0.0.1`, `10.0.0.2,10.1.0.0/16`, or `loopback`, `uniquelocal`):
   * a request that does not come from one of them is taken at its own address, so a visitor who
   * reaches the portal directly cannot claim another. `true` believes every entry (only safe when
   * the proxy overwrites the header and nothing else can reach the portal); `false` (the default)
   * believes none: right when the portal is reached directly.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .default('false')
    .transform((value, ctx) => {
      if (/^(true|yes|1)$/i.test(value)) {
        return true;
      }
      if (/^(false|no|0)$/i.test(value)) {
        return false;
      }
      const addresses = value.split(',').map((part) => part.trim());
      if (!addresses.every((a) => PROXY_ADDRESS.test(a))) {
        ctx.addIssue({
          code: 'custom',
          message:
            "use false, true, or the proxies' addresses or subnets separated by commas (e.g. 127.0.0.1 or 10.0.0.0/8)",
        });
        return z.NEVER;
      }
      return addresses;
    }),
  /** Failed logins per account from one address before the back-off starts. */
  LOGIN_FREE_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  /** The first wait after the free failures; it doubles with each further failure. */
  LOGIN_BACKOFF_BASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** The longest wait between two attempts on one account from one address. */
  LOGIN_BACKOFF_MAX_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  /** Failed logins per account per hour from all addresses together; then only a reset helps. */
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(100_000).default(100),
  /** Failed logins per address per hour across all accounts (password spraying). */
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).max(100_000).default(200),
  /** Login requests (successful or not) per address and account in a window. */
  LOGIN_RATE_LIMIT_MAX: z.coerce.number().int().min(1).max(100_000).default(20),
  LOGIN_RATE_LIMIT_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(10),
  /** Requests per address in a window to the endpoints that send e-mail or create accounts. */
  AUTH_RATE_LIMIT_MAX: z.coerce.number().int().min(1).max(100_000).default(20),
  AUTH_RATE_LIMIT_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(10),
  /**
   * On SIGTERM: how long the process keeps serving while `/api/health/ready` answers 503, so that
   * a load balancer stops sending to it (default 5 s in production, none otherwise) …
   */
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(120_000).optional(),
  /** … then how long requests in flight and mails being sent may take before it exits anyway. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  /** Attachments in S3-compatible storage when S3_BUCKET is set; on local disk otherwise. */
  S3_ENDPOINT: z.url().optional(),
  S3_BUCKET: z.string().min(3).optional(),
  S3_REGION: z.string().min(1).default('ap-northeast-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Development and tests only: the server's clock stands still at this instant. */
  FIXED_NOW: z.iso.datetime({ offset: true }).optional(),
  CITY_NAME: z.string().min(1).default('北九州市'),
  CITY_NAME_EN: z.string().min(1).default('Kitakyushu City'),
});

export type Config = {
  env: 'development' | 'test' | 'production';
  isProduction: boolean;
  port: number;
  host: string;
  /** PostgreSQL when set; otherwise the embedded PGlite database in `dataDir`. */
  databaseUrl: string | undefined;
  /**
   * Where each process listens for change notifications (its caches, `db/change-feed.ts`): the
   * database itself by default; another address when DATABASE_URL goes through a pooler in
   * transaction mode, which cannot carry LISTEN; null (`off`): no caches.
   */
  databaseListenUrl: string | null | undefined;
  dataDir: string;
  /** How many statements may wait for the embedded database, per lane. */
  pgliteMaxWaiting: number;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  jwtSecret: string;
  logLevel: string;
  passwordHashCost: number;
  /** Development only: fill an empty database with the demo city. */
  seedDemoData: boolean;
  /** The development mailbox (`/dev/mail`) keeps mails when no SMTP server is configured. */
  devMailbox: boolean;
  outboxPollMs: number;
  /** Fastify's `trustProxy`: none, all, or the proxies' addresses and subnets. */
  trustProxy: boolean | string[];
  /** Login throttling (see docs/SECURITY.md): back-off per account and address, then ceilings. */
  loginThrottle: {
    freeFailures: number;
    backoffBaseSeconds: number;
    backoffMaxSeconds: number;
    maxFailuresPerAccount: number;
    maxFailuresPerIp: number;
  };
  /** Request rate limits (per process): logins per address and account; e-mail endpoints per address. */
  rateLimits: {
    login: { max: number; windowMinutes: number };
    email: { max: number; windowMinutes: number };
  };
  /** Graceful shutdown: time kept serving while not ready, then the limit for what is in flight. */
  shutdown: { drainMs: number; timeoutMs: number };
  cityName: { ja: string; en: string };
  /** S3-compatible storage for attachments, or null for local disk in `dataDir`. */
  s3: {
    endpoint: string;
    bucket: string;
    region: string;
    accessKeyId: string;
    secretAccessKey: string;
  } | null;
  /** Development and tests only: a clock that stands still. */
  fixedNow: Date | null;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the secret kept in `DATA_DIR` (development), creating it on first use. */
function developmentJwtSecret(dataDir: string): string {
  const file = path.join(dataDir, 'jwt-secret');
  if (existsSync(file)) {
    return readFileSync(file, 'utf8').trim();
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

/** Parses the environment into a `Config`, or throws a `ConfigError` listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`SMTP_URL=`) means "not set", as in most .env conventions.
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  const dataDir = path.resolve(e.DATA_DIR);

  if (isProduction && !e.JWT_SECRET) {
    throw new ConfigError(
      'Invalid configuration:\n  JWT_SECRET: required in production (at least 32 random characters)',
    );
  }
  if (isProduction && !e.PUBLIC_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  PUBLIC_URL: required in production (the address users open, used in e-mail links)',
    );
  }
  if (isProduction && e.FIXED_NOW) {
    throw new ConfigError('Invalid configuration:\n  FIXED_NOW: not allowed in production');
  }
  if (e.S3_BUCKET && (!e.S3_ENDPOINT || !e.S3_ACCESS_KEY_ID || !e.S3_SECRET_ACCESS_KEY)) {
    throw new ConfigError(
      'Invalid configuration:\n  S3_BUCKET: also set S3_ENDPOINT, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY',
    );
  }
  if (e.LOGIN_BACKOFF_MAX_SECONDS < e.LOGIN_BACKOFF_BASE_SECONDS) {
    throw new ConfigError(
      'Invalid configuration:\n  LOGIN_BACKOFF_MAX_SECONDS: must be at least LOGIN_BACKOFF_BASE_SECONDS',
    );
  }
  if (isProduction && e.PASSWORD_HASH_COST < 17) {
    throw new ConfigError(
      'Invalid configuration:\n  PASSWORD_HASH_COST: must be at least 17 in production',
    );
  }

  return {
    env: e.NODE_ENV,
    isProduction,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databaseListenUrl: e.DATABASE_LISTEN_URL === 'off' ? null : e.DATABASE_LISTEN_URL,
    dataDir,
    pgliteMaxWaiting: e.PGLITE_MAX_WAITING,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    jwtSecret: e.JWT_SECRET ?? developmentJwtSecret(dataDir),
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'),
    passwordHashCost: e.PASSWORD_HASH_COST,
    seedDemoData: !isProduction && (e.SEED_DEMO_DATA ?? e.NODE_ENV === 'development'),
    devMailbox: !isProduction && !e.SMTP_URL,
    outboxPollMs: e.OUTBOX_POLL_MS,
    trustProxy: e.TRUST_PROXY,
    shutdown: {
      drainMs: e.SHUTDOWN_DRAIN_MS ?? (isProduction ? 5_000 : 0),
      timeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    },
    loginThrottle: {
      freeFailures: e.LOGIN_FREE_FAILURES,
      backoffBaseSeconds: e.LOGIN_BACKOFF_BASE_SECONDS,
      backoffMaxSeconds: e.LOGIN_BACKOFF_MAX_SECONDS,
      maxFailuresPerAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerIp: e.LOGIN_MAX_FAILURES_PER_IP,
    },
    rateLimits: {
      login: { max: e.LOGIN_RATE_LIMIT_MAX, windowMinutes: e.LOGIN_RATE_LIMIT_WINDOW_MINUTES },
      email: { max: e.AUTH_RATE_LIMIT_MAX, windowMinutes: e.AUTH_RATE_LIMIT_WINDOW_MINUTES },
    },
    cityName: { ja: e.CITY_NAME, en: e.CITY_NAME_EN },
    s3:
      e.S3_BUCKET && e.S3_ENDPOINT && e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
        ? {
            endpoint: e.S3_ENDPOINT,
            bucket: e.S3_BUCKET,
            region: e.S3_REGION,
            accessKeyId: e.S3_ACCESS_KEY_ID,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY,
          }
        : null,
    fixedNow: e.FIXED_NOW ? new Date(e.FIXED_NOW) : null,
  };
}
