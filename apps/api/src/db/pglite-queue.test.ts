import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPgliteQueue,
  databaseLane,
  DatabaseBusyError,
  isDatabaseBusy,
  type DatabaseLane,
} from './pglite-queue';

let pglite: PGlite;
beforeAll(async () => {
  pglite = await PGlite.create();
});
afterAll(async () => {
  if (!pglite.closed) {
    await pglite.close();
  }
});

function inLane<T>(lane: DatabaseLane, work: () => Promise<T>): Promise<T> {
  return databaseLane.run(lane, work);
}

describe('the queue in front of PGlite', () => {
  it('serves a write queued behind many reads after at most one of them', async () => {
    const queue = createPgliteQueue(pglite);
    const order: string[] = [];
    const reads = Array.from({ length: 30 }, (_, i) =>
      inLane('read', () => queue.client.query(`select ${i}`)).then(() => order.push(`r${i}`)),
    );
    const write = inLane('write', () => queue.client.query('select 1')).then(() => order.push('w'));
    await Promise.all([...reads, write]);
    expect(order.indexOf('w')).toBeLessThanOrEqual(1);
  });

  it('lets the event loop run between statements (a timer is not kept waiting by the queue)', async () => {
    const queue = createPgliteQueue(pglite);
    let finished = 0;
    let finishedWhenTimerFired = -1;
    setTimeout(() => {
      finishedWhenTimerFired = finished;
    }, 0);
    // Each statement is queued from the callback of the one before, as a request does.
    await inLane('read', async () => {
      for (let i = 0; i < 200; i += 1) {
        await queue.client.query('select 1');
        finished += 1;
      }
    });
    expect(finishedWhenTimerFired).toBeGreaterThanOrEqual(0);
    expect(finishedWhenTimerFired).toBeLessThan(200);
  });

  it('refuses at once what exceeds a full lane, and serves the other lane', async () => {
    const queue = createPgliteQueue(pglite, { maxWaiting: 5 });
    const reads = Array.from({ length: 8 }, (_, i) =>
      inLane('read', () => queue.client.query(`select ${i}`)),
    );
    const write = inLane('write', () => queue.client.query('select 1'));
    const settled = await Promise.allSettled(reads);
    const refused = settled.filter((s) => s.status === 'rejected');
    expect(refused).toHaveLength(3);
    expect(refused.every((s) => s.reason instanceof DatabaseBusyError)).toBe(true);
    expect(isDatabaseBusy(new Error('wrapped', { cause: refused[0]!.reason }))).toBe(true);
    await expect(write).resolves.toBeDefined();
  });

  it("never refuses the server's own work, nor counts it against the requests", async () => {
    const queue = createPgliteQueue(pglite, { maxWaiting: 5 });
    // The outbox and the daily jobs run outside any request.
    const own = Array.from({ length: 12 }, (_, i) => queue.client.query(`select ${i}`));
    const writes = Promise.allSettled(
      Array.from({ length: 6 }, (_, i) => inLane('write', () => queue.client.query(`select ${i}`))),
    );
    await expect(Promise.all(own)).resolves.toHaveLength(12);
    const settled = await writes;
    // Five requests' statements wait; the sixth is refused, whatever the server's own queue holds.
    expect(settled.map((s) => s.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
    ]);
  });

  it('runs transactions as one turn and keeps their statements together', async () => {
    const queue = createPgliteQueue(pglite);
    await pglite.exec('create table if not exists q_tx (n int)');
    await Promise.all([
      inLane('write', () =>
        queue.client.transaction(async (tx) => {
          await tx.query('insert into q_tx values (1)');
          await tx.query('insert into q_tx values (2)');
        }),
      ),
      inLane('read', () => queue.client.query('select count(*) from q_tx')),
    ]);
    expect((await pglite.query<{ n: number }>('select n from q_tx order by n')).rows).toEqual([
      { n: 1 },
      { n: 2 },
    ]);
  });

  it('closes only once every queued statement has run', async () => {
    const own = await PGlite.create();
    const queue = createPgliteQueue(own);
    const answers = Array.from({ length: 20 }, (_, i) =>
      inLane('read', () => queue.client.query<{ n: number }>(`select ${i} as n`)),
    );
    await queue.close();
    expect((await Promise.all(answers)).map((a) => a.rows[0]!.n)).toEqual(
      Array.from({ length: 20 }, (_, i) => i),
    );
    expect(own.closed).toBe(true);
  });
});
