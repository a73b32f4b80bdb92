import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import type { Language } from '@kyoso/i18n/languages';
import { createdAtColumn, idColumn, timestampColumn } from '../shared/columns';

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

/**
 * E-mails waiting to leave. A row is written in the same transaction as the change that causes
 * it; the worker sends it after commit, retrying with backoff.
 */
export const outboxEmailsTable = pgTable(
  'outbox_emails',
  {
    id: idColumn(),
    template: text('template').notNull(),
    toAddress: text('to_address').notNull(),
    language: text('language').$type<Language>().notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body').notNull(),
    status: text('status').$type<OutboxStatus>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestampColumn('next_attempt_at').notNull().defaultNow(),
    /**
     * While `sending`, the claim expires at this time: a short lease that the sending worker
     * renews while it works, so that the claim of a worker that died is taken over in seconds.
     */
    lockedUntil: timestampColumn('locked_until'),
    /** The worker (one per API process and start) that holds the claim while `sending`. */
    claimedBy: text('claimed_by'),
    lastError: text('last_error'),
    /** `smtp` or `dev-mailbox`. */
    transport: text('transport'),
    /** The Message-ID, stable across retries so that receivers can drop duplicates. */
    messageId: text('message_id').notNull(),
    sentAt: timestampColumn('sent_at'),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index('outbox_emails_due_idx').on(t.status, t.nextAttemptAt),
    index('outbox_emails_created_idx').on(t.createdAt),
    check(
      'outbox_emails_status_check',
      sql`${t.status} in ('pending', 'sending', 'sent', 'failed')`,
    ),
  ],
);
