import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { KpiAchievement, SroiInputBody } from '@kyoso/contracts/evaluations';
import type { CompletionOutcome } from '@kyoso/contracts/workflow';
import type { SroiResult } from '@kyoso/impact/sroi';
import { proposalsTable } from '../proposals/proposals.table';
import { createdAtColumn, idColumn, timestampColumn } from '../shared/columns';
import { usersTable } from '../users/users.table';

/**
 * STEP 6 evaluations, versioned: every change is a new row; the latest is the evaluation. The
 * SROI is stored with its inputs and the result computed when the version was saved.
 */
export const evaluationsTable = pgTable(
  'evaluations',
  {
    id: idColumn(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposalsTable.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    achievements: jsonb('achievements')
      .$type<
        Array<{ kpiId: string; kpiName: string; achievement: KpiAchievement; comment: string }>
      >()
      .notNull(),
    whatWorked: text('what_worked').notNull(),
    whatDidNot: text('what_did_not').notNull(),
    cityComment: text('city_comment').notNull().default(''),
    nextStage: text('next_stage').$type<CompletionOutcome>().notNull(),
    nextStageReason: text('next_stage_reason').notNull(),
    sroiInput: jsonb('sroi_input').$type<SroiInputBody>(),
    sroiResult: jsonb('sroi_result').$type<SroiResult>(),
    recordedBy: uuid('recorded_by').references(() => usersTable.id, { onDelete: 'set null' }),
    createdAt: createdAtColumn(),
  },
  (t) => [
    uniqueIndex('evaluations_proposal_version_unique').on(t.proposalId, t.version),
    check(
      'evaluations_next_stage_check',
      sql`${t.nextStage} in ('scale_up', 'extend', 'continue', 'end')`,
    ),
  ],
);

/** The proposer's comment on the evaluation (one per project, kept across versions). */
export const evaluationCommentsTable = pgTable('evaluation_comments', {
  proposalId: uuid('proposal_id')
    .primaryKey()
    .references(() => proposalsTable.id, { onDelete: 'cascade' }),
  comment: text('comment').notNull(),
  commentedBy: uuid('commented_by').references(() => usersTable.id, { onDelete: 'set null' }),
  commentedAt: timestampColumn('commented_at').notNull().defaultNow(),
});
