import type { WorkflowAction } from '@kyoso/contracts/workflow';
/**
 * The e-mails a transition causes, written to the outbox inside the transition's transaction.
 */
import { nextActionText } from '@kyoso/contracts/workflow-text';
import { textOf } from '@kyoso/i18n/core';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { pickText, type LocalizedText } from '@kyoso/i18n/languages';
import type { AppContext } from '../../app-context';
import type { Transaction } from '../../db/client';
import { getDepartmentById } from '../departments/departments.repository';
import { appLink, enqueueEmail } from '../notifications/outbox.service';
import type { CaseAccess } from '../proposals/proposals.case';
import { statusLabelFor } from '../proposals/proposals.presenter';
import { coordinators, departmentStaff, organizationRecipients } from '../users/users.repository';

/**
 * Tells the proposer's organisation about a transition (the workflow table says which ones:
 * internal hand-offs such as routing send nothing, since what the proposer sees —
 * "担当部署を調整中" — does not change): the receipt on submission, otherwise the new public
 * label with the city's text and what happens next.
 */
export async function notifyProposerOfStatus(args: {
  ctx: AppContext;
  tx: Transaction;
  access: CaseAccess;
  kind: 'receipt' | 'status';
  reason: string | null;
  reasonLabel: LocalizedText | null;
  /** Why the city went ahead without what the proposer was asked to confirm. */
  override: string | null;
  reasonCodes: LocalizedText[];
  /** The action taken (the STEP records add their facts to the e-mail). */
  action?: WorkflowAction;
}) {
  const { ctx, tx, access, kind } = args;
  const facts = args.action ? ctx.cases.emailFacts(access, args.action) : [];
  const p = access.proposal;
  const link = appLink(ctx.config, `/proposals/${p.id}`);
  const recipients = await organizationRecipients(tx, p.organizationId);
  for (const recipient of recipients) {
    if (kind === 'receipt' && p.referenceNumber && p.calendarAssessment) {
      await enqueueEmail({
        tx,
        config: ctx.config,
        to: recipient.email,
        language: recipient.language,
        template: 'proposal_received',
        data: {
          name: recipient.name,
          referenceNumber: p.referenceNumber,
          title: p.title,
          submittedOn: p.calendarAssessment.date,
          screeningDueDate: p.calendarAssessment.screeningDueDate,
          calendarNote: p.calendarAssessment.flag?.message ?? null,
          link,
        },
      });
      continue;
    }
    const codes = args.reasonCodes.map((c) => `・${pickText(c, recipient.language)}`).join('\n');
    const reason = [codes, args.reason].filter((part) => part && part.length > 0).join('\n\n');
    await enqueueEmail({
      tx,
      config: ctx.config,
      to: recipient.email,
      language: recipient.language,
      template: 'proposal_status_changed',
      data: {
        name: recipient.name,
        referenceNumber: p.referenceNumber,
        title: p.title,
        statusLabel: statusLabelFor(p, access.leadDepartment, ['proposer']),
        reason: args.override ?? (reason.length > 0 ? reason : null),
        reasonLabel: args.override
          ? textOf(workflowMessages, 'event.review_override')
          : args.reasonLabel,
        nextAction: nextActionText(p.status),
        facts,
        dueDate: p.dueOn,
        link,
      },
    });
  }
}

/** Tells the staff of the lead and supporting departments that a proposal was routed to them. */
export async function notifyDepartmentsOfRouting(args: {
  ctx: AppContext;
  tx: Transaction;
  access: CaseAccess;
  note: string | null;
}) {
  const { ctx, tx, access, note } = args;
  const p = access.proposal;
  const roles = new Map<string, 'lead' | 'supporting'>();
  if (p.leadDepartmentId) {
    roles.set(p.leadDepartmentId, 'lead');
  }
  for (const d of access.supportingDepartments) {
    roles.set(d.id, 'supporting');
  }
  if (roles.size === 0) {
    return;
  }
  const staff = await departmentStaff(tx, [...roles.keys()]);
  for (const member of staff) {
    const role = member.departmentId ? roles.get(member.departmentId) : undefined;
    if (!role) {
      continue;
    }
    await enqueueEmail({
      tx,
      config: ctx.config,
      to: member.email,
      language: member.language,
      template: 'proposal_assigned',
      data: {
        name: member.name,
        referenceNumber: p.referenceNumber,
        title: p.title,
        role,
        note,
        dueDate: role === 'lead' ? p.departmentDueOn : null,
        link: appLink(ctx.config, `/proposals/${p.id}`),
      },
    });
  }
}

/** Tells the co-creation desk that the lead department gave a proposal back. */
export async function notifyCoordinatorsOfReturn(args: {
  ctx: AppContext;
  tx: Transaction;
  access: CaseAccess;
  departmentId: string | null;
  reason: string;
}) {
  const { ctx, tx, access, departmentId, reason } = args;
  const p = access.proposal;
  const department = departmentId ? await getDepartmentById(tx, departmentId) : undefined;
  for (const coordinator of await coordinators(tx)) {
    await enqueueEmail({
      tx,
      config: ctx.config,
      to: coordinator.email,
      language: coordinator.language,
      template: 'proposal_returned',
      data: {
        name: coordinator.name,
        referenceNumber: p.referenceNumber,
        title: p.title,
        departmentName: department
          ? { ja: department.nameJa, en: department.nameEn }
          : textOf(workflowMessages, 'actor.lead_department'),
        reason,
        link: appLink(ctx.config, `/proposals/${p.id}`),
      },
    });
  }
}
