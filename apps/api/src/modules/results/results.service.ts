/**
 * Public results: the cases whose proposer consented to a public summary, and the statistics of
 * the process. No login; nothing personal or confidential (no person, no organisation's contact,
 * no section of a proposal, only the consented summary and the verified KPI values).
 */
import type { PublicCase, PublicCasesQuery, Statistics } from '@kyoso/contracts/results';
import { SCREENING_BUSINESS_DAYS, type ProposalStatus } from '@kyoso/contracts/workflow';
import type { AppContext } from '../../app-context';
import { consentedSummarySql, publicAgreementSql } from '../agreements/agreements.repository';
import { findDepartments, type DepartmentRow } from '../departments/departments.repository';
import { publicKpiResultsSql } from '../kpis/kpis.repository';
import {
  findFiscalYears,
  findPublicProposals,
  findStatisticsRows,
  proposalRefs,
} from '../proposals/proposals.repository';
import { themeRefSql } from '../themes/themes.repository';
import { computeStatistics } from './statistics';
import { sql } from 'drizzle-orm';

const STAGE_OF: Partial<Record<ProposalStatus, PublicCase['stage']>> = {
  in_progress: 'running',
  evaluation: 'evaluating',
  completed: 'completed',
};
const STATUSES_OF: Record<PublicCase['stage'], ProposalStatus> = {
  running: 'in_progress',
  evaluating: 'evaluation',
  completed: 'completed',
};

/** Each department's bureau (局), walking up the chart. */
function bureausOf(departments: readonly DepartmentRow[]) {
  const byId = new Map(departments.map((d) => [d.id, d]));
  const bureau = (id: string | null): DepartmentRow | null => {
    let current = id ? byId.get(id) : undefined;
    while (current && current.level !== 'bureau') {
      current = current.parentId ? byId.get(current.parentId) : undefined;
    }
    return current ?? null;
  };
  const descendants = (rootId: string): string[] => {
    const found = [rootId];
    for (let i = 0; i < found.length; i += 1) {
      for (const d of departments) {
        if (d.parentId === found[i]) {
          found.push(d.id);
        }
      }
    }
    return found;
  };
  return { byId, bureau, descendants };
}

const ref = (d: DepartmentRow | null | undefined) =>
  d ? { id: d.id, name: { ja: d.nameJa, en: d.nameEn } } : null;

/** The public cases, newest first. */
export async function listPublicCases(ctx: AppContext, query: PublicCasesQuery) {
  const chart = bureausOf(await findDepartments(ctx.db));
  const { rows, total } = await findPublicProposals(ctx.db, {
    extra: {
      summary: consentedSummarySql(proposalRefs.id),
      agreement: publicAgreementSql(proposalRefs.id),
      kpis: publicKpiResultsSql(proposalRefs.id),
      theme: themeRefSql(proposalRefs.themeId),
    },
    // Nothing about a project is public without its proposer's consent.
    where: [
      sql`${consentedSummarySql(proposalRefs.id)} is not null`,
      ...(query.themeId ? [sql`${proposalRefs.themeId} = ${query.themeId}`] : []),
    ],
    statuses: query.stage ? [STATUSES_OF[query.stage]] : Object.values(STATUSES_OF),
    fiscalYear: query.fiscalYear,
    leadDepartmentIds: query.bureauId ? chart.descendants(query.bureauId) : undefined,
    q: query.q ? { words: query.q, searchAlso: consentedSummarySql(proposalRefs.id) } : undefined,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const cases: PublicCase[] = rows.map((row) => {
    const department = row.leadDepartmentId ? chart.byId.get(row.leadDepartmentId) : undefined;
    const agreement = row.agreement as {
      type: PublicCase['agreementType'];
      startsOn: string;
      endsOn: string;
    } | null;
    const theme = row.theme as { id: string; title: string } | null;
    return {
      referenceNumber: row.referenceNumber ?? '',
      title: row.title,
      summary: row.summary ?? '',
      kind: row.kind,
      theme: theme ? { id: theme.id, title: theme.title } : null,
      department: ref(department),
      bureau: ref(chart.bureau(row.leadDepartmentId)),
      fiscalYear: row.fiscalYear,
      stage: STAGE_OF[row.status] ?? 'running',
      agreementType: agreement?.type ?? null,
      startsOn: agreement?.startsOn ?? null,
      endsOn: agreement?.endsOn ?? null,
      nextStage: row.status === 'completed' ? row.outcome : null,
      kpis: (row.kpis as PublicCase['kpis']).map((k) => ({
        ...k,
        baseline: Number(k.baseline),
        target: Number(k.target),
        results: k.results.map((r) => ({ ...r, actual: Number(r.actual) })),
      })),
    };
  });
  return { cases, total };
}

/**
 * The statistics of one fiscal year, or of every year when none is given. They read every
 * submitted proposal, so each process keeps them until a proposal changes (at most ten minutes;
 * visitors asking at once share one computation); `computedAt` says when they were computed.
 */
export async function getStatistics(
  ctx: AppContext,
  fiscalYear: number | null,
): Promise<Statistics> {
  const statistics = await ctx.caches.statistics.get(`${fiscalYear ?? 'all'}`, () =>
    computeFromDatabase(ctx, fiscalYear),
  );
  return statistics!;
}

async function computeFromDatabase(ctx: AppContext, fiscalYear: number | null) {
  const [rows, years] = await Promise.all([
    findStatisticsRows(ctx.db, fiscalYear),
    findFiscalYears(ctx.db),
  ]);
  return computeStatistics({
    proposals: rows.map((r) => ({ ...r, declineReasonCodes: r.declineReasonCodes ?? null })),
    fiscalYear,
    fiscalYears: years,
    computedAt: ctx.now(),
    firstCheckBusinessDays: SCREENING_BUSINESS_DAYS,
  });
}
