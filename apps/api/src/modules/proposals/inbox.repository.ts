/**
 * The city's inbox: every submitted proposal (the desk) or those a department leads or supports,
 * with filters, Japanese search and sorting, in one query plus its count. Department scoping is
 * part of the query itself, so an unscoped department list cannot happen.
 */
import {
  and,
  count,
  desc,
  isNull,
  ne,
  sql,
  type Placeholder,
  type SQL,
  type SQLWrapper,
} from 'drizzle-orm';
import { addBusinessDays } from '@kyoso/calendar/business-days';
import {
  DUE_SOON_BUSINESS_DAYS,
  LIST_COUNT_CAP,
  type ProposalListQuery,
} from '@kyoso/contracts/proposals';
import { STATUSES, type ProposalStatus } from '@kyoso/contracts/workflow';
import type { ChangeCache } from '../../db/change-cache';
import { inlineBinder, statementsByShape, type Binder } from '../../db/binder';
import type { Executor } from '../../db/client';
import { departmentSql } from '../departments/departments.repository';
import {
  organizationRefSql,
  organizationsMatchingPatternSql,
} from '../organizations/organizations.repository';
import { outerRef } from '../shared/sql';
import { bigramsOf, likePattern, normalizeSearchText } from '../shared/search';
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
function departmentMayMatch(pattern: SQLWrapper, unlocked: SQL): SQL {
  const p = proposalsTable;
  const readable = sql`lower(normalize(${p.title} || ' ' || ${p.summary}
    || ' ' || case when 'problem' = any(${p.confidentialSections}) then '' else ${p.problem} end
    || ' ' || case when 'solution' = any(${p.confidentialSections}) then '' else ${p.solution} end, NFKC))`;
  return sql`(${unlocked} or ${readable} like ${pattern})`;
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
 * The search of the inbox: the proposal's text (Japanese substring, bigram index, as
 * `textSearchCondition` writes it), or its organisation's name (「みまもり」 finds
 * 株式会社みまもりテック's proposals), or its reference number (`KY-2026-00042`, `00042`). For a
 * department, also: the words are in what it may read (its organisation's name and its reference
 * number are never confidential).
 */
function searchConditions(
  query: string,
  today: string,
  scope: InboxScope,
  unlockedSql: (proposalId: typeof proposalsTable.id) => SQL,
  b: Binder,
): SQL[] {
  const normalized = normalizeSearchText(query);
  if (!normalized) {
    return [];
  }
  const p = proposalsTable;
  const pattern = b.bind('pattern', likePattern(normalized));
  const pieces = bigramsOf(normalized);
  const text =
    pieces.length === 0
      ? sql`${p.searchText} like ${pattern}`
      : sql`(${p.searchBigrams} @> ${b.bind('bigrams', pieces)}::text[] and ${p.searchText} like ${pattern})`;
  const references = referenceNumbersFor(query, today);
  const others = [
    sql`${p.organizationId} in ${organizationsMatchingPatternSql(pattern)}`,
    ...(references.length > 0
      ? [sql`${p.referenceNumber} = any(${b.bind('references', references)}::text[])`]
      : []),
  ];
  const conditions = [sql`(${sql.join([text, ...others], sql` or `)})`];
  if (scope.kind === 'department') {
    // A department must not find a proposal by words of a section it may not read yet.
    conditions.push(
      sql`(${sql.join([departmentMayMatch(pattern, unlockedSql(p.id)), ...others], sql` or `)})`,
    );
  }
  return conditions;
}

