import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { AttachmentRow } from '../attachments/attachments.presenter';
import { proposalAttachmentsTable } from '../attachments/attachments.table';
import { departmentsTable } from '../departments/departments.table';
import { dialoguesTable } from '../dialogues/dialogues.table';
import { ndasTable } from '../ndas/ndas.table';
import { organizationsTable } from '../organizations/organizations.table';
import { themesTable } from '../themes/themes.table';
import { usersTable } from '../users/users.table';
import { proposalEventsTable } from '../workflow/workflow.table';
import {
  proposalDepartmentsTable,
  proposalsTable,
  referenceCountersTable,
} from './proposals.table';

export type ProposalRow = typeof proposalsTable.$inferSelect;
export type NewProposalRow = typeof proposalsTable.$inferInsert;
export type ProposalEventRow = typeof proposalEventsTable.$inferSelect;
type DepartmentRow = typeof departmentsTable.$inferSelect;
/** Enough of a department to name it. */
export type DepartmentRef = { id: string; nameJa: string; nameEn: string };

/** A proposal with what its presentation and its policies need. */
export type ProposalContext = {
  proposal: ProposalRow;
  organization: { id: string; name: string };
  theme: { id: string; title: string; departmentId: string } | null;
  leadDepartment: DepartmentRow | null;
  supportingDepartments: DepartmentRef[];
  attachments: AttachmentRow[];
  assignedCoordinator: { id: string; name: string } | null;
  /** An NDA signed by both sides covers the proposal. */
  ndaInEffect: boolean;
  /** The record of Dialogue ② exists. */
  dialogue2Recorded: boolean;
};

export async function insertProposal(db: Executor, values: NewProposalRow): Promise<ProposalRow> {
  const [row] = await db.insert(proposalsTable).values(values).returning();
  if (!row) {
    throw new Error('insert returned no row');
  }
  return row;
}

type AttachmentJson = Omit<AttachmentRow, 'createdAt'> & { createdAt: string };

/** A proposal with everything its presentation and policies need, in one round trip. */
export async function getProposalContext(
  db: Executor,
  id: string,
): Promise<ProposalContext | undefined> {
  const [row] = await db
    .select({
      proposal: proposalsTable,
      organization: { id: organizationsTable.id, name: organizationsTable.name },
      theme: {
        id: themesTable.id,
        title: themesTable.title,
        departmentId: themesTable.departmentId,
      },
      leadDepartment: departmentsTable,
      assignedCoordinatorName: sql<
        string | null
      >`(select u.name from ${usersTable} u where u.id = ${proposalsTable.assignedCoordinatorId})`,
      ndaInEffect: sql<boolean>`exists(select 1 from ${ndasTable} n where n.proposal_id = ${proposalsTable.id} and n.status = 'in_effect')`,
      dialogue2Recorded: sql<boolean>`exists(select 1 from ${dialoguesTable} dl where dl.proposal_id = ${proposalsTable.id} and dl.round = 2)`,

      supporting: sql<DepartmentRef[]>`coalesce((
        select json_agg(json_build_object('id', d.id, 'nameJa', d.name_ja, 'nameEn', d.name_en) order by d.sort_order)
        from ${proposalDepartmentsTable} pd join ${departmentsTable} d on d.id = pd.department_id
        where pd.proposal_id = ${proposalsTable.id} and pd.role = 'supporting'), '[]'::json)`,
      attachments: sql<AttachmentJson[]>`coalesce((
        select json_agg(json_build_object(
          'id', a.id, 'proposalId', a.proposal_id, 'fileName', a.file_name, 'kind', a.kind,
          'mediaType', a.media_type, 'sizeBytes', a.size_bytes, 'sha256', a.sha256,
          'confidential', a.confidential, 'storageKey', a.storage_key, 'uploadedBy', a.uploaded_by,
          'messageId', a.message_id, 'createdAt', a.created_at) order by a.created_at)
        from ${proposalAttachmentsTable} a where a.proposal_id = ${proposalsTable.id} and a.message_id is null), '[]'::json)`,
    })
    .from(proposalsTable)
    .innerJoin(organizationsTable, eq(organizationsTable.id, proposalsTable.organizationId))
    .leftJoin(themesTable, eq(themesTable.id, proposalsTable.themeId))
    .leftJoin(departmentsTable, eq(departmentsTable.id, proposalsTable.leadDepartmentId))
    .where(eq(proposalsTable.id, sql.placeholder('id')))
    .limit(1)
    // Named, so that PostgreSQL plans this join once per connection instead of every request.
    .prepare('proposal_context_v1')
    .execute({ id });
  if (!row) {
    return undefined;
  }
  return {
    proposal: row.proposal,

    organization: row.organization,
    theme: row.theme,
    leadDepartment: row.leadDepartment,
    supportingDepartments: row.supporting,
    attachments: row.attachments.map((a) => ({ ...a, createdAt: new Date(a.createdAt) })),
    assignedCoordinator:
      row.proposal.assignedCoordinatorId && row.assignedCoordinatorName
        ? { id: row.proposal.assignedCoordinatorId, name: row.assignedCoordinatorName }
        : null,
    ndaInEffect: row.ndaInEffect,
    dialogue2Recorded: row.dialogue2Recorded,
  };
}

