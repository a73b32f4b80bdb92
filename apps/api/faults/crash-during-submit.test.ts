/**
 * (a) SIGKILL while 100 people submit at once (each with an Idempotency-Key), then every one of
 * them tries again: every submission the server acknowledged is there once with the reference
 * number it was given, every proposal is submitted once, and each gets one receipt — including
 * the receipts whose sending was claimed by the process that was killed.
 */
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/client';
import { startSmtpServer } from '../test/smtp';
import { createFaultDatabase, type FaultDatabase, type FaultEngine } from './support/databases';
import {
  receiptsOf,
  referenceOf,
  seedProposer,
  submitDraft,
  TEST_PASSWORD,
} from './support/fixtures';
import { isAnswered, login, sleep, waitFor, type Answer } from './support/http';
import { startServer, type ServerProcess } from './support/server-process';

const SUBMISSIONS = 100;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) {
    await cleanup();
  }
});

describe.each<FaultEngine>(['postgres', 'pglite'])('a crash during submissions (%s)', (engine) => {
  it('keeps every acknowledged submission once, with one receipt each, after a retry', async () => {
    const database: FaultDatabase = await createFaultDatabase(engine);
    cleanups.push(() => database.drop());
    const smtp = await startSmtpServer();
    cleanups.push(() => smtp.close());
    // Slow enough that the killed process has receipts claimed and not yet sent.
    smtp.state.delayMs = 40;

    const seed = await database.open();
    const me = await seedProposer(seed.db, SUBMISSIONS);
    await seed.close();

    const env = { ...database.env, SMTP_URL: smtp.url };
    let server: ServerProcess = await startServer(env);
    cleanups.push(() => server.stop('SIGKILL'));
    const cookie = await login(server.url, me.email, TEST_PASSWORD);

    // 100 submissions at once; the process is killed once some have been answered.
    const first = new Map<string, Answer>();
    const firstRound = Promise.all(
      me.drafts.map(async (draft) => {
        first.set(draft.id, await submitDraft(server.url, cookie, draft));
      }),
    );
    // Killed while receipts are being sent: some are claimed by this process and not sent yet.
    await waitFor(
      'acknowledged submissions and a receipt on its way',
      () =>
        smtp.received.length >= 1 &&
        [...first.values()].filter((a) => isAnswered(a) && a.status === 200).length >= 10,
      30_000,
      5,
    );
    const killed = await server.stop('SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    await firstRound;
    const acknowledged = new Map(
      [...first].flatMap(([id, answer]) => {
        const reference = referenceOf(answer);
        return reference ? [[id, reference] as const] : [];
      }),
    );
    const unanswered = [...first.values()].filter((a) => !isAnswered(a)).length;
    const receiptsBeforeRestart = smtp.received.length;
    smtp.state.delayMs = 0;
    // What the killed process left claimed: receipts that wait for its claims to expire.
    const between = await database.open();
    const [claimed] = await queryRows<{ n: number }>(
      between.db,
      sql`select count(*)::int as n from outbox_emails where status = 'sending'`,
    );
    await between.close();

    // Restarted on the same database; the same session is still valid; everyone tries again.
    server = await startServer(env);
    const restartedAt = Date.now();
    const retries = await Promise.all(
      me.drafts.map(
        async (draft) => [draft.id, await submitDraft(server.url, cookie, draft)] as const,
      ),
    );
    for (const [id, answer] of retries) {
      expect(isAnswered(answer) && answer.status, `retry of ${id}`).toBe(200);
      const reference = acknowledged.get(id);
      if (reference) {
        expect(referenceOf(answer)).toBe(reference);
      }
    }
    const allReceivedIn = await waitFor(
      'a receipt for every proposal',
      () => me.drafts.every((d) => receiptsOf(smtp.received, d.id).length > 0),
      60_000,
    );
    const receiptsAfter = Date.now() - restartedAt;
    // The killed process's claims expire after 10 s: by then each is taken over and recorded
    // (a receipt the SMTP server had accepted just before the kill goes out again, with the same
    // Message-ID, which the receiving side drops).
    await sleep(Math.max(0, 12_000 - (Date.now() - restartedAt)));

    await server.stop('SIGTERM');
    const check = await database.open();
    cleanups.push(() => check.close());
    const events = await queryRows<{ proposal_id: string; n: number }>(
      check.db,
      sql`select proposal_id, count(*)::int as n from proposal_events where action = 'submit' group by proposal_id`,
    );
    const references = await queryRows<{ reference_number: string }>(
      check.db,
      sql`select reference_number from proposals where status = 'submitted'`,
    );
    const rows = await queryRows<{ text_body: string; status: string }>(
      check.db,
      sql`select text_body, status from outbox_emails where template = 'proposal_received'`,
    );

    const duplicates = me.drafts.filter((d) => receiptsOf(smtp.received, d.id).length > 1).length;
    // eslint-disable-next-line no-console -- the figures of the run, for the report
    console.log(`crash during submissions (${engine}):`, {
      acknowledgedBeforeKill: acknowledged.size,
      unansweredAtKill: unanswered,
      receiptsBeforeRestart,
      claimedByKilledProcess: claimed?.n,
      allReceiptsMsAfterRestart: receiptsAfter,
      waitedMs: allReceivedIn,
      receiptCopiesWithSameMessageId: duplicates,
    });

    expect(events).toHaveLength(SUBMISSIONS);
    expect(events.every((e) => e.n === 1)).toBe(true);
    expect(new Set(references.map((r) => r.reference_number)).size).toBe(SUBMISSIONS);
    for (const reference of acknowledged.values()) {
      expect(references.map((r) => r.reference_number)).toContain(reference);
    }
    // One receipt per proposal in the outbox, all sent; at the SMTP server, one Message-ID each.
    expect(rows).toHaveLength(SUBMISSIONS);
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    for (const draft of me.drafts) {
      const ids = new Set(receiptsOf(smtp.received, draft.id).map((m) => m.messageId));
      expect(ids.size, `receipts of ${draft.id}`).toBe(1);
    }
  });
});
