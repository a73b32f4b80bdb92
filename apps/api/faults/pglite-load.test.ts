/**
 * PGlite under a read load: the embedded database runs one statement at a time. A new visitor's
 * first request, and a save, must not wait behind every queued read; beyond what the queue
 * holds, requests are refused at once with 503 and Retry-After rather than left waiting.
 */
import http from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { createFaultDatabase } from './support/databases';
import { seedProposer, TEST_PASSWORD } from './support/fixtures';
import { call, isAnswered, login, runLoad, sleep, summarize } from './support/http';
import { startServer } from './support/server-process';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) {
    await cleanup();
  }
});

/** A request on a connection of its own (no keep-alive pool): a new visitor. */
function freshRequest(url: string): Promise<{ status: number; ms: number }> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: Date.now() - start }));
    });
    req.on('error', reject);
  });
}

const percentile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ??
  0;

describe('PGlite under a read load', () => {
  it('serves new visitors and saves between the reads, and refuses the excess with 503', async () => {
    const database = await createFaultDatabase('pglite');
    cleanups.push(() => database.drop());
    const seed = await database.open();
    const me = await seedProposer(seed.db, 10);
    await seed.close();
    // A short queue: it holds the 5 readers of the load (which keep it busy throughout) but not
    // the burst of 400 below, whatever the machine's speed (with the default of 100 the burst
    // needed thousands of sockets, which a loaded machine dropped before the server saw them).
    const server = await startServer({ ...database.env, PGLITE_MAX_WAITING: '8' });
    cleanups.push(() => server.stop('SIGKILL'));
    const cookie = await login(server.url, me.email, TEST_PASSWORD);
    const read = (n: number) =>
      call(`${server.url}/api/proposals/${me.drafts[n % 10]!.id}`, { cookie });

    let loading = true;
    const loadEndsAt = Date.now() + 5_000;
    const newVisitors: { status: number; ms: number; servedBeforeLoadEnd: boolean }[] = [];
    const saves: number[] = [];
    const [reads] = await Promise.all([
      runLoad({ concurrency: 5, maxMs: loadEndsAt - Date.now(), request: read }).finally(() => {
        loading = false;
      }),
      (async () => {
        await sleep(500);
        while (loading) {
          const visit = await freshRequest(`${server.url}/api/health`);
          newVisitors.push({ ...visit, servedBeforeLoadEnd: Date.now() < loadEndsAt });
          await sleep(200);
        }
      })(),
      (async () => {
        await sleep(500);
        for (let n = 0; loading; n += 1) {
          const start = Date.now();
          const answer = await call(`${server.url}/api/proposals/${me.drafts[n % 10]!.id}`, {
            method: 'PATCH',
            cookie,
            body: { summary: `読み込み中の保存 ${n}` },
          });
          if (loading && isAnswered(answer) && answer.status === 200) {
            saves.push(Date.now() - start);
          }
        }
      })(),
    ]);

    // A burst far beyond what the queue holds: answered at once, 200 or 503 with Retry-After.
    const burst = summarize(await Promise.all(Array.from({ length: 400 }, (_, n) => read(n))));
    // eslint-disable-next-line no-console -- the figures of the run, for the report
    console.log('PGlite under a read load:', {
      reads: reads.byStatus,
      newVisitorFirstRequestMs: {
        n: newVisitors.length,
        p50: percentile(
          newVisitors.map((v) => v.ms),
          0.5,
        ),
        max: Math.max(...newVisitors.map((v) => v.ms)),
      },
      savesDuringLoad: { n: saves.length, p50: percentile(saves, 0.5), max: Math.max(...saves) },
      burstOf400: burst.byStatus,
    });

    expect(reads.byStatus['500'] ?? 0).toBe(0);
    // New visitors are served while the load goes on, not once it is over (the order in which
    // reads and writes take turns is checked in db/pglite-queue.test.ts).
    expect(newVisitors.filter((v) => v.servedBeforeLoadEnd).length).toBeGreaterThan(0);
    expect(newVisitors.every((v) => v.status === 200)).toBe(true);
    expect(saves.length).toBeGreaterThan(0);
    const refused = burst.answers.filter((a) => isAnswered(a) && a.status === 503);
    expect(burst.answers.every((a) => isAnswered(a) && [200, 503].includes(a.status))).toBe(true);
    expect(refused.length).toBeGreaterThan(0);
    for (const answer of refused) {
      expect(isAnswered(answer) && answer.retryAfter).toBe('2');
      expect(isAnswered(answer) && JSON.parse(answer.body).error.code).toBe('service.busy');
    }
    expect(server.child.exitCode).toBeNull();
  });
});
