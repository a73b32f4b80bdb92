/**
 * The departments' daily digest: every business morning, each department's staff receive the
 * proposals their department leads whose stage is overdue or due within two business days, and
 * the KPI reports waiting for their verification. Sent once a day whatever the number of API
 * processes (the day is claimed in `job_runs`, in the same transaction); only to people with
 * something to read, and never to those who turned the digests off.
 */
import { staffStatusLabel } from '@kyoso/contracts/workflow-text';
import { addBusinessDays } from '@kyoso/calendar/business-days';
import { tokyoDate } from '@kyoso/calendar/dates';
import { DUE_SOON_BUSINESS_DAYS } from '@kyoso/contracts/proposals';
import { KPI_REPORT_STATUSES } from '../kpis/kpis.policies';
import { findReportsAwaitingVerification } from '../kpis/kpis.repository';
import { findDepartments } from '../departments/departments.repository';
import { appLink, enqueueEmail } from '../notifications/outbox.service';
import { findProposalSummaries, findProposalsDueBetween } from '../proposals/proposals.repository';
import type { AppContext } from '../../app-context';
import { departmentStaff } from '../users/users.repository';
import { periodText } from './case-jobs.service';
import { claimDailyRun } from './jobs.repository';

export const DEPARTMENT_DIGEST_JOB = 'department_digest';
/** Longer lists are cut; the counts in the e-mail stay exact. */
const MAX_LISTED = 100;

export type DepartmentDigestResult =
  { sent: false; reason: 'already_sent' } | { sent: true; departments: number; recipients: number };

type DigestItem = {
  referenceNumber: string | null;
  title: string;
  dueOn: string;
  status: { ja: string; en: string; easy?: string };
  link: string;
};
type KpiItem = {
  referenceNumber: string | null;
  title: string;
  kpi: string;
  period: { ja: string; en: string; easy: string };
  reportedOn: string;
  link: string;
};
type Bucket = { overdue: DigestItem[]; dueSoon: DigestItem[]; kpis: KpiItem[] };

export async function sendDepartmentDigests(args: {
  ctx: AppContext;
  today: string;
}): Promise<DepartmentDigestResult> {
  const { ctx, today } = args;
  const soon = addBusinessDays(today, DUE_SOON_BUSINESS_DAYS);
  const result = await ctx.db.transaction(async (tx): Promise<DepartmentDigestResult> => {
    if (!(await claimDailyRun(tx, DEPARTMENT_DIGEST_JOB, today))) {
      return { sent: false, reason: 'already_sent' };
    }
    // One after the other: a transaction's statements share its one connection.
    const overdue = await findProposalsDueBetween(tx, { before: today });
    const dueSoon = await findProposalsDueBetween(tx, { from: today, to: soon });
    const reports = await findReportsAwaitingVerification(tx);
    const byDepartment = new Map<string, Bucket>();
    const bucket = (departmentId: string) => {
      let b = byDepartment.get(departmentId);
      if (!b) {
        b = { overdue: [], dueSoon: [], kpis: [] };
        byDepartment.set(departmentId, b);
      }
      return b;
    };
    const item = (p: (typeof overdue)[number]): DigestItem => ({
      referenceNumber: p.referenceNumber,
      title: p.title,
      dueOn: p.dueOn ?? '',
      status: staffStatusLabel(p.status),
      link: appLink(ctx.config, `/proposals/${p.id}`),
    });
    for (const p of overdue) {
      if (p.leadDepartmentId) {
        bucket(p.leadDepartmentId).overdue.push(item(p));
      }
    }
    for (const p of dueSoon) {
      if (p.leadDepartmentId) {
        bucket(p.leadDepartmentId).dueSoon.push(item(p));
      }
    }
    const proposals = new Map(
      (await findProposalSummaries(tx, [...new Set(reports.map((r) => r.proposalId))])).map((p) => [
        p.id,
        p,
      ]),
    );
    for (const r of reports) {
      const p = proposals.get(r.proposalId);
      // Only reports the lead department may verify now (the project is under way).
      if (!p?.leadDepartmentId || !KPI_REPORT_STATUSES.includes(p.status)) {
        continue;
      }
      bucket(p.leadDepartmentId).kpis.push({
        referenceNumber: p.referenceNumber,
        title: p.title,
        kpi: r.kpi,
        period: periodText(r.periodStart, r.periodEnd, r.monthly),
        reportedOn: tokyoDate(r.reportedAt),
        link: appLink(ctx.config, `/proposals/${p.id}`, { tab: 'kpis' }),
      });
    }

    const departments = new Map((await findDepartments(tx)).map((d) => [d.id, d]));
    const staff = await departmentStaff(tx, [...byDepartment.keys()]);
    let recipients = 0;
    for (const member of staff) {
      const b = member.departmentId ? byDepartment.get(member.departmentId) : undefined;
      const department = member.departmentId ? departments.get(member.departmentId) : undefined;
      if (!b || !department || member.digestOptOut) {
        continue;
      }
      await enqueueEmail({
        tx,
        config: ctx.config,
        to: member.email,
        language: member.language,
        template: 'department_digest',
        data: {
          name: member.name,
          departmentName: { ja: department.nameJa, en: department.nameEn },
          date: today,
          overdueCount: b.overdue.length,
          dueSoonCount: b.dueSoon.length,
          kpiCount: b.kpis.length,
          overdue: b.overdue.slice(0, MAX_LISTED),
          dueSoon: b.dueSoon.slice(0, MAX_LISTED),
          kpis: b.kpis.slice(0, MAX_LISTED),
          inboxLink: appLink(ctx.config, '/inbox', { due: 'overdue' }),
          accountLink: appLink(ctx.config, '/account'),
        },
      });
      recipients += 1;
    }
    return { sent: true, departments: byDepartment.size, recipients };
  });
  ctx.wakeOutbox();
  return result;
}
