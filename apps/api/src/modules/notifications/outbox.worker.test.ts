import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, testConfig } from '../../../test/build-app';
import { createTestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { startSmtpServer } from '../../../test/smtp';
import type { DatabaseHandle } from '../../db/client';
import { createSmtpTransport } from './mail-transport';
import { enqueueEmail } from './outbox.service';
import { outboxEmailsTable } from './outbox.table';
import { createOutboxWorker, retryDelayMs, type OutboxWorker } from './outbox.worker';

let database: DatabaseHandle;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const config = testConfig({ MAIL_FROM: 'kyoso 官民共創ポータル <no-reply@kyoso.test>' });
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined } as never;

beforeAll(async () => {
  database = await createTestDatabase();
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp.close();
  await database.close();
});

function worker(
  options: { baseDelayMs?: number; maxAttempts?: number; url?: string; leaseMs?: number } = {},
): OutboxWorker {
  return createOutboxWorker({
    db: database.db,
    transport: createSmtpTransport(options.url ?? smtp.url),
    from: config.mailFrom,
    logger: silent,
    pollMs: 20,
    baseDelayMs: options.baseDelayMs ?? 30_000,
    maxAttempts: options.maxAttempts ?? 8,
    ...(options.leaseMs ? { leaseMs: options.leaseMs } : {}),
  });
}

async function enqueue(to: string) {
  return database.db.transaction((tx) =>
    enqueueEmail({
      tx,
      config,
      to,
      language: 'ja',
      template: 'password_reset',
      data: {
        name: '共創 太郎',
        link: 'http://kyoso.test/reset-password?token=abc',
        expiresMinutes: 60,
      },
    }),
  );
}

async function row(id: string) {
  const [found] = await database.db
    .select()
    .from(outboxEmailsTable)
    .where(eq(outboxEmailsTable.id, id));
  return found!;
}

const receivedBy = (address: string) =>
  smtp.received.filter((m) => m.to && JSON.stringify(m.to).includes(address));

