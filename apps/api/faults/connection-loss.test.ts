/**
 * (c) The database drops the API's connections under load (`pg_terminate_backend` from another
 * client, every 250 ms): the process must survive, never answer 500, and recover by itself —
 * reads retried once or answered 503 with Retry-After, writes answered 503 at worst — and the
 * outbox keeps sending.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer } from '../test/smtp';
import { createFaultDatabase, type FaultDatabase } from './support/databases';
import { seedProposer, TEST_PASSWORD, type Draft } from './support/fixtures';
import { call, isAnswered, login, runLoad, sleep, summarize, waitFor } from './support/http';
import { startServer, type ServerProcess } from './support/server-process';

let database: FaultDatabase;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let server: ServerProcess | undefined;

beforeAll(async () => {
  database = await createFaultDatabase('postgres');
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await server?.stop('SIGKILL');
  await smtp.close();
  await database.drop();
});

describe('connections terminated under load (PostgreSQL)', () => {
  it('survives, answers 2xx or 503 with Retry-After (never 500) and recovers by itself', async () => {
    const handle = await database.open();
    const me = await seedProposer(handle.db, 60);
    await handle.close();
    server = await startServer({ ...database.env, SMTP_URL: smtp.url });
    const cookie = await login(server.url, me.email, TEST_PASSWORD);
    const base = server.url;

    const killer = new pg.Client({ connectionString: database.url });
    await killer.connect();
    let terminated = 0;
    let stop = false;
    const killing = (async () => {
      while (!stop) {
        const { rowCount } = await killer.query(
          'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
        );
        terminated += rowCount ?? 0;
        await sleep(250);
      }
    })();

    const drafts: Draft[] = [...me.drafts];
    const submitted: string[] = [];
    const [reads, saves, submits] = await Promise.all([
      runLoad({
        concurrency: 8,
        shouldStop: () => server?.child.exitCode !== null,
        maxMs: 8_000,
        request: (n) => call(`${base}/api/proposals/${drafts[n % drafts.length]!.id}`, { cookie }),
      }),
      runLoad({
        concurrency: 2,
        maxMs: 8_000,
        request: (n) =>
          call(`${base}/api/proposals/${me.drafts[n % 10]!.id}`, {
            method: 'PATCH',
            cookie,
            body: { summary: `自動保存 ${n}` },
          }),
      }),
      runLoad({
        concurrency: 2,
        maxMs: 8_000,
        maxRequests: 50,
        request: async (n) => {
          const draft = me.drafts[10 + n - 1]!;
          const answer = await call(`${base}/api/proposals/${draft.id}/transitions`, {
            method: 'POST',
            cookie,
            headers: { 'idempotency-key': `submit-${draft.id}` },
            body: { action: 'submit', version: draft.version },
          });
          if (isAnswered(answer) && answer.status === 200) {
            submitted.push(draft.id);
          }
          return answer;
        },
      }),
    ]);
    stop = true;
    await killing;
    await killer.end();

    if (server.child.exitCode !== null) {
      // eslint-disable-next-line no-console -- why it died
      console.log(
        server
          .errors()
          .map((l) => l.raw)
          .join('\n')
          .slice(0, 3000),
      );
    }
    const all = summarize([...reads.answers, ...saves.answers, ...submits.answers]);
    // eslint-disable-next-line no-console -- the figures of the run, for the report
    console.log('connection loss:', {
      terminated,
      reads: reads.byStatus,
      saves: saves.byStatus,
      submits: submits.byStatus,
    });
    expect(terminated).toBeGreaterThan(10);
    expect(server.child.exitCode).toBeNull();
    expect(server.logs.filter((l) => /shutting down after an error/.test(l.msg ?? ''))).toEqual([]);
    const bad = all.answers.filter(
      (a) =>
        !isAnswered(a) ||
        (a.status >= 500 && !(a.status === 503 && a.retryAfter !== null)) ||
        (a.status >= 400 && a.status < 500 && a.status !== 409),
    );
    expect(bad.slice(0, 5)).toEqual([]);
    expect(all.byStatus['500'] ?? 0).toBe(0);

    // It recovers by itself: reads and writes work again at once.
    await waitFor(
      'a read to succeed',
      async () => {
        const answer = await call(`${base}/api/proposals/${me.drafts[0]!.id}`, { cookie });
        return isAnswered(answer) && answer.status === 200;
      },
      5_000,
    );
    for (let i = 0; i < 20; i += 1) {
      const answer = await call(`${base}/api/proposals/${me.drafts[i % 10]!.id}`, {
        method: 'PATCH',
        cookie,
        body: { summary: `回復後 ${i}` },
      });
      expect(isAnswered(answer) && answer.status).toBe(200);
    }
    // Every acknowledged submission gets its receipt.
    await waitFor(
      'every receipt',
      () =>
        submitted.every((id) =>
          smtp.received.some((m) => (m.text ?? '').includes(`/proposals/${id}`)),
        ),
      20_000,
    );
    expect(server.child.exitCode).toBeNull();
  });
});
