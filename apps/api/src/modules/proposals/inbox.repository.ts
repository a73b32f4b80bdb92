/**
 * The city's inbox: every submitted proposal (the desk) or those a department leads or supports,
 * with filters, Japanese search and sorting, in one query plus its count. Department scoping is
 * part of the query itself, so an unscoped department list cannot happen.
 */
import {
  and,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNull,
  lt,
  lte,
  ne,
  sql,
  type SQL,
} from 'drizzle-orm';
import { addBusinessDays } from '@kyoso/calendar/business-days';
import {
  DUE_SOON_BUSINESS_DAYS,
  LIST_COUNT_CAP,
  type ProposalListQuery,
} from '@kyoso/contracts/proposals';
import { STATUSES, type ProposalStatus } from '@kyoso/contracts/workflow';
import type { Executor } from '../../db/client';
import { departmentsTable } from '../departments/departments.table';
import { organizationsTable } from '../organizations/organizations.table';
import { ndasTable } from '../ndas/ndas.table';
import { likePattern, normalizeSearchText, textSearchCondition } from '../shared/search';

import { themesTable } from '../themes/themes.table';
import { usersTable } from '../users/users.table';
import { proposalDepartmentsTable, proposalsTable } from './proposals.table';

export type InboxScope =
  | { kind: 'all' }
  | { kind: 'department'; departmentId: string }
  | { kind: 'organization'; organizationId: string };

type Filters = Omit<ProposalListQuery, 'scope' | 'page' | 'pageSize' | 'sort'>;

/**
 * For a department's search: the proposal is under an NDA in effect, or the query is found in
 * the text the department may read without one (confidential problem or solution left out).
 * Evaluated only on the few rows the index already matched.
 */
function departmentMayMatch(query: string): SQL {
  const p = proposalsTable;
  const readable = sql`lower(normalize(${p.title} || ' ' || ${p.summary}
    || ' ' || case when 'problem' = any(${p.confidentialSections}) then '' else ${p.problem} end
    || ' ' || case when 'solution' = any(${p.confidentialSections}) then '' else ${p.solution} end, NFKC))`;
  return sql`(exists(select 1 from ${ndasTable} n where n.proposal_id = ${p.id} and n.status = 'in_effect')
    or ${readable} like ${likePattern(normalizeSearchText(query))})`;
}

export function inboxConditions(
  scope: InboxScope,
  filters: Filters,
  today: string,
  actorId: string,
): SQL[] {
  const conditions: SQL[] = [];
  switch (scope.kind) {
    case 'all':
      conditions.push(ne(proposalsTable.status, 'draft'));
      break;
    case 'department':
      conditions.push(
        ne(proposalsTable.status, 'draft'),
        inArray(
          proposalsTable.id,
          sql`(select ${proposalDepartmentsTable.proposalId} from ${proposalDepartmentsTable} where ${proposalDepartmentsTable.departmentId} = ${scope.departmentId})`,
        ),
      );
      break;
    case 'organization':
      conditions.push(eq(proposalsTable.organizationId, scope.organizationId));
      break;
  }
  if (filters.q) {
    const search = textSearchCondition(
      proposalsTable.searchText,
      proposalsTable.searchBigrams,
      filters.q,
    );
    if (search) {
      conditions.push(search);
      if (scope.kind === 'department') {
        // A department must not find a proposal by words of a section it may not read yet.
        conditions.push(departmentMayMatch(filters.q));
      }
    }
  }
  if (filters.status) {
    conditions.push(eq(proposalsTable.status, filters.status));
  }
  if (filters.step) {
    const statuses = (Object.keys(STATUSES) as ProposalStatus[]).filter(
      (s) => STATUSES[s].step === filters.step,
    );
    conditions.push(inArray(proposalsTable.status, statuses));
  }
  if (filters.kind) {
    conditions.push(eq(proposalsTable.kind, filters.kind));
  }
  if (filters.themeId) {
    conditions.push(eq(proposalsTable.themeId, filters.themeId));
  }
  if (filters.departmentId) {
    conditions.push(
      inArray(
        proposalsTable.id,
        sql`(select ${proposalDepartmentsTable.proposalId} from ${proposalDepartmentsTable} where ${proposalDepartmentsTable.departmentId} = ${filters.departmentId})`,
      ),
    );
  }
  if (filters.due === 'overdue' || filters.overdue) {
    conditions.push(lt(proposalsTable.dueOn, today));
  } else if (filters.due === 'due_soon') {
    conditions.push(
      gte(proposalsTable.dueOn, today),
      lte(proposalsTable.dueOn, addBusinessDays(today, DUE_SOON_BUSINESS_DAYS)),
    );
  }
  if (filters.calendarFlag === 'any') {
    conditions.push(sql`jsonb_typeof(${proposalsTable.calendarAssessment} -> 'flag') = 'object'`);
  } else if (filters.calendarFlag) {
    conditions.push(
      sql`${proposalsTable.calendarAssessment} -> 'flag' ->> 'severity' = ${filters.calendarFlag}`,
    );
  }
  if (filters.unassigned) {
    conditions.push(isNull(proposalsTable.assignedCoordinatorId));
  }
  if (filters.assignedToMe) {
    conditions.push(eq(proposalsTable.assignedCoordinatorId, actorId));
  }
  return conditions;
}

