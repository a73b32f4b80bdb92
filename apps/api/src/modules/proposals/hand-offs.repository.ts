/**
 * The data of routing hand-offs, for the routing module's suggestions and report: proposals a
 * department accepted before, the routing events, what waits for acceptance, transfer totals.
 */
import { and, asc, desc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { WorkflowAction } from '@kyoso/contracts/workflow';
import type { Executor } from '../../db/client';
import { proposalEventsTable, proposalsTable } from './proposals.table';

/** Titles and summaries of proposals each department accepted as lead (newest first). */
export async function findAcceptedTexts(db: Executor, exceptProposalId: string, limit = 2000) {
  return db
    .select({
      departmentId: proposalsTable.leadDepartmentId,
      title: proposalsTable.title,
      summary: proposalsTable.summary,
    })
    .from(proposalsTable)
    .where(
      and(
        isNotNull(proposalsTable.leadAcceptedAt),
        isNotNull(proposalsTable.leadDepartmentId),
        ne(proposalsTable.id, exceptProposalId),
      ),
    )
    .orderBy(desc(proposalsTable.leadAcceptedAt))
    .limit(limit);
}

const ROUTING_ACTIONS: WorkflowAction[] = ['route', 'accept_assignment', 'return_assignment'];

/** Every routing hand-off, by proposal and time: the raw material of the routing report. */
export async function findRoutingEvents(db: Executor) {
  return db
    .select({
      proposalId: proposalEventsTable.proposalId,
      action: proposalEventsTable.action,
      data: proposalEventsTable.data,
      actorDepartmentId: proposalEventsTable.actorDepartmentId,
      createdAt: proposalEventsTable.createdAt,
    })
    .from(proposalEventsTable)
    .where(
      and(
        eq(proposalEventsTable.type, 'transition'),
        inArray(proposalEventsTable.action, ROUTING_ACTIONS),
      ),
    )
    .orderBy(asc(proposalEventsTable.proposalId), asc(proposalEventsTable.createdAt));
}

/** Proposals waiting for a department to accept, per department, and how many are overdue. */
export async function countAwaiting(db: Executor, today: string) {
  return db
    .select({
      departmentId: proposalsTable.leadDepartmentId,
      awaiting: sql<number>`count(*)::int`,
      overdue: sql<number>`count(*) filter (where ${proposalsTable.dueOn} < ${today})::int`,
    })
    .from(proposalsTable)
    .where(eq(proposalsTable.status, 'awaiting_department'))
    .groupBy(proposalsTable.leadDepartmentId);
}

/** Transfers over all submitted proposals, and the average days until a department accepted. */
export async function transferTotals(db: Executor, now: Date) {
  const [row] = await db
    .select({
      transfers: sql<number>`coalesce(sum(${proposalsTable.transferCount}), 0)::int`,
      proposalsWithTransfers: sql<number>`count(*) filter (where ${proposalsTable.transferCount} > 0)::int`,
      averageDaysWithoutDepartment: sql<
        number | null
      >`avg(extract(epoch from (coalesce(${proposalsTable.leadAcceptedAt}, ${proposalsTable.closedAt}, ${now.toISOString()}::timestamptz) - ${proposalsTable.submittedAt})) / 86400)::float8`,
    })
    .from(proposalsTable)
    .where(isNotNull(proposalsTable.submittedAt));
  return row!;
}
