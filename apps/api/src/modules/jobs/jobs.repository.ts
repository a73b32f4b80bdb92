import type { Executor } from '../../db/client';
import type { ProposalStatus } from '@kyoso/contracts/workflow';
import { jobRunsTable, stageEscalationsTable } from './jobs.table';

/**
 * Claims a daily job: true for the one process (of however many) that records the day first.
 * Call it in the transaction that does the job, so a failed run can be tried again.
 */
export async function claimDailyRun(db: Executor, job: string, runOn: string): Promise<boolean> {
  const rows = await db
    .insert(jobRunsTable)
    .values({ job, runOn })
    .onConflictDoNothing()
    .returning({ job: jobRunsTable.job });
  return rows.length > 0;
}

/**
 * Claims the escalation of a stage long overdue: true the first time for this proposal, status
 * and due date (a stage is escalated once; a new due date or stage may be escalated again).
 */
export async function claimStageEscalation(
  db: Executor,
  values: { proposalId: string; status: ProposalStatus; dueOn: string },
): Promise<boolean> {
  const rows = await db
    .insert(stageEscalationsTable)
    .values(values)
    .onConflictDoNothing()
    .returning({ proposalId: stageEscalationsTable.proposalId });
  return rows.length > 0;
}
