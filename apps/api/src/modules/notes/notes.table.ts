import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { proposalsTable } from '../proposals/proposals.table';
import { createdAtColumn, idColumn } from '../shared/columns';
import { usersTable } from '../users/users.table';

/** Internal notes of city staff on a proposal. Never shown to the proposer. */
export const proposalNotesTable = pgTable(
  'proposal_notes',
  {
    id: idColumn(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposalsTable.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => usersTable.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    /** Colleagues named with @ in the note; each was notified. */
    mentionedUserIds: uuid('mentioned_user_ids').array().notNull().default([]),
    createdAt: createdAtColumn(),
  },
  (t) => [index('proposal_notes_proposal_idx').on(t.proposalId, t.createdAt)],
);
