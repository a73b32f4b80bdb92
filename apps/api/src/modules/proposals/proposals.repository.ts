import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  lt,
  lte,
  notInArray,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  PROPOSAL_STATUSES,
  STATUSES,
  type ProposalStatus,
  type WorkflowAction,
} from '@kyoso/contracts/workflow';
import type { Executor } from '../../db/client';
import { preparedOnce } from '../../db/prepared';
import { textSearchCondition } from '../shared/search';
import { outerRef } from '../shared/sql';
import { departmentSql } from '../departments/departments.repository';
import {
  proposalColumns,
  proposalDepartmentsTable,
  proposalEventsTable,
  proposalsTable,
  referenceCountersTable,
  type NewProposalEventRow,
  type NewProposalRow,
  type ProposalRow,
} from './proposals.table';

export type { NewProposalRow, ProposalEventRow, ProposalRow } from './proposals.table';

export async function insertProposal(db: Executor, values: NewProposalRow): Promise<ProposalRow> {
  const [row] = await db.insert(proposalsTable).values(values).returning(proposalColumns);
  if (!row) {
    throw new Error('insert returned no row');
  }
  return row;
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
    .returning(proposalColumns);
  return row;
}

/** Sets the due date of the current stage (a STEP record changed it); the version stays. */
export async function setProposalDueOn(db: Executor, id: string, dueOn: string | null) {
  await db.update(proposalsTable).set({ dueOn }).where(eq(proposalsTable.id, id));
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
    .returning(proposalColumns);
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

export async function insertProposalEvent(db: Executor, values: NewProposalEventRow) {
  await db.insert(proposalEventsTable).values(values);
}

/** The timeline's rows, oldest first, each with the department of whoever acted. */
// Every look at a proposal's timeline asks: built once per database handle, planned once.
const proposalEvents = preparedOnce((db) =>
  db
    .select({
      event: proposalEventsTable,
      department: departmentSql(proposalEventsTable.actorDepartmentId),
    })
    .from(proposalEventsTable)
    .where(eq(proposalEventsTable.proposalId, sql.placeholder('proposalId')))
    .orderBy(asc(proposalEventsTable.createdAt), asc(proposalEventsTable.id))
    .prepare('proposal_events'),
);

export async function findProposalEvents(db: Executor, proposalId: string) {
  return proposalEvents(db).execute({ proposalId });
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

/**
 * Locks a proposal's row until the end of the caller's transaction, so that counts taken after
 * it (files, records) cannot race another request on the same proposal.
 */
export async function lockProposal(db: Executor, proposalId: string): Promise<void> {
  await db
    .select({ id: proposalsTable.id })
    .from(proposalsTable)
    .where(eq(proposalsTable.id, proposalId))
    .for('update');
}

/**
 * Proposals whose current stage is due in a range (`before`: overdue; `from`–`to`: due soon),
 * earliest first, for the daily digests.
 */
export async function findProposalsDueBetween(
  db: Executor,
  range: { before: string } | { from: string; to: string },
) {
  const p = proposalsTable;
  return db
    .select({
      id: p.id,
      referenceNumber: p.referenceNumber,
      title: p.title,
      status: p.status,
      dueOn: p.dueOn,
      leadDepartmentId: p.leadDepartmentId,
    })
    .from(p)
    .where(
      'before' in range
        ? and(isNotNull(p.dueOn), lt(p.dueOn, range.before))
        : and(gte(p.dueOn, range.from), lte(p.dueOn, range.to)),
    )
    .orderBy(asc(p.dueOn));
}

/** The proposals of some ids, as the daily digests list them (reference, title, lead department). */
export async function findProposalSummaries(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) {
    return [];
  }
  return db
    .select({
      id: proposalsTable.id,
      referenceNumber: proposalsTable.referenceNumber,
      title: proposalsTable.title,
      status: proposalsTable.status,
      leadDepartmentId: proposalsTable.leadDepartmentId,
    })
    .from(proposalsTable)
    .where(inArray(proposalsTable.id, [...ids]));
}

/** Proposals in some statuses (the daily jobs walk them), oldest first. */
export async function findProposalIdsInStatuses(
  db: Executor,
  statuses: readonly ProposalStatus[],
): Promise<string[]> {
  const rows = await db
    .select({ id: proposalsTable.id })
    .from(proposalsTable)
    .where(inArray(proposalsTable.status, [...statuses]))
    .orderBy(asc(proposalsTable.createdAt));
  return rows.map((r) => r.id);
}

/** How many proposals were submitted on a theme (drafts are not counted). */
export async function countSubmittedProposalsOnTheme(db: Executor, themeId: string) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(proposalsTable)
    .where(and(eq(proposalsTable.themeId, themeId), isNotNull(proposalsTable.submittedAt)));
  return row?.count ?? 0;
}

