/**
 * The outbox worker: sends committed e-mails, effectively once, with retries.
 *
 * - Claims due rows with `FOR UPDATE SKIP LOCKED` in a short transaction, so several API
 *   processes never claim the same row, then sends outside any transaction.
 * - A claim is a short lease (`locked_until`, 10 s by default) held by one worker (`claimed_by`)
 *   and renewed by a heartbeat while its sends are in flight: the claims of a process that was
 *   killed are taken over by another (or by itself, restarted) within seconds.
 * - Once the SMTP server has accepted a mail, only the bookkeeping is retried (recording it as
 *   sent), never the send. Every mail keeps its Message-ID across attempts, so in the one case
 *   left — a process killed between the server's acceptance and the record — the receiver sees
 *   the same message twice and drops the copy.
 * - 4xx replies are retried with exponential backoff per mail; 5xx replies fail at once.
 * - When the server cannot be reached (no connection, a dropped one, 421), no mail is to blame:
 *   the worker stops sending and probes the server every `probeMs` until it answers, then sends
 *   everything at once (no per-mail backoff that would delay mail long after the server is back).
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client';
import { isConnectionFailure, isPermanentFailure, type MailTransport } from './mail-transport';
import { outboxEmailsTable } from './outbox.table';

export type OutboxWorkerOptions = {
  db: Database;
  transport: MailTransport;
  from: string;
  logger: FastifyBaseLogger;
  pollMs: number;
  batchSize?: number;
  maxAttempts?: number;
  /** First retry delay after a temporary refusal; doubles with each attempt up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** How long a claim lasts unless renewed; the heartbeat renews it every third of that. */
  leaseMs?: number;
  /** While the SMTP server is unreachable, how often it is probed. */
  probeMs?: number;
  /** How long recording a result is retried when the database fails. */
  bookkeepingMs?: number;
};

export type OutboxWorker = {
  start: () => void;
  /** Stops polling and waits for the batch in flight to finish and be recorded. */
  stop: () => Promise<void>;
  /** Sends everything due now; resolves with the number of rows handled. */
  runOnce: () => Promise<number>;
  wake: () => void;
  /** Whether the SMTP server is considered unreachable (sending paused, probing). */
  isPaused: () => boolean;
};

type OutboxRow = typeof outboxEmailsTable.$inferSelect;

