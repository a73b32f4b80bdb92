/**
 * (e) SIGTERM while the server is under load: every request it accepted gets an answer before it
 * exits, none is reset, and it exits 0. The clients behave as a load balancer does: they watch
 * `/api/health/ready` and stop sending new requests once it answers 503 (the server keeps
 * serving for SHUTDOWN_DRAIN_MS, here 2 s, before it stops listening). A request sent after it
 * stopped listening is refused (ECONNREFUSED): it never reached the server, and a load balancer
 * sends it to another process; a request that reached it is never reset.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createFaultDatabase, type FaultEngine } from './support/databases';
import { seedProposer, TEST_PASSWORD } from './support/fixtures';
import { call, isAnswered, login, runLoad, sleep, summarize } from './support/http';
import { startServer } from './support/server-process';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) {
    await cleanup();
  }
});

describe.each<FaultEngine>(['postgres', 'pglite'])('SIGTERM under load (%s)', (engine) => {
  it('answers every accepted request, then exits 0', async () => {
    const database = await createFaultDatabase(engine);
    cleanups.push(() => database.drop());
    const seed = await database.open();
    const me = await seedProposer(seed.db, 10);
    await seed.close();
    const server = await startServer({ ...database.env, SHUTDOWN_DRAIN_MS: '2000' });
    cleanups.push(() => server.stop('SIGKILL'));
    const cookie = await login(server.url, me.email, TEST_PASSWORD);

    let exited = false;
    void server.exited.then(() => {
      exited = true;
    });
    // The load balancer's health check, every 100 ms.
    let ready = true;
    const watching = (async () => {
      while (ready && !exited) {
        const answer = await call(`${server.url}/api/health/ready`);
        ready = isAnswered(answer) && answer.status === 200;
        await sleep(100);
      }
    })();
    let sigtermAt = 0;
    const load = (concurrency: number, request: (n: number) => ReturnType<typeof call>) =>
      runLoad({ concurrency, maxMs: 30_000, shouldStop: () => exited || !ready, request });
    const [reads, writes, exit] = await Promise.all([
      load(40, (n) => call(`${server.url}/api/proposals/${me.drafts[n % 10]!.id}`, { cookie })),
      load(4, (n) =>
        call(`${server.url}/api/proposals/${me.drafts[n % 10]!.id}`, {
          method: 'PATCH',
          cookie,
          body: { summary: `停止直前の保存 ${n}` },
        }),
      ),
      (async () => {
        await sleep(3_000);
        sigtermAt = Date.now();
        return server.stop('SIGTERM');
      })(),
    ]);
    await watching;
    const all = summarize([...reads.answers, ...writes.answers]);
    const lost = all.answers.filter((a) => !isAnswered(a) && a.error !== 'ECONNREFUSED');
    // eslint-disable-next-line no-console -- the figures of the run, for the report
    console.log(`SIGTERM under load (${engine}):`, {
      reads: reads.byStatus,
      writes: writes.byStatus,
      exit,
      exitMsAfterSigterm: Date.now() - sigtermAt,
    });
    expect(exit).toEqual({ code: 0, signal: null });
    expect(lost).toEqual([]);
    expect(all.answers.filter((a) => isAnswered(a) && a.status !== 200)).toEqual([]);
    // Writes were served while the reads kept the database busy (none were, on PGlite, before
    // its queue took reads and writes in turns).
    expect(writes.byStatus['200'] ?? 0).toBeGreaterThan(0);
    expect(server.errors().map((l) => l.raw)).toEqual([]);
  });
});