describe('the outbox worker over real SMTP', () => {
  it('delivers a committed e-mail with its Japanese subject, both bodies and a stable Message-ID', async () => {
    smtp.state.mode = 'accept';
    const { id } = await enqueue('deliver@example.test');
    expect(await worker().runOnce()).toBeGreaterThanOrEqual(1);
    const [mail] = receivedBy('deliver@example.test');
    expect(mail?.subject).toBe('【kyoso 官民共創ポータル】パスワード再設定のご案内');
    expect(mail?.from?.text).toContain('no-reply@kyoso.test');
    expect(mail?.text).toContain('http://kyoso.test/reset-password?token=abc');
    expect(mail?.html).toContain('パスワードを再設定する');
    const sent = await row(id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, transport: 'smtp', lastError: null });
    expect(mail?.messageId).toBe(sent.messageId);
  });

  it('retries a temporary refusal (451) with backoff, then delivers once', async () => {
    smtp.state.mode = 'tempfail';
    const { id } = await enqueue('retry@example.test');
    // Long enough that a loaded machine still runs the early attempt before it is due.
    const w = worker({ baseDelayMs: 1_500 });
    const before = Date.now();
    await w.runOnce();
    const waiting = await row(id);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting.lastError).toContain('451');
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 1_500);

    smtp.state.mode = 'accept';
    await w.runOnce(); // too early: nothing is due yet
    expect((await row(id)).status).toBe('pending');
    const due = waiting.nextAttemptAt.getTime() - Date.now();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due) + 50));
    await w.runOnce();
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(receivedBy('retry@example.test')).toHaveLength(1);
  });

  it('gives up at once on a permanent refusal (550) and keeps the reason', async () => {
    smtp.state.mode = 'permfail';
    const { id } = await enqueue('refused@example.test');
    await worker().runOnce();
    smtp.state.mode = 'accept';
    expect(await row(id)).toMatchObject({ status: 'failed', attempts: 1 });
    expect((await row(id)).lastError).toContain('550');
  });

  it('keeps a mail when the SMTP server is down and gives up after the last attempt', async () => {
    const { id } = await enqueue('down@example.test');
    const w = worker({ url: 'smtp://127.0.0.1:1', baseDelayMs: 1, maxAttempts: 3 });
    for (let i = 0; i < 3; i += 1) {
      await w.runOnce();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await row(id)).toMatchObject({ status: 'failed', attempts: 3 });
  });

  it('never sends a mail twice when two workers run at the same time', async () => {
    smtp.state.mode = 'accept';
    smtp.state.delayMs = 5;
    const ids = [];
    for (let i = 0; i < 12; i += 1) {
      ids.push((await enqueue(`parallel-${i}@example.test`)).id);
    }
    await Promise.all([worker().runOnce(), worker().runOnce(), worker().runOnce()]);
    smtp.state.delayMs = 0;
    const rows = await database.db
      .select()
      .from(outboxEmailsTable)
      .where(inArray(outboxEmailsTable.id, ids));
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
    for (let i = 0; i < 12; i += 1) {
      expect(receivedBy(`parallel-${i}@example.test`)).toHaveLength(1);
    }
  });

  it('finishes the send in flight when stopped, so a restart neither re-sends nor loses it', async () => {
    smtp.state.mode = 'accept';
    smtp.state.delayMs = 300;
    const { id } = await enqueue('restart@example.test');
    const first = worker();
    first.start();
    await new Promise((resolve) => setTimeout(resolve, 100)); // the SMTP server is still accepting
    await first.stop();
    smtp.state.delayMs = 0;
    expect(await row(id)).toMatchObject({ status: 'sent' });
    await worker().runOnce();
    expect(receivedBy('restart@example.test')).toHaveLength(1);
  });

  it('sends a mail whose worker died mid-send once its claim has expired', async () => {
    smtp.state.mode = 'accept';
    const { id } = await enqueue('crashed@example.test');
    await database.db
      .update(outboxEmailsTable)
      .set({ status: 'sending', attempts: 1, lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(outboxEmailsTable.id, id));
    await worker().runOnce();
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(receivedBy('crashed@example.test')).toHaveLength(1);
  });

  it('leaves a claimed mail alone while its claim is valid', async () => {
    const { id } = await enqueue('claimed@example.test');
    await database.db
      .update(outboxEmailsTable)
      .set({ status: 'sending', attempts: 1, lockedUntil: new Date(Date.now() + 60_000) })
      .where(eq(outboxEmailsTable.id, id));
    await worker().runOnce();
    expect((await row(id)).status).toBe('sending');
    expect(receivedBy('claimed@example.test')).toHaveLength(0);
  });

  it('records a mail the SMTP server accepted even when recording fails at first, and never sends it again', async () => {
    smtp.state.mode = 'accept';
    // The database refuses the first two attempts to mark this mail as sent.
    await database.db.execute(sql`create sequence if not exists fail_mark_sent_seq`);
    await database.db.execute(sql`
      create or replace function fail_mark_sent() returns trigger language plpgsql as $$
      begin
        if new.status = 'sent' and new.to_address = 'bookkeeping@example.test'
          and nextval('fail_mark_sent_seq') <= 2 then
          raise exception 'simulated failure while recording the send';
        end if;
        return new;
      end $$`);
    await database.db.execute(sql`
      create trigger fail_mark_sent before update on outbox_emails
      for each row execute function fail_mark_sent()`);
    try {
      const { id } = await enqueue('bookkeeping@example.test');
      const w = worker({ baseDelayMs: 1 });
      await w.runOnce();
      await new Promise((resolve) => setTimeout(resolve, 20));
      await w.runOnce();
      expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
      expect(receivedBy('bookkeeping@example.test')).toHaveLength(1);
    } finally {
      await database.db.execute(sql`drop trigger fail_mark_sent on outbox_emails`);
    }
  });

  it('keeps the claim of a slow send alive, so that another worker never sends it too', async () => {
    smtp.state.mode = 'accept';
    smtp.state.delayMs = 900;
    const { id } = await enqueue('slow@example.test');
    const lease = { leaseMs: 300 };
    try {
      const first = worker(lease).runOnce();
      await new Promise((resolve) => setTimeout(resolve, 600)); // longer than the lease
      await worker(lease).runOnce();
      await first;
    } finally {
      smtp.state.delayMs = 0;
    }
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(receivedBy('slow@example.test')).toHaveLength(1);
  });

  it('claims a mail for seconds, not minutes, so that a killed process’s mail is taken over soon', async () => {
    const { id } = await enqueue('lease@example.test');
    let release: () => void = () => undefined;
    const blocked = new Promise<void>((resolve) => {
      release = resolve;
    });
    let claimedFor = 0;
    const w = createOutboxWorker({
      db: database.db,
      transport: {
        kind: 'smtp',
        async send() {
          const claimed = await row(id);
          claimedFor = claimed.lockedUntil!.getTime() - Date.now();
          await blocked;
        },
        verify: async () => undefined,
        close: () => undefined,
      },
      from: config.mailFrom,
      logger: silent,
      pollMs: 20,
    });
    const run = w.runOnce();
    await vi.waitFor(() => expect(claimedFor).toBeGreaterThan(0));
    release();
    await run;
    expect(claimedFor).toBeLessThanOrEqual(10_000);
    expect((await row(id)).status).toBe('sent');
  });

  it('sends within moments once an unreachable SMTP server is back, however long it was down', async () => {
    const flaky = await startSmtpServer();
    await flaky.down();
    const w = createOutboxWorker({
      db: database.db,
      transport: createSmtpTransport(flaky.url),
      from: config.mailFrom,
      logger: silent,
      pollMs: 50,
      probeMs: 200,
    });
    const ids = [];
    for (let i = 0; i < 3; i += 1) {
      ids.push((await enqueue(`outage-${i}@example.test`)).id);
    }
    w.start();
    try {
      await vi.waitFor(() => expect(w.isPaused()).toBe(true), { timeout: 5_000 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(flaky.received).toHaveLength(0);
      // Mails that were never tried while the server was down keep their attempts.
      const waiting = await database.db
        .select()
        .from(outboxEmailsTable)
        .where(inArray(outboxEmailsTable.id, ids));
      expect(waiting.every((r) => r.status === 'pending' && r.attempts <= 1)).toBe(true);

      await flaky.up();
      const upAt = Date.now();
      await vi.waitFor(() => expect(flaky.received).toHaveLength(3), { timeout: 2_000 });
      expect(Date.now() - upAt).toBeLessThan(2_000);
      expect(w.isPaused()).toBe(false);
    } finally {
      await w.stop();
      await flaky.close();
    }
  });

  it('never sends a mail whose transaction rolled back', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await enqueueEmail({
          tx,
          config,
          to: 'rolledback@example.test',
          language: 'en',
          template: 'password_changed',
          data: { name: 'X', link: 'http://kyoso.test/' },
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await worker().runOnce();
    expect(
      await database.db
        .select()
        .from(outboxEmailsTable)
        .where(eq(outboxEmailsTable.toAddress, 'rolledback@example.test')),
    ).toEqual([]);
    expect(receivedBy('rolledback@example.test')).toHaveLength(0);
  });
});

describe('retry delays', () => {
  it.each([
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [7, 1_920_000],
    [8, 3_600_000],
    [20, 3_600_000],
  ])('attempt %i waits %i ms', (attempt, delay) => {
    expect(retryDelayMs(attempt, 30_000, 3_600_000)).toBe(delay);
  });
});

describe('the application and its mail', () => {
  it('sends through SMTP_URL when it is set, and has no development mailbox then', async () => {
    smtp.state.mode = 'accept';
    const app = await createTestApp({ config: { SMTP_URL: smtp.url } });
    try {
      const user = await createUser(app.db, { email: 'smtp-user@example.test', language: 'en' });
      const reset = await app.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset/request',
        payload: { email: user.email },
      });
      expect(reset.statusCode).toBe(200);
      await app.app.outbox.runOnce();
      expect(receivedBy('smtp-user@example.test').map((m) => m.subject)).toEqual([
        '[kyoso] Reset your password',
      ]);
      expect((await app.app.inject({ method: 'GET', url: '/api/dev/mail' })).statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });

  it('keeps mail in the development mailbox when no SMTP server is configured, shown at /api/dev/mail', async () => {
    const app = await createTestApp({ startOutboxWorker: false });
    try {
      await app.app.inject({
        method: 'POST',
        url: '/api/auth/register',
        payload: {
          email: 'devbox@example.test',
          password: 'Sora-no-Mori-2026',
          name: '開発 太郎',
          language: 'en',
          organization: { name: 'Dev KK', kind: 'startup' },
        },
      });
      expect(
        (await app.app.inject({ method: 'GET', url: '/api/dev/mail' })).json().messages,
      ).toEqual([]);
      await app.app.outbox.runOnce();
      const list = (await app.app.inject({ method: 'GET', url: '/api/dev/mail' })).json().messages;
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({
        to: 'devbox@example.test',
        template: 'verify_email',
        subject: '[kyoso] Please confirm your e-mail address',
      });
      const message = (
        await app.app.inject({ method: 'GET', url: `/api/dev/mail/${list[0].id}` })
      ).json().message;
      expect(message.text).toContain('http://kyoso.test/verify-email?token=');
      expect(message.html).toContain('<html lang="en">');
    } finally {
      await app.close();
    }
  });

  it('never offers the development mailbox in production', async () => {
    const app = await createTestApp({
      config: { NODE_ENV: 'production', PASSWORD_HASH_COST: '17' },
    });
    try {
      expect((await app.app.inject({ method: 'GET', url: '/api/dev/mail' })).statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });
});
