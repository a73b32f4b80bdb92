/**
 * The benchmark's server: the real app on a fresh database (PGlite in a temporary folder, or a
 * new PostgreSQL database when BENCH_DATABASE_URL is set), with data made for each scenario.
 * Prints one JSON line (port, cookie, ids) on stdout when ready, then serves until killed.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openDatabase, queryRows, type Database } from '../src/db/client';

import { runMigrations } from '../src/db/migrate';
import { issueSession } from '../src/modules/auth/auth.service';
import { hashPassword } from '../src/modules/auth/passwords';
import { createOrganization } from '../src/modules/organizations/organizations.repository';
import { createUser } from '../src/modules/users/users.repository';
import { ACCESS_COOKIE, REFRESH_COOKIE } from '../src/plugins/auth';
import { proposalListQuerySchema } from '@kyoso/contracts/proposals';
import { inboxQueries } from '../src/modules/proposals/inbox.repository';
import { seedInbox, SUBMIT_POOL } from './data';
import type { CapturedQuery } from './bare-server';
import { findWebRoot } from '../src/plugins/web';
import { startProfiling, summarise, type CpuProfile } from './profile';

/** What bench/run.ts may ask over IPC: a CPU profile of a stretch of load, the memory used. */
type Command = { id: number } & (
  { profile: 'start' } | { profile: 'stop'; file: string } | { memory: true }
);

function answerCommands() {
  let stop: (() => Promise<CpuProfile>) | null = null;
  process.on('message', (message: Command) => {
    void (async () => {
      let answer: unknown = null;
      if ('memory' in message) {
        // What stays after a full collection (node --expose-gc), not what waits to be collected.
        (globalThis as { gc?: () => void }).gc?.();
        answer = process.memoryUsage();
      } else if (message.profile === 'start') {
        stop = await startProfiling();
      } else if (stop) {
        const profile = await stop();
        stop = null;
        writeFileSync(message.file, JSON.stringify(profile));
        answer = summarise(profile);
      }
      process.send?.({ id: message.id, answer });
    })();
  });
}

