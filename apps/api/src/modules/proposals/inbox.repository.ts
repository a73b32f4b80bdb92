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
import type { ChangeCache } from '../../db/change-cache';
import type { Executor } from '../../db/client';
import { departmentSql } from '../departments/departments.repository';
import {
  organizationRefSql,
  organizationsMatchingSql,
} from '../organizations/organizations.repository';
import { outerRef } from '../shared/sql';
import { likePattern, normalizeSearchText, textSearchCondition } from '../shared/search';
import { themeRefSql } from '../themes/themes.repository';
import { userNameSql } from '../users/users.repository';
import type { SummaryColumns } from './proposals.presenter';
import { proposalDepartmentsTable, proposalsTable } from './proposals.table';

export type InboxScope =
  | { kind: 'all' }
  | { kind: 'department'; departmentId: string }
  | { kind: 'organization'; organizationId: string };

type Filters = Omit<ProposalListQuery, 'scope' | 'page' | 'pageSize' | 'sort'>;

/**
 * For a department's search: the confidential parts are open to it (an NDA in effect: `unlocked`),
 * or the query is found in the text it may read without one (confidential problem or solution
 * left out). Evaluated only on the few rows the index already matched.
 */
function departmentMayMatch(query: string, unlocked: SQL): SQL {
  const p = proposalsTable;
  const readable = sql`lower(normalize(${p.title} || ' ' || ${p.summary}
    || ' ' || case when 'problem' = any(${p.confidentialSections}) then '' else ${p.problem} end
    || ' ' || case when 'solution' = any(${p.confidentialSections}) then '' else ${p.solution} end, NFKC))`;
  return sql`(${unlocked} or ${readable} like ${likePattern(normalizeSearchText(query))})`;
}

/** The first fiscal year reference numbers may have (KY-<fiscal year>-<5 digits>). */
const FIRST_REFERENCE_YEAR = 2019;

/**
 * The reference numbers a query may mean: the whole number (`KY-2026-00042`, any case), its
 * serial part (`00042`, `42`) in any fiscal year, or nothing. Exact values, so that the unique
 * index on `reference_number` finds them at once.
 */
export function referenceNumbersFor(query: string, today: string): string[] {
  const q = query.trim().toUpperCase().normalize('NFKC');
  const full = /^KY-(\d{4})-(\d{1,5})$/.exec(q);
  if (full) {
    return [`KY-${full[1]}-${full[2]!.padStart(5, '0')}`];
  }
  const serial = /^(?:KY-?)?(\d{1,5})$/.exec(q);
  if (!serial) {
    return [];
  }
  const lastYear = Number(today.slice(0, 4)) + 1;
  const numbers: string[] = [];
  for (let year = FIRST_REFERENCE_YEAR; year <= lastYear; year += 1) {
    numbers.push(`KY-${year}-${serial[1]!.padStart(5, '0')}`);
  }
  return numbers;
}

/**
 * The search of the inbox: the proposal's text (Japanese substring, bigram index), or its
 * organisation's name (「みまもり」 finds 株式会社みまもりテック's proposals), or its reference
 * number (`KY-2026-00042`, `00042`).
 */
function searchCondition(query: string, today: string): SQL | undefined {
  const text = textSearchCondition(proposalsTable.searchText, proposalsTable.searchBigrams, query);
  if (!text) {
    return undefined;
  }
  const references = referenceNumbersFor(query, today);
  const branches = [
    text,
    inArray(proposalsTable.organizationId, organizationsMatchingSql(query)),
    ...(references.length > 0 ? [inArray(proposalsTable.referenceNumber, references)] : []),
  ];
  return sql`(${sql.join(branches, sql` or `)})`;
}

