import type { LocalizedText } from '@kyoso/i18n/languages';
import type {
  ConfidentialSection,
  Proposal,
  ProposalEvent,
  ProposalSummary,
} from '@kyoso/contracts/proposals';
import {
  isInternalAction,
  stepOf,
  type WorkflowAction,
  type WorkflowActor,
} from '@kyoso/contracts/workflow';
import {
  nextActionText,
  publicStatusLabel,
  staffStatusLabel,
} from '@kyoso/contracts/workflow-text';
import type { DeclineReasonCode } from '@kyoso/contracts/workflow';
import { tokyoDate } from '@kyoso/calendar/dates';
import { presentAttachment } from '../attachments/attachments.presenter';
import { daysWithoutDepartment, dueStateOf } from './due';
import { presentDepartmentRef } from '../users/users.presenter';
import { isLeadDepartmentVisible, redactedSections } from './proposals.policies';
import type { ProposalContext, ProposalEventRow, ProposalRow } from './proposals.repository';

type DepartmentLike = { id: string; nameJa: string; nameEn: string };

/** The status label as this reader may see it (the department's name only once it accepted). */
export function statusLabelFor(
  proposal: Pick<ProposalRow, 'status' | 'holdResumeOn'>,
  leadDepartment: DepartmentLike | null,
  relations: readonly WorkflowActor[],
): LocalizedText {
  const visible = leadDepartment && isLeadDepartmentVisible(relations, proposal.status);
  return publicStatusLabel(proposal.status, {
    departmentName: visible ? { ja: leadDepartment.nameJa, en: leadDepartment.nameEn } : null,
    resumeOn: proposal.holdResumeOn,
  });
}

export type PresentOptions = {
  relations: readonly WorkflowActor[];
  allowedActions: WorkflowAction[];
  ndaInEffect: boolean;
  now: Date;
};

/** Service-level details only city staff see: due state and who took the first check. */
function staffDetails(
  p: ProposalRow,
  assignedCoordinator: { id: string; name: string } | null,
  relations: readonly WorkflowActor[],
  now: Date,
) {
  const isStaff = !relations.includes('proposer');
  return {
    dueState: isStaff ? dueStateOf(p.dueOn, tokyoDate(now)) : null,
    assignedCoordinator: isStaff ? assignedCoordinator : null,
    daysWithoutDepartment: daysWithoutDepartment(p, now),
  };
}

export function presentProposal(context: ProposalContext, options: PresentOptions): Proposal {
  const { proposal: p, leadDepartment } = context;
  const { relations } = options;
  const hidden = new Set<ConfidentialSection>(
    redactedSections(
      p.confidentialSections as ConfidentialSection[],
      relations,
      options.ndaInEffect,
    ),
  );
  const section = <T>(name: ConfidentialSection, value: T): T | null =>
    hidden.has(name) ? null : value;
  const leadVisible = leadDepartment !== null && isLeadDepartmentVisible(relations, p.status);
  return {
    id: p.id,
    referenceNumber: p.referenceNumber,
    kind: p.kind,
    theme: context.theme ? { id: context.theme.id, title: context.theme.title } : null,
    organization: context.organization,
    status: p.status,
    step: stepOf(p.status),
    statusLabel: statusLabelFor(p, leadDepartment, relations),
    staffStatusLabel: staffStatusLabel(p.status),
    nextAction: nextActionText(p.status),
    leadDepartment: leadVisible ? presentDepartmentRef(leadDepartment) : null,
    supportingDepartments: relations.includes('proposer')
      ? []
      : context.supportingDepartments.map(presentDepartmentRef),
    transferCount: p.transferCount,
    ...staffDetails(p, context.assignedCoordinator, relations, options.now),
    version: p.version,
    allowedActions: options.allowedActions,
    viewerRelations: [...relations],

    title: p.title,
    summary: p.summary,
    problem: section('problem', p.problem),
    whyThisCity: section('whyThisCity', p.whyThisCity),
    solution: section('solution', p.solution),
    cityRole: section('cityRole', p.cityRole),
    companyRole: section('companyRole', p.companyRole),
    cityBudget: p.cityBudget,
    cityBudgetEstimateYen: p.cityBudgetEstimateYen,
    resourcesWanted: p.resourcesWanted as Proposal['resourcesWanted'],
    impact: section('impact', p.impact),
    kpis: section('kpis', p.kpis),
    desiredStart: p.desiredStart,
    pilot: p.pilot,
    contactName: p.contactName,
    contactEmail: p.contactEmail,
    confidentialSections: p.confidentialSections as ConfidentialSection[],
    redactedSections: [...hidden],
    attachments: context.attachments.map((row) =>
      presentAttachment(row, { relations, nda: { inEffect: options.ndaInEffect } }),
    ),
    calendarAssessment: p.calendarAssessment,
    submittedAt: p.submittedAt?.toISOString() ?? null,
    dueDate: p.dueOn,
    holdResumeOn: p.holdResumeOn,
    declineReasonCodes: p.declineReasonCodes,
    declineReason: p.declineReason,
    outcome: p.outcome,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    closedAt: p.closedAt?.toISOString() ?? null,
  };
}

