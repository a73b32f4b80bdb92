import { date, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { ProposalStatus } from '@kyoso/contracts/workflow';
import { proposalsTable } from '../proposals/proposals.table';
import { createdAtColumn } from '../shared/columns';

/** Scheduled jobs that already ran for a day: the first API process to insert the row runs it. */
export const jobRunsTable = pgTable(
  'job_runs',
  {
    job: text('job').notNull(),
    runOn: date('run_on', { mode: 'string' }).notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [primaryKey({ columns: [t.job, t.runOn] })],
);

/**
 * Stages flagged as long overdue: one row per proposal, status and due date, so an escalation is
 * sent once (a new due date or a new stage may be escalated again).
 */
export const stageEscalationsTable = pgTable(
  'stage_escalations',
  {
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposalsTable.id, { onDelete: 'cascade' }),
    status: text('status').$type<ProposalStatus>().notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.status, t.dueOn] })],
);