/** Drafts (never submitted) on the given themes, for the warning before a theme closes. */
export async function findDraftsOnThemes(db: Executor, themeIds: readonly string[]) {
  if (themeIds.length === 0) {
    return [];
  }
  return db
    .select({
      id: proposalsTable.id,
      title: proposalsTable.title,
      themeId: proposalsTable.themeId,
      organizationId: proposalsTable.organizationId,
    })
    .from(proposalsTable)
    .where(and(eq(proposalsTable.status, 'draft'), inArray(proposalsTable.themeId, [...themeIds])))
    .orderBy(asc(proposalsTable.createdAt));
}

/** Held proposals whose hold has ended by `today`. */
export async function findHoldsEndedBy(db: Executor, today: string): Promise<string[]> {
  const rows = await db
    .select({ id: proposalsTable.id })
    .from(proposalsTable)
    .where(and(eq(proposalsTable.status, 'on_hold'), lte(proposalsTable.holdResumeOn, today)));
  return rows.map((r) => r.id);
}

/**
 * Submitted proposals with their transitions, oldest first, for the statistics (one query). Dates
 * are Japan's.
 */
export async function findStatisticsRows(db: Executor, fiscalYear: number | null) {
  const p = proposalsTable;
  const e = proposalEventsTable;
  const tokyo = (column: AnyPgColumn) =>
    sql`to_char(${column} at time zone 'Asia/Tokyo', 'YYYY-MM-DD')`;
  return db
    .select({
      kind: p.kind,
      submittedOn: sql<string>`${tokyo(p.submittedAt)}`,
      transferCount: p.transferCount,
      declineReasonCodes: p.declineReasonCodes,
      transitions: sql<
        Array<{
          action: WorkflowAction | null;
          fromStatus: ProposalStatus | null;
          toStatus: ProposalStatus | null;
          on: string;
        }>
      >`coalesce((select json_agg(json_build_object('action', ${e.action},
          'fromStatus', ${e.fromStatus}, 'toStatus', ${e.toStatus}, 'on', ${tokyo(e.createdAt)})
          order by ${e.createdAt}, ${e.id})
        from ${e} where ${e.proposalId} = ${outerRef(p.id)} and ${e.type} = 'transition'), '[]'::json)`,
    })
    .from(p)
    .where(
      and(isNotNull(p.submittedAt), fiscalYear === null ? undefined : eq(p.fiscalYear, fiscalYear)),
    );
}

/** The fiscal years that have submitted proposals. */
export async function findFiscalYears(db: Executor): Promise<number[]> {
  const rows = await db
    .selectDistinct({ fiscalYear: proposalsTable.fiscalYear })
    .from(proposalsTable)
    .where(isNotNull(proposalsTable.fiscalYear));
  return rows.flatMap((r) => (r.fiscalYear === null ? [] : [r.fiscalYear]));
}

