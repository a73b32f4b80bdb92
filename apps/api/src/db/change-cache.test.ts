import { eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database';
import { createProposal, createUser } from '../../test/factories';
import { proposalsTable } from '../modules/proposals/proposals.table';
import { usersTable } from '../modules/users/users.table';
import { createChangeCache } from './change-cache';
import { postgresChangeFeed, type Change, type ChangeFeed } from './change-feed';
import type { DatabaseHandle } from './client';

/** A feed driven by hand. */
function manualFeed() {
  const listeners = new Set<(change: Change) => void>();
  let live = true;
  const feed: ChangeFeed = {
    live: () => live,
    version: () => 0,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    barrier: () => undefined,
    noteLocalWrite: () => undefined,
    close: async () => undefined,
  };
  return {
    feed,
    emit: (change: Change) => listeners.forEach((l) => l(change)),
    setLive: (value: boolean) => {
      live = value;
    },
  };
}

/** A loader that counts its calls. */
function loader<V>(value: () => V) {
  const calls = { n: 0 };
  return { calls, load: async () => ((calls.n += 1), value()) };
}

async function waitFor(what: string, check: () => boolean, ms = 5_000) {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('a cache kept right by the change feed', () => {
  it('serves what it read until a change of one of its tables, then reads again', async () => {
    const { feed, emit } = manualFeed();
    const cache = createChangeCache<string>(feed, { tables: ['users'] });
    const { calls, load } = loader(() => 'v');
    expect(await cache.get('a', load)).toBe('v');
    expect(await cache.get('a', load)).toBe('v');
    expect(calls.n).toBe(1);
    emit({ table: 'proposals', id: null });
    await cache.get('a', load);
    expect(calls.n).toBe(1);
    emit({ table: 'users', id: null });
    await cache.get('a', load);
    expect(calls.n).toBe(2);
  });

  it('forgets only the entries a changed row affects', async () => {
    const { feed, emit } = manualFeed();
    const cache = createChangeCache<{ user: string }>(feed, {
      tables: ['users'],
      affects: (change, _key, value) => value.user === change.id,
    });
    await cache.get('s1', async () => ({ user: 'u1' }));
    await cache.get('s2', async () => ({ user: 'u2' }));
    emit({ table: 'users', id: 'u1' });
    expect(cache.size()).toBe(1);
    emit({ table: '*', id: null });
    expect(cache.size()).toBe(0);
  });

  it('does not keep a value read while a change came (it may be older than the change)', async () => {
    const { feed, emit } = manualFeed();
    const cache = createChangeCache<string>(feed, { tables: ['users'] });
    await cache.get('a', async () => {
      emit({ table: 'users', id: null });
      return 'read before the change committed';
    });
    expect(cache.size()).toBe(0);
  });

  it('caches nothing while the feed is down', async () => {
    const { feed, setLive } = manualFeed();
    setLive(false);
    const cache = createChangeCache<string>(feed, { tables: ['users'] });
    const { calls, load } = loader(() => 'v');
    await cache.get('a', load);
    await cache.get('a', load);
    expect(calls.n).toBe(2);
    expect(cache.size()).toBe(0);
  });

  it('reads again after maxAgeMs whatever the feed says, and keeps at most max entries', async () => {
    const { feed } = manualFeed();
    let now = 0;
    const cache = createChangeCache<string>(feed, {
      tables: ['users'],
      max: 2,
      maxAgeMs: 1_000,
      now: () => now,
    });
    const { calls, load } = loader(() => 'v');
    await cache.get('a', load);
    now = 999;
    await cache.get('a', load);
    expect(calls.n).toBe(1);
    now = 1_000;
    await cache.get('a', load);
    expect(calls.n).toBe(2);
    await cache.get('b', load);
    await cache.get('c', load);
    expect(cache.size()).toBe(2);
  });

  it('shares one load among the callers that miss at once, unless a change came meanwhile', async () => {
    const { feed, emit } = manualFeed();
    const cache = createChangeCache<string>(feed, { tables: ['proposals'] });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const calls = { n: 0 };
    const slow = async () => {
      calls.n += 1;
      const n = calls.n;
      await gate;
      return `v${n}`;
    };
    const first = [cache.get('k', slow), cache.get('k', slow), cache.get('k', slow)];
    emit({ table: 'proposals', id: 'p1' });
    // Asked after the change: it may not be given what was read before it.
    const after = cache.get('k', slow);
    release();
    expect(await Promise.all(first)).toEqual(['v1', 'v1', 'v1']);
    expect(await after).toBe('v2');
    expect(calls.n).toBe(2);
    // The first load saw the change come: only the second one is kept.
    expect(await cache.get('k', slow)).toBe('v2');
    expect(calls.n).toBe(2);
  });
});

describe('the change feed of the database', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  it('makes the next read see a change this process committed, at once', async () => {
    await waitFor('the feed', () => database.changes.live());
    const user = await createUser(database.db);
    const cache = createChangeCache<string>(database.changes, {
      tables: ['users'],
      affects: (change) => change.id === user.id,
    });
    const name = async () =>
      (
        await database.db
          .select({ name: usersTable.name })
          .from(usersTable)
          .where(eq(usersTable.id, user.id))
      )[0]?.name;
    expect(await cache.get(user.id, name)).toBe(user.name);
    for (const next of ['一人目', '二人目', '三人目']) {
      await database.db.update(usersTable).set({ name: next }).where(eq(usersTable.id, user.id));
      // No wait: the change must be seen by the very next read.
      expect(await cache.get(user.id, name)).toBe(next);
    }
    await database.db.transaction(async (tx) => {
      await tx.update(usersTable).set({ name: '取引内' }).where(eq(usersTable.id, user.id));
    });
    expect(await cache.get(user.id, name)).toBe('取引内');
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    'passes on changes committed by another process, and caches nothing while its connection is lost',
    async () => {
      const url = database.url!;
      const changes: Change[] = [];
      const feed = postgresChangeFeed(url, { retryMs: 50 });
      try {
        feed.subscribe((change) => changes.push(change));
        await waitFor('the feed', () => feed.live());
        const user = await createUser(database.db);
        const other = new pg.Client({ connectionString: url });
        await other.connect();
        try {
          await other.query('update users set name = $1 where id = $2', ['別の工程', user.id]);
          await waitFor('the change', () =>
            changes.some((c) => c.table === 'users' && c.id === user.id),
          );
          // The listening connection is cut: not live, everything forgotten, then back.
          changes.length = 0;
          await other.query(
            `select pg_terminate_backend(pid) from pg_stat_activity
             where datname = current_database() and query = 'LISTEN kyoso_changes'`,
          );
          await waitFor('the loss', () => !feed.live());
          expect(changes).toContainEqual({ table: '*', id: null });
          await waitFor('the feed again', () => feed.live());
          await other.query('update users set name = $1 where id = $2', ['再接続後', user.id]);
          await waitFor('the change after reconnecting', () =>
            changes.some((c) => c.table === 'users' && c.id === user.id),
          );
        } finally {
          await other.end();
        }
      } finally {
        await feed.close();
      }
    },
  );

  it('notifies the inbox of changes of proposals that are not drafts, not of autosaves', async () => {
    await waitFor('the feed', () => database.changes.live());
    const draft = await createProposal(database.db);
    const submitted = await createProposal(database.db, { status: 'submitted' });
    // Their own notifications delivered first.
    await database.changes.barrier();
    const changes: Change[] = [];
    const stop = database.changes.subscribe((change) => changes.push(change));
    const title = (id: string, text: string) =>
      database.db.update(proposalsTable).set({ title: text }).where(eq(proposalsTable.id, id));
    try {
      await title(draft.id, '下書きの自動保存');
      await database.changes.barrier();
      expect(changes.filter((c) => c.table === 'proposals')).toEqual([]);
      await title(submitted.id, '提出済みの変更');
      await database.changes.barrier();
      expect(changes.filter((c) => c.table === 'proposals')).toEqual([
        { table: 'proposals', id: null },
      ]);
    } finally {
      stop();
    }
  });
});
