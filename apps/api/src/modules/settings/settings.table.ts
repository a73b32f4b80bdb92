import { jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestampColumn } from '../shared/columns';
import { usersTable } from '../users/users.table';

/** Settings administrators change without a deployment (e.g. the budget calendar). */
export const settingsTable = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').$type<unknown>().notNull(),
  updatedBy: uuid('updated_by').references(() => usersTable.id, { onDelete: 'set null' }),
  updatedAt: timestampColumn('updated_at').notNull().defaultNow(),
});