export function inboxConditions(
  scope: InboxScope,
  filters: Filters,
  today: string,
  actorId: string,
  unlockedSql: (proposalId: typeof proposalsTable.id) => SQL,
  b: Binder = inlineBinder(),
): SQL[] {
  const p = proposalsTable;
  const conditions: SQL[] = [];
  const inDepartment = (name: string, departmentId: string) =>
    sql`${p.id} in (select ${proposalDepartmentsTable.proposalId} from ${proposalDepartmentsTable} where ${proposalDepartmentsTable.departmentId} = ${b.bind(name, departmentId)})`;
  switch (scope.kind) {
    case 'all':
      b.mark('all');
      conditions.push(ne(p.status, 'draft'));
      break;
    case 'department':
      conditions.push(ne(p.status, 'draft'), inDepartment('scopeDepartment', scope.departmentId));
      break;
    case 'organization':
      conditions.push(sql`${p.organizationId} = ${b.bind('organization', scope.organizationId)}`);
      break;
  }
  if (filters.q) {
    conditions.push(...searchConditions(filters.q, today, scope, unlockedSql, b));
  }
  if (filters.status) {
    conditions.push(sql`${p.status} = ${b.bind('status', filters.status)}`);
  }
  if (filters.step) {
    const statuses = (Object.keys(STATUSES) as ProposalStatus[]).filter(
      (s) => STATUSES[s].step === filters.step,
    );
    conditions.push(sql`${p.status} = any(${b.bind('statuses', statuses)}::text[])`);
  }
  if (filters.kind) {
    conditions.push(sql`${p.kind} = ${b.bind('kind', filters.kind)}`);
  }
  if (filters.themeId) {
    conditions.push(sql`${p.themeId} = ${b.bind('theme', filters.themeId)}`);
  }
  if (filters.departmentId) {
    conditions.push(inDepartment('department', filters.departmentId));
  }
  if (filters.due === 'overdue' || filters.overdue) {
    conditions.push(sql`${p.dueOn} < ${b.bind('today', today)}`);
  } else if (filters.due === 'due_soon') {
    conditions.push(
      sql`${p.dueOn} >= ${b.bind('today', today)}`,
      sql`${p.dueOn} <= ${b.bind('dueSoon', addBusinessDays(today, DUE_SOON_BUSINESS_DAYS))}`,
    );
  }
  if (filters.calendarFlag === 'any') {
    b.mark('anyFlag');
    conditions.push(sql`jsonb_typeof(${p.calendarAssessment} -> 'flag') = 'object'`);
  } else if (filters.calendarFlag) {
    conditions.push(
      sql`${p.calendarAssessment} -> 'flag' ->> 'severity' = ${b.bind('flag', filters.calendarFlag)}`,
    );
  }
  if (filters.unassigned) {
    b.mark('unassigned');
    conditions.push(isNull(p.assignedCoordinatorId));
  }
  if (filters.assignedToMe) {
    conditions.push(sql`${p.assignedCoordinatorId} = ${b.bind('actor', actorId)}`);
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

/**
 * Everything the inbox's statements take from a request, bound by `b` in one order: the
 * conditions, the sort, the department of a department's inbox, the page and the count's cap.
 */
function bindInbox(args: InboxArgs, b: Binder) {
  const where = and(
    ...inboxConditions(
      args.scope,
      args.query,
      args.today,
      args.actorId,
      args.unlockedSql ?? (() => sql`false`),
      b,
    ),
  );
  b.mark(args.query.sort);
  const scopeDepartment =
    args.scope.kind === 'department' ? b.bind('scopeDepartment', args.scope.departmentId) : null;
  return {
    where,
    scopeDepartment,
    limit: b.bind('limit', args.limit ?? args.query.pageSize) as Placeholder,
    offset: b.bind(
      'offset',
      args.offset ?? (args.query.page - 1) * args.query.pageSize,
    ) as Placeholder,
    countLimit: b.bind('countLimit', (args.countCap ?? LIST_COUNT_CAP) + 1) as Placeholder,
  };
}

/** The inbox's page and count statements, with their values bound by `b`. */
function buildInbox(db: Executor, args: InboxArgs, b: Binder) {
  const { where, scopeDepartment, limit, offset, countLimit } = bindInbox(args, b);
  const roleOf = scopeDepartment
    ? sql<
        'lead' | 'supporting' | null
      >`(select ${proposalDepartmentsTable.role} from ${proposalDepartmentsTable} where ${proposalDepartmentsTable.proposalId} = ${outerRef(proposalsTable.id)} and ${proposalDepartmentsTable.departmentId} = ${scopeDepartment})`
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
      .limit(limit)
      .offset(offset),
    // Counting stops after the cap: a broad filter over 100,000 rows costs 10,001 rows, not all.
    count: db.select({ n: count() }).from(
      db
        .select({ one: sql`1` })
        .from(proposalsTable)
        .where(where)
        .limit(countLimit)
        .as('matching'),
    ),
  };
}

/** The inbox's page and count queries with their values, not yet run (the benchmark explains them). */
export function inboxQueries(db: Executor, args: InboxArgs) {
  return buildInbox(db, args, inlineBinder());
}

/**
 * The inbox's statements for these filters, built once per shape of filter (which filters, which
 * sort, which kind of search) and database handle (`db/binder.ts`).
 */
const inboxStatements = statementsByShape({
  name: 'inbox',
  bind: bindInbox,
  build: (db: Executor, args: InboxArgs, b: Binder) => {
    const built = buildInbox(db, args, b);
    // Unnamed on the server: PostgreSQL still plans each search with its words.
    return { page: built.page.prepare(''), count: built.count.prepare('') };
  },
  said: (statements) => ({ page: statements.page.getQuery(), count: statements.count.getQuery() }),
});

/**
 * One page of the inbox and how many match. The city's inbox remembers its totals per filter
 * until a proposal that is not a draft changes (the change feed, `caches.ts`): counting, even
 * capped, reads up to 10,001 rows, where the page reads 20.
 */
export async function findInbox(
  db: Executor,
  args: InboxArgs & { totals?: ChangeCache<number>; verify?: boolean },
) {
  const { statements: prepared, values } = inboxStatements(db, args, args.verify ?? false);
  const cap = args.countCap ?? LIST_COUNT_CAP;
  const count = async () => (await prepared.count.execute(values))[0]?.n ?? 0;
  const { page: _page, pageSize: _pageSize, sort: _sort, ...filters } = args.query;
  const total =
    args.totals && args.scope.kind !== 'organization'
      ? args.totals.get(JSON.stringify([args.scope, filters, args.today, args.actorId, cap]), count)
      : count();
  const [rows, n = 0] = await Promise.all([prepared.page.execute(values), total]);
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
