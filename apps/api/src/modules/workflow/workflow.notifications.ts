/**
 * The e-mails a transition causes, written to the outbox inside the transition's transaction.
 */
import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { LocalizedText } from '@kyoso/i18n/languages';
import type { ProposalStatus, WorkflowAction } from '@kyoso/contracts/workflow';
import { nextActionText } from '@kyoso/contracts/workflow-text';
import type { Executor, Transaction } from '../../db/client';
import { getDepartmentById } from '../departments/departments.repository';
import { appLink, enqueueEmail } from '../notifications/outbox.service';
import { isInternalAction, statusLabelFor } from '../proposals/proposals.presenter';
import type { ProposalContext } from '../proposals/proposals.repository';
import type { AppContext } from '../shared/context';
import { usersTable } from '../users/users.table';

/** Active, verified members of an organisation: the people a proposal's e-mails go to. */
export async function organizationRecipients(tx: Executor, organizationId: string) {
  return tx
    .select({ email: usersTable.email, name: usersTable.name, language: usersTable.language })
    .from(usersTable)
    .where(
      and(
        eq(usersTable.organizationId, organizationId),
        isNotNull(usersTable.emailVerifiedAt),
        isNull(usersTable.disabledAt),
      ),
    );
}

/**
 * Tells the proposer's organisation about a transition, with the new public label. Internal
 * hand-offs (routing, a department returning the proposal to the desk) do not change what the
 * proposer sees ("担当部署を調整中") and send nothing. Submission sends the receipt instead.
 */
export async function notifyProposerOfStatus(args: {
  ctx: AppContext;
  tx: Transaction;
  context: ProposalContext;
  previousStatus: ProposalStatus;
  action: WorkflowAction;
  reason: string | null;
  reasonLabel: LocalizedText | null;
  reasonCodes: LocalizedText[];
}) {
  const { ctx, tx, context, action } = args;
  if (isInternalAction(action)) {
    return;
  }
  const p = context.proposal;
  const link = appLink(ctx.config, `/proposals/${p.id}`);
  const recipients = await organizationRecipients(tx, p.organizationId);
  for (const recipient of recipients) {
    if (action === 'submit' && p.referenceNumber && p.calendarAssessment) {
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
    const codes = args.reasonCodes.map((c) => `・${c[recipient.language]}`).join('\n');
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
        statusLabel: statusLabelFor(p, context.leadDepartment, ['proposer']),
        reason: reason.length > 0 ? reason : null,
        reasonLabel: args.reasonLabel,
        nextAction: nextActionText(p.status),
        link,
      },
    });
  }
}

/** Active staff of the given departments. */
export async function departmentStaff(tx: Executor, departmentIds: string[]) {
  if (departmentIds.length === 0) {
    return [];
  }
  return tx
    .select({
      id: usersTable.id,
      email: usersTable.email,
      name: usersTable.name,
      language: usersTable.language,
      departmentId: usersTable.departmentId,
    })
    .from(usersTable)
    .where(
      and(
        eq(usersTable.role, 'department'),
        inArray(usersTable.departmentId, departmentIds),
        isNull(usersTable.disabledAt),
      ),
    );
}

/** Active coordinators (the co-creation desk). */
export async function coordinators(tx: Executor) {
  return tx
    .select({
      id: usersTable.id,
      email: usersTable.email,
      name: usersTable.name,
      language: usersTable.language,
    })
    .from(usersTable)
    .where(and(eq(usersTable.role, 'coordinator'), isNull(usersTable.disabledAt)));
}

/** Tells the staff of the lead and supporting departments that a proposal was routed to them. */
export async function notifyDepartmentsOfRouting(args: {
  ctx: AppContext;
  tx: Transaction;
  context: ProposalContext;
  note: string | null;
}) {
  const { ctx, tx, context, note } = args;
  const p = context.proposal;
  const roles = new Map<string, 'lead' | 'supporting'>();
  if (p.leadDepartmentId) {
    roles.set(p.leadDepartmentId, 'lead');
  }
  for (const d of context.supportingDepartments) {
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
  context: ProposalContext;
  departmentId: string | null;
  reason: string;
}) {
  const { ctx, tx, context, departmentId, reason } = args;
  const p = context.proposal;
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
          : { ja: '担当部署', en: 'The department' },
        reason,
        link: appLink(ctx.config, `/proposals/${p.id}`),
      },
    });
  }
}
