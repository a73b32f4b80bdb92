import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { proposalsTable } from '../proposals/proposals.table';
import { createdAtColumn, idColumn, timestampColumn, updatedAtColumn } from '../shared/columns';
import { usersTable } from '../users/users.table';

/**
 * STEP 3 dialogue records. Round 1: purpose, value, roles, business model. Round 2: laws and
 * rules, shared risks, KPIs. The proposer reads them and confirms or comments.
 */
export const dialoguesTable = pgTable(
  'dialogues',
  {
    id: idColumn(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposalsTable.id, { onDelete: 'cascade' }),
    round: integer('round').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    cityAttendees: text('city_attendees').notNull(),
    proposerAttendees: text('proposer_attendees').notNull(),
    minutes: text('minutes').notNull(),
    createdBy: uuid('created_by').references(() => usersTable.id, { onDelete: 'set null' }),
    /** The proposer confirmed the minutes (who and when). */
    confirmedBy: uuid('confirmed_by').references(() => usersTable.id, { onDelete: 'set null' }),
    confirmedAt: timestampColumn('confirmed_at'),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [
    index('dialogues_proposal_idx').on(t.proposalId, t.heldOn),
    check('dialogues_round_check', sql`${t.round} in (1, 2)`),
  ],
);

export const dialogueActionItemsTable = pgTable(
  'dialogue_action_items',
  {
    id: idColumn(),
    dialogueId: uuid('dialogue_id')
      .notNull()
      .references(() => dialoguesTable.id, { onDelete: 'cascade' }),
    /** Order within the record. */
    position: integer('position').notNull().default(0),
    description: text('description').notNull(),

    /** Who does it: the city or the proposer, and a name or team. */
    ownerSide: text('owner_side').$type<'city' | 'proposer'>().notNull(),
    ownerName: text('owner_name').notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    doneAt: timestampColumn('done_at'),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index('dialogue_action_items_dialogue_idx').on(t.dialogueId),
    check('dialogue_action_items_side_check', sql`${t.ownerSide} in ('city', 'proposer')`),
  ],
);

export const dialogueCommentsTable = pgTable(
  'dialogue_comments',
  {
    id: idColumn(),
    dialogueId: uuid('dialogue_id')
      .notNull()
      .references(() => dialoguesTable.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => usersTable.id, { onDelete: 'set null' }),
    side: text('side').$type<'city' | 'proposer'>().notNull(),
    body: text('body').notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [index('dialogue_comments_dialogue_idx').on(t.dialogueId, t.createdAt)],
);
