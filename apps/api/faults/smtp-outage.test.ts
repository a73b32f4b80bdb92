/**
 * (b) The SMTP server goes away for 20 s while proposals are submitted, then comes back: every
 * mail arrives once, and mail flows again within seconds of the server's return (no per-mail
 * backoff that leaves mail waiting long after the outage).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startSmtpServer } from '../test/smtp';
import { createFaultDatabase, type FaultEngine } from './support/databases';
import { receiptsOf, seedProposer, submitDraft, TEST_PASSWORD } from './support/fixtures';
import { isAnswered, login, sleep, waitFor } from './support/http';
import { startServer } from './support/server-process';

const OUTAGE_MS = 20_000;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) {
    await cleanup();
  }
});

describe.each<FaultEngine>(['postgres', 'pglite'])('an SMTP outage (%s)', (engine) => {
  it('delivers every mail once, within seconds of the server coming back', async () => {
    const database = await createFaultDatabase(engine);
    cleanups.push(() => database.drop());
    const smtp = await startSmtpServer();
    cleanups.push(() => smtp.close());
    const seed = await database.open();
    const me = await seedProposer(seed.db, 24);
    await seed.close();
    const server = await startServer({ ...database.env, SMTP_URL: smtp.url });
    cleanups.push(() => server.stop('SIGKILL'));
    const cookie = await login(server.url, me.email, TEST_PASSWORD);
    const submit = async (index: number) => {
      const answer = await submitDraft(server.url, cookie, me.drafts[index]!);
      expect(isAnswered(answer) && answer.status).toBe(200);
    };

    // Before the outage: mail flows.
    for (let i = 0; i < 4; i += 1) {
      await submit(i);
    }
    await waitFor('the first receipts', () => smtp.received.length >= 4, 10_000);

    // The server goes away; submissions go on, spread over the outage.
    await smtp.down();
    const downAt = Date.now();
    for (let i = 4; i < 24; i += 1) {
      await submit(i);
      await sleep((OUTAGE_MS - 2_000) / 20);
    }
    await sleep(Math.max(0, OUTAGE_MS - (Date.now() - downAt)));
    expect(smtp.received).toHaveLength(4);

    await smtp.up();
    const backIn = await waitFor(
      'every receipt',
      () => me.drafts.every((d) => receiptsOf(smtp.received, d.id).length > 0),
      60_000,
      50,
    );
    // eslint-disable-next-line no-console -- the figures of the run, for the report
    console.log(`SMTP outage (${engine}):`, {
      outageMs: Date.now() - downAt - backIn,
      deliveredAllWithinMsOfRecovery: backIn,
      received: smtp.received.length,
    });
    expect(backIn).toBeLessThan(10_000);
    await sleep(1_000);
    expect(smtp.received).toHaveLength(24);
    for (const draft of me.drafts) {
      expect(receiptsOf(smtp.received, draft.id)).toHaveLength(1);
    }
    expect(server.child.exitCode).toBeNull();
  });
});
