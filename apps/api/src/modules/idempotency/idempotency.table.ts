import { integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn } from '../shared/columns';
import { usersTable } from '../users/users.table';

/**
 * Requests made with an `Idempotency-Key`: a retried or double-clicked request finds its first
 * result here instead of acting twice.
 */
export const idempotencyKeysTable = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => usersTable.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    /** What the key was used for (`POST /api/proposals/:id/transitions`) and a hash of the body. */
    scope: text('scope').notNull(),
    requestHash: text('request_hash').notNull(),
    /** The result: the status code and the resource it produced. */
    statusCode: integer('status_code'),
    resourceId: uuid('resource_id'),
    createdAt: createdAtColumn(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);