async function main() {
  answerCommands();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kyoso-bench-'));
  let databaseUrl: string | undefined;
  if (process.env.BENCH_DATABASE_URL) {
    const name = `${process.env.BENCH_DATABASE_PREFIX ?? 'kyoso_bench'}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL });
    await admin.connect();
    await admin.query(
      `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
    );
    await admin.end();
    const url = new URL(process.env.BENCH_DATABASE_URL);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    const drop = async () => {
      const c = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
    process.on('SIGTERM', () => void drop().finally(() => process.exit(0)));
  } else {
    process.on('SIGTERM', () => process.exit(0));
  }
  // The run's data folder (its PGlite database) goes with it.
  process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    JWT_SECRET: 'benchmark-secret-long-enough-0123456789abcdef',
    PASSWORD_HASH_COST: '14',
    LOG_LEVEL: 'silent',
  });
  const database = await openDatabase(config);
  await runMigrations(database);
  const db = database.db;

  const org = await createOrganization(db, {
    name: '株式会社ベンチマーク',
    kind: 'startup',
    corporateNumber: null,
  });
  const user = await createUser(db, {
    email: 'bench@example.test',
    name: '計測 太郎',
    role: 'proposer',
    organizationId: org.id,
    passwordHash: await hashPassword('not-used-in-bench', 14),
    emailVerifiedAt: new Date(),
  });
  const coordinator = await createUser(db, {
    email: 'desk@example.test',
    name: '窓口 花子',
    role: 'coordinator',
    passwordHash: await hashPassword('not-used-in-bench', 14),
    emailVerifiedAt: new Date(),
  });
  const seedStarted = performance.now();
  const inbox = await seedInbox(db, {
    organizationId: org.id,
    createdBy: user.id,
    count: Number(process.env.BENCH_PROPOSALS ?? 0),
  });
  const seedSeconds = Math.round((performance.now() - seedStarted) / 100) / 10;
  // One draft per connection: twenty people typing at once.
  const saveDrafts = await queryRows<{ id: string }>(
    db,
    sql`insert into proposals (kind, organization_id, created_by, title)
        select 'free', ${org.id}, ${user.id}, 'autosave ' || g from generate_series(1, 20) g returning id`,
  );
  const submitIds = await seedSubmitPool(db, org.id, user.id);

  const app = await buildApp({
    config,
    database,
    logger: false,
    // The built web app when there is one (the mixed load and Lighthouse ask for pages).
    webRoot: findWebRoot(),
    authRateLimit: { max: 1_000_000, timeWindow: 60_000 },
    // As in production: answers are written by the compiled serialisers only.
    verifySerializers: false,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const session = await issueSession(app.ctx, user, { ip: '127.0.0.1', userAgent: 'bench' });
  const access = app.jwt.sign({ sub: user.id, sid: session.sessionId }, { expiresIn: 3600 });
  const port = (app.server.address() as { port: number }).port;
  const deskSession = await issueSession(app.ctx, coordinator, {
    ip: '127.0.0.1',
    userAgent: 'bench',
  });
  const deskAccess = app.jwt.sign(
    { sub: coordinator.id, sid: deskSession.sessionId },
    { expiresIn: 3600 },
  );
  const plans =
    Number(process.env.BENCH_PROPOSALS ?? 0) > 0 ? await explainInbox(db, coordinator.id) : {};
  // The hot reads, and the one query each runs, for the bare baseline (PostgreSQL only).
  const [shown] = await queryRows<{ id: string }>(
    db,
    sql`select id from proposals where reference_number = 'KY-2026-B000003'`,
  );
  const cookies = {
    proposer: `${ACCESS_COOKIE}=${access}; ${REFRESH_COOKIE}=${session.refreshToken}`,
    desk: `${ACCESS_COOKIE}=${deskAccess}; ${REFRESH_COOKIE}=${deskSession.refreshToken}`,
  };
  const hot = hotReads(shown?.id ?? saveDrafts[0]!.id, cookies);
  const bare = databaseUrl ? await captureQueries(app, hot) : null;
  process.stdout.write(
    `${JSON.stringify({
      port,
      engine: database.engine,
      cookie: cookies.proposer,
      deskCookie: cookies.desk,
      plans,
      hot,
      seedSeconds,
      bare: bare && { databaseUrl, poolSize: 10, queries: bare },
      saveIds: saveDrafts.map((d) => d.id),

      submitIds,
      ...inbox,
    })}\n`,
  );
}

export type HotRead = {
  /** What a person does, in the bench's table. */
  label: string;
  path: string;
  cookie?: string;
  /** The query among those the request runs that the bare baseline runs too. */
  pick: (query: CapturedQuery) => boolean;
};

/**
 * The reads the issue measures against the bare baseline: a proposal by id as its proposer, the
 * desk's first inbox page, the desk's search 「見守り」, the public themes list and the public
 * statistics.
 */
function hotReads(proposalId: string, cookies: { proposer: string; desk: string }) {
  const page = (q: CapturedQuery) =>
    /from "proposals"/.test(q.text) && /order by/i.test(q.text) && !/count\(/i.test(q.text);
  const reads: Record<string, HotRead> = {
    proposal: {
      label: 'proposal by id, as its proposer',
      path: `/api/proposals/${proposalId}`,
      cookie: cookies.proposer,
      pick: (q) => q.name?.startsWith('case_load') === true,
    },
    inbox: {
      label: 'desk: first inbox page',
      path: '/api/proposals?scope=inbox&pageSize=20',
      cookie: cookies.desk,
      pick: page,
    },
    search: {
      label: 'desk: search 「見守り」',
      path: `/api/proposals?scope=inbox&pageSize=20&q=${encodeURIComponent('見守り')}`,
      cookie: cookies.desk,
      pick: page,
    },
    // The list as every visitor first sees it: the application keeps it until a theme or a
    // department changes (the cache is part of what this line measures, as for the statistics).
    themes: {
      label: 'public: themes list',
      path: '/api/themes',
      pick: (q) => /from "themes"/.test(q.text),
    },
    // A public read the application does not keep: the themes searched (a statement built for
    // the request, as every filtered list is). It shows what a public read costs per request.
    themesSearch: {
      label: 'public: themes searched 「見守り」 (not kept)',
      path: `/api/themes?q=${encodeURIComponent('見守り')}`,
      pick: (q) => /from "themes"/.test(q.text),
    },
    // The bare server computes them on every request; the application keeps them until a
    // proposal changes (the cache is what this line measures).
    statistics: {
      label: 'public: statistics of a fiscal year',
      path: '/api/public/statistics?fiscalYear=2026',
      pick: (q) => /json_agg/.test(q.text) && /from "proposals"/.test(q.text),
    },
  };
  return reads;
}

/**
 * Runs each hot read once through the application and records the statements it sends to
 * PostgreSQL; returns, for each, the one its `pick` names (exactly one must match).
 */
async function captureQueries(
  app: Awaited<ReturnType<typeof buildApp>>,
  reads: Record<string, HotRead>,
): Promise<Record<string, CapturedQuery>> {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  let sink: CapturedQuery[] = [];
  proto.query = function capture(this: unknown, ...args: unknown[]) {
    const [first, second] = args;
    if (typeof first === 'string') {
      sink.push({ text: first, values: Array.isArray(second) ? (second as unknown[]) : [] });
    } else if (first && typeof first === 'object' && 'text' in first) {
      const q = first as { name?: string; text: string; values?: unknown[] };
      // Drizzle passes the parameters as the second argument.
      const values = q.values ?? (Array.isArray(second) ? (second as unknown[]) : []);
      sink.push({ ...(q.name ? { name: q.name } : {}), text: q.text, values });
    }
    return original.apply(this, args);
  };
  const queries: Record<string, CapturedQuery> = {};
  try {
    for (const [name, read] of Object.entries(reads)) {
      sink = [];
      const answer = await app.inject({
        method: 'GET',
        url: read.path,
        headers: read.cookie ? { cookie: read.cookie } : {},
      });
      if (answer.statusCode !== 200) {
        throw new Error(`hot read ${name} answered ${answer.statusCode}: ${answer.body}`);
      }
      const picked = sink.filter(read.pick);
      if (picked.length !== 1) {
        throw new Error(
          `hot read ${name}: ${picked.length} statements match, among\n${sink.map((q) => q.text).join('\n')}`,
        );
      }
      queries[name] = picked[0]!;
    }
  } finally {
    proto.query = original;
  }
  return queries;
}

/** The query plans of the inbox's queries, as the desk runs them (EXPLAIN ANALYZE). */
async function explainInbox(db: Database, actorId: string): Promise<Record<string, string>> {
  const base = proposalListQuerySchema.parse({ scope: 'inbox' });
  const cases: Record<string, Partial<typeof base>> = {
    'inbox, first page by due date': {},
    'inbox, overdue only': { overdue: true },
    'search 「見守り」 (common)': { q: '見守り' },
    'search 「提案番号4242の」 (rare)': { q: '提案番号4242の' },
    'search 「公園」 (two characters)': { q: '公園' },
  };
  const plans: Record<string, string> = {};
  for (const [name, filters] of Object.entries(cases)) {
    const queries = inboxQueries(db, {
      scope: { kind: 'all' },
      query: { ...base, ...filters },
      today: '2026-11-20',
      actorId,
    });
    for (const [part, query] of Object.entries(queries)) {
      const rows = await queryRows<{ 'QUERY PLAN': string }>(
        db,
        sql`explain (analyze, costs off, summary on) ${query.getSQL()}`,
      );
      plans[`${name} — ${part}`] = rows.map((r) => r['QUERY PLAN']).join('\n');
    }
  }
  return plans;
}

/** Complete drafts, one per submit request. */
async function seedSubmitPool(
  db: Database,
  organizationId: string,
  createdBy: string,
): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
    insert into proposals (kind, organization_id, created_by, title, summary, problem, why_this_city, solution, city_role, company_role, city_budget, impact, kpis, desired_start, pilot, contact_name, contact_email)
    select 'free', ${organizationId}, ${createdBy},
      '見守りサービスの実証 ' || g, '一人暮らし高齢者の異変を検知して家族と民生委員に知らせる実証を行います。',
      repeat('一人暮らしの高齢者が増え、体調の急変に気づくまで時間がかかる事例があります。', 2),
      '高齢化率が高く、市の計画で見守りの強化が重点施策とされているためです。',
      repeat('工事不要のセンサーで生活リズムを学習し、異変を検知したら知らせます。', 2),
      '実証フィールドの提供をお願いします。', '機器の提供と運用を行います。', 'none',
      '異変の早期発見による重症化の防止が期待できます。', '[{"name":"連絡までの時間","target":"30分以内"}]'::jsonb,
      '2027-04', true, '計測 太郎', 'bench@example.test'
    from generate_series(1, ${Number(process.env.BENCH_SUBMIT_POOL ?? SUBMIT_POOL)}) g
    returning id`,
  );
  return rows.map((r) => r.id);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
