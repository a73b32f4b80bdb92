/**
 * The outbox worker: sends committed e-mails with retries and exponential backoff.
 *
 * - Claims due rows with `FOR UPDATE SKIP LOCKED` in a short transaction, so several API
 *   processes never claim the same row, then sends outside any transaction.
 * - A claim is a lease (`locked_until`): if a process dies mid-send, the row is retried after the
 *   lease expires. A graceful stop waits for the sends in flight and records their results, so a
 *   restart never re-sends what the SMTP server accepted nor drops what it did not.
 * - 4xx replies and network errors are retried; 5xx replies are permanent and fail at once.
 */
import { and, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client';
import { isPermanentFailure, type MailTransport } from './mail-transport';
import { outboxEmailsTable } from './outbox.table';

export type OutboxWorkerOptions = {
  db: Database;
  transport: MailTransport;
  from: string;
  logger: FastifyBaseLogger;
  pollMs: number;
  batchSize?: number;
  maxAttempts?: number;
  /** First retry delay; doubles with each attempt up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  leaseMs?: number;
};

export type OutboxWorker = {
  start: () => void;
  /** Stops polling and waits for the batch in flight to finish. */
  stop: () => Promise<void>;
  /** Sends everything due now; resolves with the number of rows handled. */
  runOnce: () => Promise<number>;
  wake: () => void;
};

export function retryDelayMs(attempt: number, baseDelayMs: number, maxDelayMs: number): number {
  return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
}

export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const {
    db,
    transport,
    from,
    logger,
    pollMs,
    batchSize = 10,
    maxAttempts = 8,
    baseDelayMs = 30_000,
    maxDelayMs = 3_600_000,
    leaseMs = 5 * 60_000,
  } = options;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let stopped = true;
  let stopping = false;
  let inFlight: Promise<number> | undefined;
  let wakeRequested = false;

  async function claim() {
    return db.transaction(async (tx) => {
      const now = new Date();
      const due = await tx
        .select({ id: outboxEmailsTable.id })
        .from(outboxEmailsTable)
        .where(
          or(
            and(eq(outboxEmailsTable.status, 'pending'), lte(outboxEmailsTable.nextAttemptAt, now)),
            and(eq(outboxEmailsTable.status, 'sending'), lt(outboxEmailsTable.lockedUntil, now)),
          ),
        )
        .orderBy(outboxEmailsTable.nextAttemptAt)
        .limit(batchSize)
        .for('update', { skipLocked: true });
      if (due.length === 0) {
        return [];
      }
      return tx
        .update(outboxEmailsTable)
        .set({
          status: 'sending',
          attempts: sql`${outboxEmailsTable.attempts} + 1`,
          lockedUntil: new Date(now.getTime() + leaseMs),
        })
        .where(
          inArray(
            outboxEmailsTable.id,
            due.map((row) => row.id),
          ),
        )
        .returning();
    });
  }

  async function deliver(row: typeof outboxEmailsTable.$inferSelect) {
    try {
      await transport.send({
        from,
        to: row.toAddress,
        subject: row.subject,
        text: row.textBody,
        html: row.htmlBody,
        messageId: row.messageId,
      });
      await db
        .update(outboxEmailsTable)
        .set({
          status: 'sent',
          sentAt: new Date(),
          lockedUntil: null,
          lastError: null,
          transport: transport.kind,
        })
        .where(eq(outboxEmailsTable.id, row.id));
    } catch (error) {
      const permanent = isPermanentFailure(error);
      const giveUp = permanent || row.attempts >= maxAttempts;
      const message = error instanceof Error ? error.message : String(error);
      logger.warn(
        { outboxId: row.id, attempts: row.attempts, permanent, err: message },
        giveUp ? 'e-mail failed permanently' : 'e-mail failed; will retry',
      );
      await db
        .update(outboxEmailsTable)
        .set({
          status: giveUp ? 'failed' : 'pending',
          lockedUntil: null,
          lastError: message.slice(0, 2000),
          nextAttemptAt: new Date(Date.now() + retryDelayMs(row.attempts, baseDelayMs, maxDelayMs)),
        })
        .where(eq(outboxEmailsTable.id, row.id));
    }
  }

  async function runOnce(): Promise<number> {
    let handled = 0;
    for (;;) {
      const rows = await claim();
      if (rows.length === 0) {
        return handled;
      }
      for (const row of rows) {
        await deliver(row);
      }
      handled += rows.length;
      if (stopping) {
        // Shutting down: the batch in hand is finished and recorded; the rest waits for the next start.
        return handled;
      }
    }
  }

  function schedule(delay: number) {
    if (stopped) {
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(tick, delay);
    timer.unref();
  }

  function tick() {
    if (running || stopped) {
      wakeRequested = true;
      return;
    }
    running = true;
    wakeRequested = false;
    inFlight = runOnce()
      .catch((error: unknown) => {
        logger.error({ err: error }, 'outbox worker run failed');
        return 0;
      })
      .finally(() => {
        running = false;
        schedule(wakeRequested ? 0 : pollMs);
      });
  }

  return {
    start() {
      if (!stopped) {
        return;
      }
      stopped = false;
      stopping = false;
      schedule(0);
    },
    async stop() {
      stopped = true;
      stopping = true;
      clearTimeout(timer);
      await inFlight;
    },
    runOnce,
    wake() {
      if (!stopped) {
        if (running) {
          wakeRequested = true;
        } else {
          schedule(0);
        }
      }
    },
  };
}