export function retryDelayMs(attempt: number, baseDelayMs: number, maxDelayMs: number): number {
  return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Creates a worker; one per API process (each start has its own identity for its claims). */
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
    leaseMs = 10_000,
    probeMs = 2_000,
    bookkeepingMs = 60_000,
  } = options;
  const workerId = randomUUID();
  let timer: NodeJS.Timeout | undefined;
  let probeTimer: NodeJS.Timeout | undefined;
  let heartbeat: NodeJS.Timeout | undefined;
  let running = false;
  let stopped = true;
  let stopping = false;
  let paused = false;
  let inFlight: Promise<number> | undefined;
  let wakeRequested = false;
  /** The rows this worker has claimed and not yet recorded. */
  const held = new Set<string>();

  async function claim(): Promise<OutboxRow[]> {
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
          claimedBy: workerId,
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

  /** Extends the lease of every row this worker holds, while its sends are in flight. */
  async function renewClaims() {
    if (held.size === 0) {
      return;
    }
    try {
      await db
        .update(outboxEmailsTable)
        .set({ lockedUntil: new Date(Date.now() + leaseMs) })
        .where(
          and(
            inArray(outboxEmailsTable.id, [...held]),
            eq(outboxEmailsTable.claimedBy, workerId),
            eq(outboxEmailsTable.status, 'sending'),
          ),
        );
    } catch (error) {
      logger.warn({ err: error }, 'outbox: could not renew the claims');
    }
  }

  /**
   * Records a result, retrying while the database fails (for up to `bookkeepingMs`): once a mail
   * has been accepted, losing that fact would send it again.
   */
  async function record(
    row: OutboxRow,
    values: Partial<typeof outboxEmailsTable.$inferInsert>,
    onlyIfStillMine: boolean,
  ): Promise<boolean> {
    const deadline = Date.now() + bookkeepingMs;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await db
          .update(outboxEmailsTable)
          .set(values)
          .where(
            onlyIfStillMine
              ? and(
                  eq(outboxEmailsTable.id, row.id),
                  eq(outboxEmailsTable.claimedBy, workerId),
                  eq(outboxEmailsTable.status, 'sending'),
                )
              : eq(outboxEmailsTable.id, row.id),
          );
        return true;
      } catch (error) {
        if (Date.now() >= deadline) {
          logger.error(
            { err: error, outboxId: row.id, status: values.status },
            'outbox: could not record the result of an e-mail',
          );
          return false;
        }
        logger.warn(
          { err: error, outboxId: row.id, attempt },
          'outbox: recording failed; retrying',
        );
        await sleep(Math.min(2_000, 100 * 2 ** (attempt - 1)));
      }
    }
  }

  /** Gives claimed rows back untouched (not tried: their attempt does not count). */
  async function release(rows: OutboxRow[]) {
    for (const row of rows) {
      await record(
        row,
        {
          status: 'pending',
          attempts: row.attempts - 1,
          lockedUntil: null,
          claimedBy: null,
        },
        true,
      );
    }
  }

  function pause(error: unknown) {
    if (!paused) {
      paused = true;
      logger.warn(
        { err: error instanceof Error ? error.message : String(error), probeMs },
        'SMTP server unreachable: sending paused, probing it',
      );
    }
    scheduleProbe();
  }

  function scheduleProbe() {
    clearTimeout(probeTimer);
    if (stopped) {
      return;
    }
    probeTimer = setTimeout(() => void probe(), probeMs);
    probeTimer.unref();
  }

  async function probe() {
    if (stopped || !paused) {
      return;
    }
    try {
      await transport.verify();
    } catch {
      scheduleProbe();
      return;
    }
    paused = false;
    logger.info('SMTP server reachable again: sending');
    schedule(0);
  }

  /** Sends one row. Returns false when the server is unreachable (stop sending this batch). */
  async function deliver(row: OutboxRow): Promise<boolean> {
    try {
      await transport.send({
        from,
        to: row.toAddress,
        subject: row.subject,
        text: row.textBody,
        html: row.htmlBody,
        messageId: row.messageId,
      });
    } catch (error) {
      const unreachable = isConnectionFailure(error);
      const permanent = !unreachable && isPermanentFailure(error);
      const giveUp = permanent || row.attempts >= maxAttempts;
      const message = error instanceof Error ? error.message : String(error);
      logger.warn(
        { outboxId: row.id, attempts: row.attempts, permanent, unreachable, err: message },
        giveUp ? 'e-mail failed permanently' : 'e-mail failed; will retry',
      );
      await record(
        row,
        {
          status: giveUp ? 'failed' : 'pending',
          lockedUntil: null,
          claimedBy: null,
          lastError: message.slice(0, 2000),
          // Unreachable: due again at once; the probe decides when sending resumes.
          nextAttemptAt: unreachable
            ? new Date()
            : new Date(Date.now() + retryDelayMs(row.attempts, baseDelayMs, maxDelayMs)),
        },
        true,
      );
      if (unreachable) {
        pause(error);
        return false;
      }
      return true;
    }
    // Accepted: from here on only the record is retried, never the send.
    await record(
      row,
      {
        status: 'sent',
        sentAt: new Date(),
        lockedUntil: null,
        claimedBy: null,
        lastError: null,
        transport: transport.kind,
      },
      false,
    );
    return true;
  }

  async function runOnce(): Promise<number> {
    let handled = 0;
    clearInterval(heartbeat);
    heartbeat = setInterval(() => void renewClaims(), Math.max(50, Math.floor(leaseMs / 3)));
    heartbeat.unref();
    try {
      for (;;) {
        const rows = await claim();
        if (rows.length === 0) {
          return handled;
        }
        for (const row of rows) {
          held.add(row.id);
        }
        for (const [index, row] of rows.entries()) {
          const reachable = await deliver(row);
          held.delete(row.id);
          if (!reachable) {
            const untried = rows.slice(index + 1);
            await release(untried);
            for (const r of untried) {
              held.delete(r.id);
            }
            return handled + index + 1;
          }
        }
        handled += rows.length;
        if (stopping) {
          // Shutting down: the batch in hand is finished and recorded; the rest waits for the next start.
          return handled;
        }
      }
    } finally {
      clearInterval(heartbeat);
      heartbeat = undefined;
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
    if (paused) {
      // The probe resumes sending when the server answers.
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
      if (paused) {
        scheduleProbe();
      }
      schedule(0);
    },
    async stop() {
      stopped = true;
      stopping = true;
      clearTimeout(timer);
      clearTimeout(probeTimer);
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
    isPaused: () => paused,
  };
}
