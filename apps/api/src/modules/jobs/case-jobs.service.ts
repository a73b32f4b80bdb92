/**
 * The daily jobs of STEPs 4–6: holds whose date has come go back to the lead department, the
 * proposer is reminded before a KPI report is due (and once when it is overdue), and the lead
 * department is reminded when a report has waited for verification longer than the service
 * level. Each reminder is sent once (claimed in the database), so a job may run again safely.
 */
import { addBusinessDays } from '@kyoso/calendar/business-days';
import { tokyoDate } from '@kyoso/calendar/dates';
import type { AppContext } from '../../app-context';
import { kpisViewFor, periodVar } from '../kpis/kpis.case';
import { claimReminder } from '../kpis/kpis.repository';
import { appLink, enqueueEmail } from '../notifications/outbox.service';
import { findHoldsEndedBy, findProposalIdsInStatuses } from '../proposals/proposals.repository';
import { getServiceLevels } from '../settings/settings.service';
import { LANGUAGES } from '@kyoso/i18n/languages';
import { departmentStaff, organizationRecipients } from '../users/users.repository';
import { resumeEndedHold } from '../workflow/workflow.service';

export type CaseJobsResult = {
  holdsResumed: number;
  reportReminders: number;
  verificationReminders: number;
};

/** A period in words in every language, for an e-mail's data. */
export function periodText(periodStart: string, periodEnd: string, monthly: boolean) {
  const words = periodVar(periodStart, monthly ? null : periodEnd);
  return Object.fromEntries(
    LANGUAGES.map((language) => [language, typeof words === 'function' ? words(language) : '']),
  ) as { ja: string; en: string; easy: string };
}

export async function runCaseJobs(args: {
  ctx: AppContext;
  today: string;
}): Promise<CaseJobsResult> {
  const { ctx, today } = args;
  const result: CaseJobsResult = { holdsResumed: 0, reportReminders: 0, verificationReminders: 0 };

  for (const proposalId of await findHoldsEndedBy(ctx.db, today)) {
    if (await resumeEndedHold({ ctx, proposalId, today })) {
      result.holdsResumed += 1;
    }
  }

  const levels = await getServiceLevels(ctx.db);
  for (const proposalId of await findProposalIdsInStatuses(ctx.db, ['in_progress', 'evaluation'])) {
    await ctx.db.transaction(async (tx) => {
      const access = await ctx.cases.loadForSystem(tx, proposalId);
      if (!access) {
        return;
      }
      const p = access.proposal;
      const link = appLink(ctx.config, `/proposals/${p.id}`, { tab: 'kpis' });
      const { kpis } = kpisViewFor(access, ctx.now());
      for (const kpi of kpis) {
        for (const period of kpi.periods) {
          const words = periodText(period.periodStart, period.periodEnd, kpi.period === 'monthly');
          const remindFrom = addBusinessDays(period.periodEnd, 1);
          const dueSoon =
            !period.report &&
            today >= remindFrom &&
            addBusinessDays(today, levels.reminderBusinessDays) >= period.dueOn;
          if (
            dueSoon &&
            (await claimReminder(tx, {
              kpiId: kpi.id,
              periodStart: period.periodStart,
              kind: 'report_due',
            }))
          ) {
            for (const member of await organizationRecipients(tx, p.organizationId)) {
              await enqueueEmail({
                tx,
                config: ctx.config,
                to: member.email,
                language: member.language,
                template: 'kpi_report_due',
                data: {
                  name: member.name,
                  referenceNumber: p.referenceNumber,
                  title: p.title,
                  kpi: kpi.name,
                  period: words,
                  dueOn: period.dueOn,
                  link,
                },
              });
            }
            result.reportReminders += 1;
          }
          const report = period.report;
          const waiting = report && (report.status === 'submitted' || report.status === 'answered');
          const since = report ? (report.answeredAt ?? report.reportedAt) : null;
          if (
            waiting &&
            since &&
            addBusinessDays(tokyoDate(new Date(since)), levels.kpiVerificationBusinessDays) <=
              today &&
            (await claimReminder(tx, {
              kpiId: kpi.id,
              periodStart: period.periodStart,
              kind: 'verification',
            }))
          ) {
            for (const member of p.leadDepartmentId
              ? await departmentStaff(tx, [p.leadDepartmentId])
              : []) {
              await enqueueEmail({
                tx,
                config: ctx.config,
                to: member.email,
                language: member.language,
                template: 'kpi_verification_waiting',
                data: {
                  name: member.name,
                  referenceNumber: p.referenceNumber,
                  title: p.title,
                  kpi: kpi.name,
                  period: words,
                  reportedOn: tokyoDate(new Date(report.reportedAt)),
                  days: levels.kpiVerificationBusinessDays,
                  link,
                },
              });
            }
            result.verificationReminders += 1;
          }
        }
      }
    });
  }
  ctx.wakeOutbox();
  return result;
}
