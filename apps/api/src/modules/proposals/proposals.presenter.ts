/**
 * Presenters of a case, by audience:
 * - `proposer`: the proposer's organisation. The public status label (the department only once it
 *   accepted), never a person's name, never an internal event, no service-level details.
 * - `staff`: the desk and the departments. The staff label, due dates, who took the first check,
 *   people's names; confidential parts only as `seesConfidential` allows.
 * - `public`: anyone. Only what the transparency pages may show (see `presentPublicProposal`).
 * Each answer carries what the caller may do (`can`), worked out by the case core.
 */
import type {
  Proposal,
  ProposalEvent,
  ProposalSummary,
  PublicProposal,
} from '@kyoso/contracts/proposals';
import {
  isInternalAction,
  stepOf,
  type DeclineReasonCode,
  type ProposalStatus,
  type WorkflowActor,
} from '@kyoso/contracts/workflow';
import {
  nextActionText,
  publicStatusLabel,
  staffStatusLabel,
} from '@kyoso/contracts/workflow-text';
import { tokyoDate } from '@kyoso/calendar/dates';
import { textOf } from '@kyoso/i18n/core';
import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import type { LocalizedText } from '@kyoso/i18n/languages';
import type { DepartmentRecord } from '../departments/departments.repository';
import { presentDepartmentRef } from '../departments/departments.presenter';
import {
  hiddenSections,
  type CaseAccess,
  type CaseCore,
  type CaseEvent,
  type LinkedProposal,
} from './proposals.case';
import { daysWithoutDepartment, dueStateOf } from './due';
import { audienceOf, isLeadDepartmentVisible, type CaseAudience } from './proposals.policies';
import type { ProposalEventRow, ProposalRow } from './proposals.table';

type DepartmentLike = { id: string; nameJa: string; nameEn: string };

/**
 * Labels are made from the catalogues loaded at start and their arguments only: each is made once
 * and reused (a list of 20 made 60 of them per request).
 */
const labels = new Map<string, LocalizedText | null>();
function label<T extends LocalizedText | null>(key: string, make: () => T): T {
  if (!labels.has(key)) {
    if (labels.size >= 5_000) {
      labels.clear();
    }
    labels.set(key, make());
  }
  return labels.get(key) as T;
}

/** The status label as this reader may see it (the department's name only once it accepted). */
export function statusLabelFor(
  proposal: Pick<ProposalRow, 'status' | 'holdResumeOn'>,
  leadDepartment: DepartmentLike | null,
  relations: readonly WorkflowActor[],
): LocalizedText {
  const visible = leadDepartment && isLeadDepartmentVisible(relations, proposal.status);
  const departmentName = visible ? { ja: leadDepartment.nameJa, en: leadDepartment.nameEn } : null;
  return label(
    ['public', proposal.status, departmentName?.ja, departmentName?.en, proposal.holdResumeOn].join(
      '\u0000',
    ),
    () => publicStatusLabel(proposal.status, { departmentName, resumeOn: proposal.holdResumeOn }),
  );
}

function staffLabel(status: ProposalStatus): LocalizedText {
  return label(`staff ${status}`, () => staffStatusLabel(status));
}

function nextActionLabel(status: ProposalStatus): LocalizedText | null {
  return label(`next ${status}`, () => nextActionText(status));
}

// Today in Tokyo for the last instant asked (a list asks once per row, with the same instant).
let lastToday = { time: Number.NaN, day: '' };
function todayOf(now: Date): string {
  if (now.getTime() !== lastToday.time) {
    lastToday = { time: now.getTime(), day: tokyoDate(now) };
  }
  return lastToday.day;
}

/** Service-level details only city staff see: due state and who took the first check. */
function staffDetails(
  p: Pick<ProposalRow, 'dueOn' | 'submittedAt' | 'leadAcceptedAt' | 'closedAt'>,
  audience: CaseAudience,
  assignedCoordinator: { id: string; name: string } | null,
  now: Date,
) {
  const staff = audience === 'staff';
  return {
    dueState: staff ? dueStateOf(p.dueOn, todayOf(now)) : null,
    assignedCoordinator: staff ? assignedCoordinator : null,
    daysWithoutDepartment: daysWithoutDepartment(p, now),
  };
}