export type SummaryRow = {
  proposal: ProposalRow;
  theme: { id: string; title: string } | null;
  organization: { id: string; name: string };
  leadDepartment: (DepartmentLike & { id: string }) | null;
  assignedCoordinator?: { id: string; name: string } | null;
  departmentRole?: 'lead' | 'supporting' | null;
};

export function presentProposalSummary(
  row: SummaryRow,
  relations: readonly WorkflowActor[],
  now: Date,
): ProposalSummary {
  const p = row.proposal;
  const leadVisible = row.leadDepartment !== null && isLeadDepartmentVisible(relations, p.status);
  return {
    id: p.id,
    referenceNumber: p.referenceNumber,
    kind: p.kind,
    theme: row.theme,
    organization: row.organization,
    status: p.status,
    step: stepOf(p.status),
    statusLabel: statusLabelFor(p, row.leadDepartment, relations),
    staffStatusLabel: staffStatusLabel(p.status),
    nextAction: nextActionText(p.status),
    leadDepartment:
      leadVisible && row.leadDepartment ? presentDepartmentRef(row.leadDepartment) : null,
    transferCount: p.transferCount,
    ...staffDetails(p, row.assignedCoordinator ?? null, relations, now),
    departmentRole: row.departmentRole ?? null,
    title: p.title,
    summary: p.summary,
    calendarAssessment: p.calendarAssessment,
    submittedAt: p.submittedAt?.toISOString() ?? null,
    dueDate: p.dueOn,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export { isInternalAction };

/**
 * One timeline entry as the reader may see it. The proposer sees what happened and which
 * department acted, never a person's name, and no internal event.
 */
export function presentEvent(
  row: { event: ProposalEventRow; department: DepartmentLike | null },
  reader: { relations: readonly WorkflowActor[]; actorNames: ReadonlyMap<string, string> },
): ProposalEvent {
  const { event, department } = row;
  const isProposer = reader.relations.includes('proposer');
  const status = event.toStatus;
  const label = status
    ? isProposer
      ? publicStatusLabel(status, {
          departmentName:
            department && isLeadDepartmentVisible(reader.relations, status)
              ? { ja: department.nameJa, en: department.nameEn }
              : null,
          resumeOn: typeof event.data.resumeOn === 'string' ? event.data.resumeOn : null,
        })
      : staffStatusLabel(status)
    : null;
  return {
    id: event.id,
    type: event.type,
    action: event.action,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    label,
    actor: {
      role: event.actorRole,
      department:
        department &&
        !(isProposer && event.actorRole !== 'department' && event.actorRole !== 'coordinator')
          ? presentDepartmentRef(department)
          : null,
      name:
        isProposer || !event.actorUserId
          ? null
          : (reader.actorNames.get(event.actorUserId) ?? null),
    },
    reason: event.reason,
    reasonCodes: Array.isArray(event.data.reasonCodes)
      ? (event.data.reasonCodes as DeclineReasonCode[])
      : null,
    createdAt: event.createdAt.toISOString(),
  };
}
