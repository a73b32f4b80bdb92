import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/build-app';
import { createTestDatabase } from '../../test/database';
import { isDatabaseUnavailable, openPostgres, queryRows, type DatabaseHandle } from './client';

describe('isDatabaseUnavailable', () => {
  it.each([
    [
      'a terminated backend (57P01)',
      Object.assign(new Error('terminating connection'), { code: '57P01' }),
      true,
    ],
    ['a connection exception (08006)', Object.assign(new Error('x'), { code: '08006' }), true],
    ['a refused connection', Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }), true],
    ['a dropped socket', new Error('Connection terminated unexpectedly'), true],
    ['a pool that waited too long', new Error('timeout exceeded when trying to connect'), true],
    [
      'a wrapped cause',
      new Error('Failed query', { cause: new Error('Connection terminated') }),
      true,
    ],
    ['a unique violation', Object.assign(new Error('duplicate key'), { code: '23505' }), false],
    ['a syntax error', Object.assign(new Error('syntax error'), { code: '42601' }), false],
    ['a programming error', new TypeError('x is undefined'), false],
  ])('%s → %s', (_name, error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });
});

describe('an unreachable database', () => {
  it('answers 503 service.unavailable with Retry-After, never 500', async () => {
    const dead = openPostgres('postgres://postgres@127.0.0.1:1/nowhere', {
      connectionTimeoutMs: 1000,
    });
    const t = await createTestApp({ database: dead });
    try {
      const res = await t.app.inject({ method: 'GET', url: '/api/themes' });
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBe('2');
      expect(res.json().error.code).toBe('service.unavailable');
      const ja = await t.app.inject({
        method: 'GET',
        url: '/api/themes',
        headers: { 'accept-language': 'ja' },
      });
      expect(ja.json().error.message).toContain('再度お試しください');
    } finally {
      await t.close();
      await dead.close();
    }
  });
});

const onPostgres = !!process.env.TEST_DATABASE_URL;

describe.runIf(onPostgres)('PostgreSQL connections that die (terminated by the server)', () => {
  let database: DatabaseHandle;
  let admin: pg.Client;
  beforeAll(async () => {
    database = await createTestDatabase();
    admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.end();
    await database.close();
  });

  const terminate = (pid: number) => admin.query('select pg_terminate_backend($1)', [pid]);

  /**
   * Kills the connection running a query with `marker` in its text, once it is running (polled, so
   * a slow machine does not kill too early); the number of connections killed.
   */
  async function terminateWhenRunning(marker: string): Promise<number> {
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline) {
      const { rowCount } = await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity
          where state = 'active' and query like $1 and pid <> pg_backend_pid()`,
        [`%${marker}%`],
      );
      if (rowCount) return rowCount;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return 0;
  }

  it('a transaction whose connection is killed fails cleanly: no crash, and the pool recovers', async () => {
    const pool = openPostgres(database.url!, { max: 1, connectionTimeoutMs: 2000 });
    try {
      const failed = pool.db.transaction(async (tx) => {
        const [me] = await queryRows<{ pid: number }>(tx, sql`select pg_backend_pid() as pid`);
        await terminate(me!.pid);
        // The connection is gone while no query runs: the client emits 'error' now.
        await new Promise((resolve) => setTimeout(resolve, 300));
        await tx.execute(sql`select 1`);
      });
      await expect(failed).rejects.toSatisfy(isDatabaseUnavailable);
      // The only connection of the pool was replaced: both kinds of work go on.
      await pool.db.transaction((tx) => tx.execute(sql`select 1`));
      expect(await queryRows<{ ok: number }>(pool.db, sql`select 1 as ok`)).toEqual([{ ok: 1 }]);
    } finally {
      await pool.close();
    }
  });

  it('a transaction whose BEGIN fails gives its connection back to the pool', async () => {
    const pool = openPostgres(database.url!, { max: 1, connectionTimeoutMs: 2000 });
    const internals = pool.db as unknown as { session: { client: pg.Pool } };
    let sabotage = true;
    internals.session.client.on('acquire', (client) => {
      if (sabotage) {
        sabotage = false;
        // The connection is closed between checkout and BEGIN.
        void client.end();
      }
    });
    try {
      await expect(pool.db.transaction((tx) => tx.execute(sql`select 1`))).rejects.toThrow();
      // With max: 1, a leaked client would make this wait for the pool and time out.
      await pool.db.transaction((tx) => tx.execute(sql`select 1`));
    } finally {
      await pool.close();
    }
  });

  it('a read whose connection is killed mid-query is run again and answers', async () => {
    const pool = openPostgres(database.url!, { max: 2 });
    try {
      const marker = `read-${Date.now()}`;
      const read = queryRows<{ ok: string }>(
        pool.db,
        sql`select pg_sleep(0.4), ${marker}::text as ok`,
      );
      expect(await terminateWhenRunning('pg_sleep(0.4)')).toBe(1);
      expect((await read).map((r) => r.ok)).toEqual([marker]);
    } finally {
      await pool.close();
    }
  });

  it('a write whose connection is killed is not run again (it may have committed)', async () => {
    const pool = openPostgres(database.url!, { max: 2 });
    try {
      await pool.db.execute(sql`create table if not exists write_once (n int)`);
      // Drizzle runs a query when it is awaited: start it now, so that it is running when killed.
      const write = Promise.resolve(
        pool.db.execute(sql`insert into write_once select 1 from pg_sleep(0.4)`),
      );
      // Its outcome awaited from now on: the rejection may come before the termination returns.
      const refused = expect(write).rejects.toSatisfy(isDatabaseUnavailable);
      expect(await terminateWhenRunning('insert into write_once')).toBe(1);
      await refused;
      expect(await queryRows(pool.db, sql`select * from write_once`)).toEqual([]);
    } finally {
      await pool.close();
    }
  });
});