/** A case for the caller: their audience's view, the plugins' parts and what they may do. */
export function presentCase(core: CaseCore, access: CaseAccess, now: Date): Proposal {
  const { proposal: p, leadDepartment, relations, audience } = access;
  const hidden = new Set(hiddenSections(access));
  const section = <T>(name: (typeof p.confidentialSections)[number], value: T): T | null =>
    hidden.has(name as never) ? null : value;
  const leadVisible = leadDepartment !== null && isLeadDepartmentVisible(relations, p.status);
  const can = core.permissions(access);
  const parts = core.views(access, { now }) as Partial<
    Pick<Proposal, 'attachments' | 'decision' | 'agreement' | 'kpis' | 'logicModel' | 'evaluation'>
  >;
  return {
    id: p.id,
    referenceNumber: p.referenceNumber,
    kind: p.kind,
    theme: access.theme ? { id: access.theme.id, title: access.theme.title } : null,
    organization: access.organization,
    status: p.status,
    step: stepOf(p.status),
    statusLabel: statusLabelFor(p, leadDepartment, relations),
    staffStatusLabel: staffLabel(p.status),
    nextAction: nextActionLabel(p.status),
    leadDepartment: leadVisible ? presentDepartmentRef(leadDepartment) : null,
    supportingDepartments:
      audience === 'proposer' ? [] : access.supportingDepartments.map(presentDepartmentRef),
    transferCount: p.transferCount,
    ...staffDetails(p, audience, access.assignedCoordinator, now),
    version: p.version,
    allowedActions: can.actions,
    viewerRelations: [...relations],
    can,

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
    proposedKpis: section('kpis', p.kpis),
    desiredStart: p.desiredStart,
    pilot: p.pilot,
    contactName: p.contactName,
    contactEmail: p.contactEmail,
    confidentialSections: p.confidentialSections as Proposal['confidentialSections'],
    redactedSections: [...hidden],
    attachments: parts.attachments ?? [],
    calendarAssessment: p.calendarAssessment,
    submittedAt: p.submittedAt?.toISOString() ?? null,
    dueDate: p.dueOn,
    holdResumeOn: p.holdResumeOn,
    declineReasonCodes: p.declineReasonCodes,
    declineReason: p.declineReason,
    outcome: p.outcome,
    decision: parts.decision ?? null,
    agreement: parts.agreement ?? null,
    kpis: parts.kpis ?? [],
    logicModel: parts.logicModel ?? null,
    evaluation: parts.evaluation ?? null,
    previous: access.previous ? presentLinked(access.previous) : null,
    resubmittedAs: access.resubmittedAs ? presentLinked(access.resubmittedAs) : null,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    closedAt: p.closedAt?.toISOString() ?? null,
  };
}

function presentLinked(linked: LinkedProposal): Proposal['previous'] {
  return {
    id: linked.id,
    referenceNumber: linked.referenceNumber,
    status: linked.status,
    declineReasonCodes: (linked.declineReasonCodes ?? []) as NonNullable<
      Proposal['previous']
    >['declineReasonCodes'],
    declineReason: linked.declineReason,
    closedAt: linked.closedAt ? new Date(linked.closedAt).toISOString() : null,
  };
}
/** The columns a proposal in a list is presented from (`inbox.repository.ts` reads only these). */
export type SummaryColumns = Pick<
  ProposalRow,
  | 'id'
  | 'referenceNumber'
  | 'kind'
  | 'status'
  | 'holdResumeOn'
  | 'transferCount'
  | 'dueOn'
  | 'title'
  | 'summary'
  | 'calendarAssessment'
  | 'submittedAt'
  | 'leadAcceptedAt'
  | 'closedAt'
  | 'assignedCoordinatorId'
  | 'createdAt'
  | 'updatedAt'
>;

