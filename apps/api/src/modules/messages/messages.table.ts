import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { departmentsTable } from '../departments/departments.table';
import { proposalsTable } from '../proposals/proposals.table';
import { createdAtColumn, idColumn } from '../shared/columns';
import { usersTable } from '../users/users.table';

/** The two-way thread between the city and the proposer on one proposal. */
export const proposalMessagesTable = pgTable(
  'proposal_messages',
  {
    id: idColumn(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposalsTable.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => usersTable.id, { onDelete: 'set null' }),
    /** `city` (desk or department) or `proposer`. */
    side: text('side').$type<'city' | 'proposer'>().notNull(),
    /** For city messages: the department that wrote (shown to the proposer instead of a name). */
    departmentId: uuid('department_id').references(() => departmentsTable.id, {
      onDelete: 'set null',
    }),
    body: text('body').notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index('proposal_messages_proposal_idx').on(t.proposalId, t.createdAt),
    check('proposal_messages_side_check', sql`${t.side} in ('city', 'proposer')`),
  ],
);
