/**
 * The benchmark's server: the real app on a fresh database (PGlite in a temporary folder, or a
 * new PostgreSQL database when BENCH_DATABASE_URL is set), with data made for each scenario.
 * Prints one JSON line (port, cookie, ids) on stdout when ready, then serves until killed.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
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

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kyoso-bench-'));
  let databaseUrl: string | undefined;
  if (process.env.BENCH_DATABASE_URL) {
    const name = `kyoso_bench_${randomBytes(4).toString('hex')}`;
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
  const inbox = await seedInbox(db, {
    organizationId: org.id,
    createdBy: user.id,
    count: Number(process.env.BENCH_PROPOSALS ?? 0),
  });
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
    webRoot: null,
    authRateLimit: { max: 1_000_000, timeWindow: 60_000 },
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
  process.stdout.write(
    `${JSON.stringify({
      port,
      engine: database.engine,
      cookie: `${ACCESS_COOKIE}=${access}; ${REFRESH_COOKIE}=${session.refreshToken}`,
      deskCookie: `${ACCESS_COOKIE}=${deskAccess}; ${REFRESH_COOKIE}=${deskSession.refreshToken}`,
      plans,
      saveIds: saveDrafts.map((d) => d.id),

      submitIds,
      ...inbox,
    })}\n`,
  );
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
    from generate_series(1, ${SUBMIT_POOL}) g
    returning id`,
  );
  return rows.map((r) => r.id);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