function orderFor(sort: ProposalListQuery['sort']): SQL[] {
  switch (sort) {
    case 'submitted':
      return [desc(proposalsTable.submittedAt), desc(proposalsTable.id)];
    case 'updated':
      return [desc(proposalsTable.updatedAt), desc(proposalsTable.id)];
    case 'due':
      // Earliest due first; stages without a clock after them, newest first.
      return [
        sql`${proposalsTable.dueOn} asc nulls last`,
        desc(proposalsTable.submittedAt),
        desc(proposalsTable.id),
      ];
  }
}

type InboxArgs = {
  scope: InboxScope;
  query: ProposalListQuery;
  today: string;
  actorId: string;
  limit?: number;
  offset?: number;
  /** Counting stops after this many (LIST_COUNT_CAP). */
  countCap?: number;
};

/** The inbox's page and count queries, not yet run (the benchmark explains them). */
export function inboxQueries(db: Executor, args: InboxArgs) {
  const where = and(...inboxConditions(args.scope, args.query, args.today, args.actorId));
  const roleOf =
    args.scope.kind === 'department'
      ? sql<
          'lead' | 'supporting' | null
        >`(select ${proposalDepartmentsTable.role} from ${proposalDepartmentsTable} where ${proposalDepartmentsTable.proposalId} = ${proposalsTable.id} and ${proposalDepartmentsTable.departmentId} = ${args.scope.departmentId})`
      : sql<null>`null`;
  return {
    page: db
      .select({
        proposal: proposalsTable,
        theme: { id: themesTable.id, title: themesTable.title },
        organization: { id: organizationsTable.id, name: organizationsTable.name },
        leadDepartment: departmentsTable,
        coordinator: { id: usersTable.id, name: usersTable.name },
        departmentRole: roleOf,
      })
      .from(proposalsTable)
      .innerJoin(organizationsTable, eq(organizationsTable.id, proposalsTable.organizationId))
      .leftJoin(themesTable, eq(themesTable.id, proposalsTable.themeId))
      .leftJoin(departmentsTable, eq(departmentsTable.id, proposalsTable.leadDepartmentId))
      .leftJoin(usersTable, eq(usersTable.id, proposalsTable.assignedCoordinatorId))
      .where(where)
      .orderBy(...orderFor(args.query.sort))
      .limit(args.limit ?? args.query.pageSize)
      .offset(args.offset ?? (args.query.page - 1) * args.query.pageSize),
    // Counting stops after the cap: a broad filter over 100,000 rows costs 10,001 rows, not all.
    count: db.select({ n: count() }).from(
      db
        .select({ one: sql`1` })
        .from(proposalsTable)
        .where(where)
        .limit((args.countCap ?? LIST_COUNT_CAP) + 1)
        .as('matching'),
    ),
  };
}

export async function findInbox(db: Executor, args: InboxArgs) {
  const queries = inboxQueries(db, args);
  const [rows, [total]] = await Promise.all([queries.page, queries.count]);
  return {
    rows: rows.map((r) => ({
      proposal: r.proposal,
      theme: r.theme,
      organization: r.organization,
      leadDepartment: r.leadDepartment,
      assignedCoordinator: r.coordinator?.id
        ? { id: r.coordinator.id, name: r.coordinator.name }
        : null,
      departmentRole: r.departmentRole,
    })),
    total: Math.min(total?.n ?? 0, args.countCap ?? LIST_COUNT_CAP),
    totalCapped: (total?.n ?? 0) > (args.countCap ?? LIST_COUNT_CAP),
  };
}
