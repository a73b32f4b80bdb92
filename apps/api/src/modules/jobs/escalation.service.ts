/**
 * Escalation of stages long overdue: a proposal whose stage is overdue by more than
 * `ESCALATION_BUSINESS_DAYS` business days is flagged to the co-creation desk and to the head(s)
 * of its lead department, once per proposal, status and due date (claimed in the database with
 * the e-mails, so a second run, process or day sends nothing more).
 */
import { businessDaysBetween } from '@kyoso/calendar/business-days';
import { staffStatusLabel } from '@kyoso/contracts/workflow-text';
import { findDepartments } from '../departments/departments.repository';
import { appLink, enqueueEmail } from '../notifications/outbox.service';
import { findProposalsDueBetween } from '../proposals/proposals.repository';
import type { AppContext } from '../../app-context';
import { coordinators, departmentStaff } from '../users/users.repository';
import { claimStageEscalation } from './jobs.repository';

/** A stage overdue by more than this many business days is escalated. */
export const ESCALATION_BUSINESS_DAYS = 5;

export type EscalationResult = { escalated: number };

export async function runEscalations(args: {
  ctx: AppContext;
  today: string;
}): Promise<EscalationResult> {
  const { ctx, today } = args;
  let escalated = 0;
  const overdue = (await findProposalsDueBetween(ctx.db, { before: today }))
    .map((p) => ({ ...p, days: businessDaysBetween(p.dueOn ?? today, today) }))
    .filter((p) => p.dueOn && p.days > ESCALATION_BUSINESS_DAYS);
  if (overdue.length === 0) {
    return { escalated };
  }
  const departments = new Map((await findDepartments(ctx.db)).map((d) => [d.id, d]));
  for (const p of overdue) {
    await ctx.db.transaction(async (tx) => {
      if (
        !(await claimStageEscalation(tx, { proposalId: p.id, status: p.status, dueOn: p.dueOn! }))
      ) {
        return;
      }
      const department = p.leadDepartmentId ? departments.get(p.leadDepartmentId) : undefined;
      const heads = p.leadDepartmentId
        ? (await departmentStaff(tx, [p.leadDepartmentId])).filter((m) => m.departmentHead)
        : [];
      const recipients = [...(await coordinators(tx)), ...heads];
      for (const r of recipients) {
        await enqueueEmail({
          tx,
          config: ctx.config,
          to: r.email,
          language: r.language,
          template: 'stage_escalation',
          data: {
            name: r.name,
            referenceNumber: p.referenceNumber,
            title: p.title,
            status: staffStatusLabel(p.status),
            departmentName: department ? { ja: department.nameJa, en: department.nameEn } : null,
            dueOn: p.dueOn!,
            daysOverdue: p.days,
            link: appLink(ctx.config, `/proposals/${p.id}`),
          },
        });
      }
      escalated += 1;
    });
  }
  ctx.wakeOutbox();
  return { escalated };
}