export type SummaryRow = {
  proposal: SummaryColumns;
  theme: { id: string; title: string } | null;
  organization: { id: string; name: string };
  leadDepartment: DepartmentLike | null;
  assignedCoordinator?: { id: string; name: string } | null;
  departmentRole?: 'lead' | 'supporting' | null;
};

/** A proposal in a list, for the proposer's organisation or city staff. */
export function presentProposalSummary(
  row: SummaryRow,
  relations: readonly WorkflowActor[],
  now: Date,
): ProposalSummary {
  const p = row.proposal;
  const audience = audienceOf(relations);
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
    staffStatusLabel: staffLabel(p.status),
    nextAction: nextActionLabel(p.status),
    leadDepartment:
      leadVisible && row.leadDepartment ? presentDepartmentRef(row.leadDepartment) : null,
    transferCount: p.transferCount,
    ...staffDetails(p, audience, row.assignedCoordinator ?? null, now),
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

/**
 * A proposal as anyone may see it: only what its reference, its kind, its theme and where it
 * stands say, in the proposer's public wording (no text of the proposal, no department before it
 * accepted, no person). The transparency pages build on this; a consented public summary is
 * added by the STEP 5 agreement record.
 */
export function presentPublicProposal(row: {
  proposal: ProposalRow;
  theme: { id: string; title: string } | null;
  leadDepartment: DepartmentLike | null;
}): PublicProposal {
  const p = row.proposal;
  return {
    referenceNumber: p.referenceNumber,
    kind: p.kind,
    theme: row.theme,
    status: p.status,
    step: stepOf(p.status),
    statusLabel: statusLabelFor(p, row.leadDepartment, ['proposer']),
    submittedAt: p.submittedAt?.toISOString() ?? null,
    closedAt: p.closedAt?.toISOString() ?? null,
  };
}

/** A department's name kept in an event's data (`{ ja, en }`), as a variable of its words. */
function localizedVar(value: unknown): LocalizedText {
  const v = (value ?? {}) as Partial<LocalizedText>;
  return { ja: typeof v.ja === 'string' ? v.ja : '', en: typeof v.en === 'string' ? v.en : '' };
}

/**
 * The words of a core event: what happened. Plugins give the words of theirs (NDA, dialogues);
 * an event without words is a bug, and a test checks that every event type has them.
 */
function coreEventTitle(event: CaseEvent & { action: ProposalEventRow['action'] }) {
  switch (event.type) {
    case 'created':
      return textOf(workflowMessages, 'event.created');
    case 'transition':
      return event.action ? textOf(workflowMessages, `action.${event.action}.done`) : null;
    case 'assigned':
      return textOf(
        workflowMessages,
        event.data.coordinatorId ? 'event.assigned' : 'event.unassigned',
      );
    case 'review_override':
      return textOf(workflowMessages, 'event.review_override');
    case 'departments_handed_over':
      return textOf(workflowMessages, 'event.departments_handed_over', {
        from: localizedVar(event.data.from),
        to: localizedVar(event.data.to),
      });
    case 'resubmitted':
      return textOf(recordsMessages, 'event.resubmitted', {
        reference: typeof event.data.reference === 'string' ? event.data.reference : '',
      });
    default:
      return null;
  }
}

/** The words of any event, core or plugin. */
export function eventTitle(
  core: CaseCore,
  event: CaseEvent & { action: ProposalEventRow['action'] },
): LocalizedText {
  const title = coreEventTitle(event) ?? core.eventWords(event);
  if (!title) {
    throw new Error(`No words for the timeline event ${event.type}`);
  }
  return title;
}

/**
 * One timeline entry as the reader may see it. The proposer sees what happened and which
 * department acted, never a person's name, and no internal event (the caller filters those).
 */
export function presentEvent(
  core: CaseCore,
  row: { event: ProposalEventRow; department: DepartmentRecord | null },
  reader: { relations: readonly WorkflowActor[]; actorNames: ReadonlyMap<string, string> },
): ProposalEvent {
  const { event, department } = row;
  const isProposer = audienceOf(reader.relations) === 'proposer';
  const status: ProposalStatus | null = event.toStatus;
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
    title: eventTitle(core, event),
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

export { isInternalAction };