/**
 * Proposals past their agreement (running, evaluated, completed) that a condition built by the
 * caller keeps (the public results keep those whose summary the proposer consented to), with
 * the extra columns it asks for, newest first.
 */
export async function findPublicProposals<E extends Record<string, SQL>>(
  db: Executor,
  args: {
    extra: E;
    where: SQL[];
    fiscalYear?: number | undefined;
    /** Only proposals led by one of these departments. */
    leadDepartmentIds?: readonly string[] | undefined;
    /** Words found in the title or in the text `searchAlso` gives (the public summary). */
    q?: { words: string; searchAlso: SQL } | undefined;
    statuses: readonly ProposalStatus[];
    limit: number;
    offset: number;
  },
) {
  const p = proposalsTable;
  const pattern = args.q ? `%${args.q.words.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const condition = and(
    inArray(p.status, [...args.statuses]),
    args.fiscalYear === undefined ? undefined : eq(p.fiscalYear, args.fiscalYear),
    args.leadDepartmentIds === undefined
      ? undefined
      : args.leadDepartmentIds.length === 0
        ? sql`false`
        : inArray(p.leadDepartmentId, [...args.leadDepartmentIds]),
    args.q && pattern
      ? sql`(${p.title} ilike ${pattern} or ${args.q.searchAlso} ilike ${pattern})`
      : undefined,
    ...args.where,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: p.id,
        referenceNumber: p.referenceNumber,
        title: p.title,
        kind: p.kind,
        status: p.status,
        outcome: p.outcome,
        fiscalYear: p.fiscalYear,
        themeId: p.themeId,
        leadDepartmentId: p.leadDepartmentId,
        ...args.extra,
      })
      .from(p)
      .where(condition)
      .orderBy(desc(p.statusChangedAt), desc(p.id))
      .limit(args.limit)
      .offset(args.offset),
    db.select({ n: count() }).from(p).where(condition),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** References to the outer proposal of a query, for the SQL fragments other modules build. */
export const proposalRefs = {
  id: outerRef(proposalsTable.id),
  themeId: outerRef(proposalsTable.themeId),
};

/** How many proposals each reason of the duplicate radar brings to be ranked, most recent first. */
export const SIMILAR_CANDIDATES_PER_REASON = 300;

/**
 * Proposals like one (the duplicate radar): submitted proposals that contain some of its words
 * (each found through the bigram index), share its theme or come from its organisation, with
 * which words matched, best first. `visibleTo` says which of them the caller may open.
 */
export async function findSimilarProposals(
  db: Executor,
  args: {
    proposalId: string;
    terms: readonly string[];
    themeId: string | null;
    organizationId: string;
    /** `all` for the desk; a department sees those it leads or supports. */
    visibleTo: { all: true } | { departmentId: string };
    limit: number;
  },
) {
  const p = proposalsTable;
  const matches = args.terms.map(
    (term) => textSearchCondition(p.searchText, p.searchBigrams, term) ?? sql`false`,
  );
  const sameTheme = args.themeId ? sql`${p.themeId} = ${args.themeId}` : sql`false`;
  const sameOrganization = sql`${p.organizationId} = ${args.organizationId}`;
  const score = sql<number>`(${
    matches.length > 0
      ? sql.join(
          matches.map((m) => sql`(case when ${m} then 1 else 0 end)`),
          sql` + `,
        )
      : sql`0`
  } + (case when ${sameTheme} then 2 else 0 end) + (case when ${sameOrganization} then 1 else 0 end))`;
  const visible =
    'all' in args.visibleTo
      ? sql<boolean>`true`
      : sql<boolean>`exists (select 1 from ${proposalDepartmentsTable}
          where ${proposalDepartmentsTable.proposalId} = ${outerRef(p.id)}
            and ${proposalDepartmentsTable.departmentId} = ${args.visibleTo.departmentId})`;
  const matched = matches.map((m, i) => ({ term: args.terms[i]!, flag: sql<boolean>`(${m})` }));
  // The rows worth ranking: for each reason (a word, the theme, the organisation) its most recent
  // SIMILAR_CANDIDATES_PER_REASON proposals. A word shared by tens of thousands of proposals says
  // little and would make the ranking read them all; a rare one brings every proposal it is in.
  const others = sql`${p.submittedAt} is not null and ${p.id} <> ${args.proposalId}`;
  const candidates = sql.join(
    [...matches, ...(args.themeId ? [sameTheme] : []), sameOrganization].map(
      (reason) =>
        sql`(select ${p.id} from ${p} where ${others} and ${reason}
          order by ${p.submittedAt} desc limit ${SIMILAR_CANDIDATES_PER_REASON})`,
    ),
    sql` union `,
  );
  const rows = await db
    .select({
      id: p.id,
      referenceNumber: p.referenceNumber,
      title: p.title,
      status: p.status,
      fiscalYear: p.fiscalYear,
      score,
      sameTheme: sql<boolean>`(${sameTheme})`,
      sameOrganization: sql<boolean>`(${sameOrganization})`,
      visible,
      ...Object.fromEntries(matched.map((m, i) => [`term${i}`, m.flag])),
    })
    .from(p)
    .where(sql`${p.id} in (${candidates})`)
    .orderBy(desc(score), desc(p.submittedAt))
    .limit(args.limit);
  return rows.map((row) => {
    const record = row as Record<string, unknown>;
    return {
      id: row.id,
      referenceNumber: row.referenceNumber,
      title: row.title,
      status: row.status,
      fiscalYear: row.fiscalYear,
      sameTheme: row.sameTheme,
      sameOrganization: row.sameOrganization,
      visible: row.visible,
      words: matched.filter((_, i) => record[`term${i}`] === true).map((m) => m.term),
    };
  });
}

/** The id of the proposal with this reference number (any case), if there is one. */
export async function findProposalIdByReference(
  db: Executor,
  referenceNumber: string,
): Promise<string | undefined> {
  const [row] = await db
    .select({ id: proposalsTable.id })
    .from(proposalsTable)
    .where(sql`upper(${proposalsTable.referenceNumber}) = ${referenceNumber.trim().toUpperCase()}`)
    .limit(1);
  return row?.id;
}

/** A proposal's reference number inside another module's query (by its id as text or uuid). */
export function proposalReferenceSql(id: AnyPgColumn | SQL): SQL<string | null> {
  const p = proposalsTable;
  return sql<
    string | null
  >`(select ${p.referenceNumber} from ${p} where ${p.id}::text = ${outerRef(id)}::text)`;
}

/** The statuses in which a proposal is closed (`terminal` in the workflow table). */
const CLOSED_STATUSES = PROPOSAL_STATUSES.filter((status) => STATUSES[status].terminal);

/** How many open proposals each department leads or supports, by department id. */
export async function countOpenProposalsByDepartment(db: Executor): Promise<Map<string, number>> {
  const pd = proposalDepartmentsTable;
  const rows = await db
    .select({ departmentId: pd.departmentId, n: count() })
    .from(pd)
    .innerJoin(proposalsTable, eq(proposalsTable.id, pd.proposalId))
    .where(notInArray(proposalsTable.status, CLOSED_STATUSES))
    .groupBy(pd.departmentId);
  return new Map(rows.map((r) => [r.departmentId, r.n]));
}

/**
 * The open proposals a department leads or supports, locked until the end of the caller's
 * transaction (a handover must not race a routing), each with the department's role, its
 * reference number and title.
 */
export async function lockOpenProposalsOf(db: Executor, departmentId: string) {
  const pd = proposalDepartmentsTable;
  return db
    .select({
      proposalId: pd.proposalId,
      role: pd.role,
      status: proposalsTable.status,
      referenceNumber: proposalsTable.referenceNumber,
      title: proposalsTable.title,
    })
    .from(pd)
    .innerJoin(proposalsTable, eq(proposalsTable.id, pd.proposalId))
    .where(
      and(eq(pd.departmentId, departmentId), notInArray(proposalsTable.status, CLOSED_STATUSES)),
    )
    .orderBy(asc(pd.proposalId))
    .for('update', { of: proposalsTable });
}

/**
 * Moves one proposal's assignment from one department to another, keeping its role: the new
 * department leads where the old one led (and stops supporting if it did), supports where the
 * old one supported (unless it already takes part). The proposal's version goes up, so that a
 * form opened before the move cannot overwrite it. Answers the old department's role, and
 * whether the move changed anything for the new one (not when it already took part in the same
 * or a greater role).
 */
export async function moveAssignment(
  db: Executor,
  input: {
    proposalId: string;
    fromDepartmentId: string;
    toDepartmentId: string;
    assignedBy: string;
  },
): Promise<{ role: 'lead' | 'supporting'; changedForTarget: boolean } | null> {
  const pd = proposalDepartmentsTable;
  const rows = await db
    .select({ departmentId: pd.departmentId, role: pd.role })
    .from(pd)
    .where(eq(pd.proposalId, input.proposalId));
  const from = rows.find((r) => r.departmentId === input.fromDepartmentId);
  if (!from) {
    return null;
  }
  const target = rows.find((r) => r.departmentId === input.toDepartmentId);
  await db
    .delete(pd)
    .where(and(eq(pd.proposalId, input.proposalId), eq(pd.departmentId, input.fromDepartmentId)));
  if (from.role === 'lead') {
    if (target) {
      await db
        .update(pd)
        .set({ role: 'lead' })
        .where(and(eq(pd.proposalId, input.proposalId), eq(pd.departmentId, input.toDepartmentId)));
    } else {
      await db.insert(pd).values({
        proposalId: input.proposalId,
        departmentId: input.toDepartmentId,
        role: 'lead',
        assignedBy: input.assignedBy,
      });
    }
    await db
      .update(proposalsTable)
      .set({
        leadDepartmentId: input.toDepartmentId,
        version: sql`${proposalsTable.version} + 1`,
      })
      .where(eq(proposalsTable.id, input.proposalId));
  } else {
    if (!target) {
      await db.insert(pd).values({
        proposalId: input.proposalId,
        departmentId: input.toDepartmentId,
        role: 'supporting',
        assignedBy: input.assignedBy,
      });
    }
    await db
      .update(proposalsTable)
      .set({ version: sql`${proposalsTable.version} + 1` })
      .where(eq(proposalsTable.id, input.proposalId));
  }
  const changedForTarget = !target || (from.role === 'lead' && target.role !== 'lead');
  return { role: from.role, changedForTarget };
}

/**
 * The workflow transitions of every case (submit, route, adopt…) as rows of the administrators'
 * audit log (the same columns as `auditEventRowsSql`): they are recorded on the timeline, not as
 * audit events. The action is `workflow.<action>`; the data adds the statuses and the reason.
 */
export function transitionEventRowsSql(): SQL {
  const e = proposalEventsTable;
  return sql`select 'change'::text as kind, ${e.id} as id, ${e.createdAt} as at,
      'workflow.' || ${e.action} as action, ${e.actorUserId} as actor_user_id,
      null::text as actor_name, ${e.actorRole}::text as actor_role,
      ${e.actorDepartmentId} as actor_department_id, 'proposal'::text as subject_type,
      ${e.proposalId}::text as subject_id, ${e.proposalId}::text as proposal_id,
      jsonb_strip_nulls(jsonb_build_object('from', ${e.fromStatus}, 'to', ${e.toStatus},
        'reason', ${e.reason})) || ${e.data}::jsonb as data,
      null::text as ip
    from ${e} where ${e.type} = 'transition' and ${e.action} is not null`;
}