export function inboxConditions(
  scope: InboxScope,
  filters: Filters,
  today: string,
  actorId: string,
  unlockedSql: (proposalId: typeof proposalsTable.id) => SQL,
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
    const search = searchCondition(filters.q, today);
    if (search) {
      conditions.push(search);
      if (scope.kind === 'department') {
        // A department must not find a proposal by words of a section it may not read yet
        // (its organisation's name and its reference number are never confidential).
        const references = referenceNumbersFor(filters.q, today);
        conditions.push(
          sql`(${sql.join(
            [
              departmentMayMatch(filters.q, unlockedSql(proposalsTable.id)),
              inArray(proposalsTable.organizationId, organizationsMatchingSql(filters.q)),
              ...(references.length > 0
                ? [inArray(proposalsTable.referenceNumber, references)]
                : []),
            ],
            sql` or `,
          )})`,
        );
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
  /**
   * The case core's "confidential parts are open to the departments" condition; without it,
   * nothing is open (the safe side).
   */
  unlockedSql?: (proposalId: typeof proposalsTable.id) => SQL;
  limit?: number;
  offset?: number;
  /** Counting stops after this many (LIST_COUNT_CAP). */
  countCap?: number;
};

/** What a list shows of a proposal: its long texts stay in the database. */
const summaryColumns = {
  id: proposalsTable.id,
  referenceNumber: proposalsTable.referenceNumber,
  kind: proposalsTable.kind,
  status: proposalsTable.status,
  holdResumeOn: proposalsTable.holdResumeOn,
  transferCount: proposalsTable.transferCount,
  dueOn: proposalsTable.dueOn,
  title: proposalsTable.title,
  summary: proposalsTable.summary,
  calendarAssessment: proposalsTable.calendarAssessment,
  submittedAt: proposalsTable.submittedAt,
  leadAcceptedAt: proposalsTable.leadAcceptedAt,
  closedAt: proposalsTable.closedAt,
  assignedCoordinatorId: proposalsTable.assignedCoordinatorId,
  createdAt: proposalsTable.createdAt,
  updatedAt: proposalsTable.updatedAt,
} satisfies { [K in keyof SummaryColumns]: unknown };

/** The inbox's page and count queries, not yet run (the benchmark explains them). */
export function inboxQueries(db: Executor, args: InboxArgs) {
  const where = and(
    ...inboxConditions(
      args.scope,
      args.query,
      args.today,
      args.actorId,
      args.unlockedSql ?? (() => sql`false`),
    ),
  );
  const roleOf =
    args.scope.kind === 'department'
      ? sql<
          'lead' | 'supporting' | null
        >`(select ${proposalDepartmentsTable.role} from ${proposalDepartmentsTable} where ${proposalDepartmentsTable.proposalId} = ${outerRef(proposalsTable.id)} and ${proposalDepartmentsTable.departmentId} = ${args.scope.departmentId})`
      : sql<null>`null`;
  return {
    page: db
      .select({
        proposal: summaryColumns,
        theme: themeRefSql(proposalsTable.themeId),
        organization: organizationRefSql(proposalsTable.organizationId),
        leadDepartment: departmentSql(proposalsTable.leadDepartmentId),
        coordinatorName: userNameSql(proposalsTable.assignedCoordinatorId),
        departmentRole: roleOf,
      })
      .from(proposalsTable)
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

/**
 * One page of the inbox and how many match. The city's inbox remembers its totals per filter
 * until a proposal that is not a draft changes (the change feed, `caches.ts`): counting, even
 * capped, reads up to 10,001 rows, where the page reads 20.
 */
export async function findInbox(db: Executor, args: InboxArgs & { totals?: ChangeCache<number> }) {
  const queries = inboxQueries(db, args);
  const cap = args.countCap ?? LIST_COUNT_CAP;
  const count = async () => (await queries.count)[0]?.n ?? 0;
  const { page: _page, pageSize: _pageSize, sort: _sort, ...filters } = args.query;
  const total =
    args.totals && args.scope.kind !== 'organization'
      ? args.totals.get(JSON.stringify([args.scope, filters, args.today, args.actorId, cap]), count)
      : count();
  const [rows, n = 0] = await Promise.all([queries.page, total]);
  return {
    rows: rows.map((r) => ({
      proposal: r.proposal,
      theme: r.theme ? { id: r.theme.id, title: r.theme.title } : null,
      organization: r.organization,
      leadDepartment: r.leadDepartment,
      assignedCoordinator:
        r.proposal.assignedCoordinatorId && r.coordinatorName
          ? { id: r.proposal.assignedCoordinatorId, name: r.coordinatorName }
          : null,
      departmentRole: r.departmentRole,
    })),
    total: Math.min(n, cap),
    totalCapped: n > cap,
  };
}
