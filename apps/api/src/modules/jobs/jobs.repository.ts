import type { Executor } from '../../db/client';
import { jobRunsTable } from './jobs.table';

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