/**
 * Updates a proposal only if nobody changed it since `version` was read, and increments the
 * version. Returns undefined when another change won (the caller answers 409).
 */
export async function updateProposalAtVersion(
  db: Executor,
  id: string,
  version: number,
  patch: Partial<Omit<NewProposalRow, 'id' | 'version' | 'createdAt'>>,
): Promise<ProposalRow | undefined> {
  const [row] = await db
    .update(proposalsTable)
    .set({ ...patch, version: sql`${proposalsTable.version} + 1`, updatedAt: new Date() })
    .where(and(eq(proposalsTable.id, id), eq(proposalsTable.version, version)))
    .returning();
  return row;
}

/**
 * Saves fields of a draft, only while it is still a draft (a submission racing an autosave wins)
 * and, when `version` is given, only if nobody saved since. Returns undefined when refused.
 */
export async function updateDraftFields(
  db: Executor,
  id: string,
  version: number | undefined,
  patch: Partial<Omit<NewProposalRow, 'id' | 'version' | 'createdAt'>>,
): Promise<ProposalRow | undefined> {
  const [row] = await db
    .update(proposalsTable)
    .set({ ...patch, version: sql`${proposalsTable.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(proposalsTable.id, id),
        eq(proposalsTable.status, 'draft'),
        version === undefined ? undefined : eq(proposalsTable.version, version),
      ),
    )
    .returning();
  return row;
}

/** The next reference number of a fiscal year
 (1, 2, …), counted in the caller's transaction. */
export async function nextReferenceSequence(db: Executor, fiscalYear: number): Promise<number> {
  const [row] = await db
    .insert(referenceCountersTable)
    .values({ fiscalYear, lastValue: 1 })
    .onConflictDoUpdate({
      target: referenceCountersTable.fiscalYear,
      set: { lastValue: sql`${referenceCountersTable.lastValue} + 1` },
    })
    .returning({ value: referenceCountersTable.lastValue });
  if (!row) {
    throw new Error('reference counter returned no row');
  }
  return row.value;
}

/** Replaces the departments assigned to a proposal by one lead and its supporting departments. */
export async function replaceAssignments(
  db: Executor,
  input: {
    proposalId: string;
    leadDepartmentId: string;
    supportingDepartmentIds: string[];
    assignedBy: string;
    note: string | null;
  },
) {
  await db
    .delete(proposalDepartmentsTable)
    .where(eq(proposalDepartmentsTable.proposalId, input.proposalId));
  await db.insert(proposalDepartmentsTable).values([
    {
      proposalId: input.proposalId,
      departmentId: input.leadDepartmentId,
      role: 'lead' as const,
      assignedBy: input.assignedBy,
      note: input.note,
    },
    ...input.supportingDepartmentIds.map((departmentId) => ({
      proposalId: input.proposalId,
      departmentId,
      role: 'supporting' as const,
      assignedBy: input.assignedBy,
      note: input.note,
    })),
  ]);
}

export async function clearAssignments(db: Executor, proposalId: string) {
  await db
    .delete(proposalDepartmentsTable)
    .where(eq(proposalDepartmentsTable.proposalId, proposalId));
}

export async function insertProposalEvent(
  db: Executor,
  values: typeof proposalEventsTable.$inferInsert,
) {
  await db.insert(proposalEventsTable).values(values);
}

export async function findProposalEvents(db: Executor, proposalId: string) {
  return db
    .select({ event: proposalEventsTable, department: departmentsTable })
    .from(proposalEventsTable)
    .leftJoin(departmentsTable, eq(departmentsTable.id, proposalEventsTable.actorDepartmentId))
    .where(eq(proposalEventsTable.proposalId, proposalId))
    .orderBy(asc(proposalEventsTable.createdAt), asc(proposalEventsTable.id));
}

/** The lead department named by the most recent `route` event, if the proposal was routed before. */
export async function getPreviousLeadDepartmentId(
  db: Executor,
  proposalId: string,
): Promise<string | null> {
  const [row] = await db
    .select({ data: proposalEventsTable.data })
    .from(proposalEventsTable)
    .where(
      and(eq(proposalEventsTable.proposalId, proposalId), eq(proposalEventsTable.action, 'route')),
    )
    .orderBy(desc(proposalEventsTable.createdAt))
    .limit(1);
  const lead = row?.data.leadDepartmentId;
  return typeof lead === 'string' ? lead : null;
}

/**
 * Sets or clears the coordinator in charge of the first check. Taking succeeds only while nobody
 * else has it; returns false when someone else does.
 */
export async function setAssignedCoordinator(
  db: Executor,
  proposalId: string,
  coordinatorId: string | null,
): Promise<boolean> {
  const rows = await db
    .update(proposalsTable)
    .set({ assignedCoordinatorId: coordinatorId })
    .where(
      and(
        eq(proposalsTable.id, proposalId),
        coordinatorId
          ? sql`(${proposalsTable.assignedCoordinatorId} is null or ${proposalsTable.assignedCoordinatorId} = ${coordinatorId})`
          : sql`true`,
      ),
    )
    .returning({ id: proposalsTable.id });
  return rows.length > 0;
}
