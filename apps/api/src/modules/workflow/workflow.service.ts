/**
 * Runs a workflow action on a proposal. In one transaction: the status change (only if the
 * version the caller saw is still current), the action's effects, a timeline event and the
 * outbox e-mails. The table in `@kyoso/contracts/workflow` decides what is allowed, what each
 * action takes, whom it e-mails and whether the proposer sees it; the case core answers for the
 * guards (through the STEP records' plugins). This file only carries it out.
 */
import { assessSubmission } from '@kyoso/calendar/assessment';
import { fiscalYearOf } from '@kyoso/calendar/budget-calendar';
import { addBusinessDays, businessDaysBetween } from '@kyoso/calendar/business-days';
import { tokyoDate } from '@kyoso/calendar/dates';
import { findSubmissionIssues, needsCityBudget } from '@kyoso/contracts/proposals';
import type { TransitionBody } from '@kyoso/contracts/transitions';
import {
  ACTIONS,
  DEPARTMENT_ACCEPTANCE_BUSINESS_DAYS,
  canTakeAction,
  isActionAvailable,
  isInternalAction,
  reasonFieldOf,
  type ProposalStatus,
  type WorkflowAction,
} from '@kyoso/contracts/workflow';
import { textOf } from '@kyoso/i18n/core';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import type { Language } from '@kyoso/i18n/languages';
import { issuePath } from '@kyoso/i18n/validation';
import type { AppContext } from '../../app-context';
import type { Transaction } from '../../db/client';
import { getDepartmentById } from '../departments/departments.repository';
import {
  claimIdempotencyKey,
  recordIdempotentResult,
  type IdempotencyRequest,
} from '../idempotency/idempotency.service';
import { getServiceLevels } from '../settings/settings.service';
import type { CaseAccess } from '../proposals/proposals.case';
import {
  clearAssignments,
  getPreviousLeadDepartmentId,
  lockProposal,
  nextReferenceSequence,
  replaceAssignments,
  updateProposalAtVersion,
  type NewProposalRow,
} from '../proposals/proposals.repository';
import { recordCaseEvent } from '../proposals/proposals.timeline';
import { getThemeById, isThemeOpen, themeLastDay } from '../themes/themes.repository';
import { AppError } from '../shared/errors';
import type { Actor } from '../users/actor';
import { appLink, enqueueEmail } from '../notifications/outbox.service';
import { departmentStaff } from '../users/users.repository';
import {
  notifyCoordinatorsOfReturn,
  notifyDepartmentsOfRouting,
  notifyProposerOfStatus,
} from './workflow.notifications';

type EffectResult = {
  patch: Partial<NewProposalRow>;
  eventData?: Record<string, unknown>;
  reason?: string | null;
};

type EffectArgs<A extends WorkflowAction> = {
  ctx: AppContext;
  tx: Transaction;
  actor: Actor;
  access: CaseAccess;
  input: Extract<TransitionBody, { action: A }>;
  today: string;
  now: Date;
  language: Language;
};

/** What each action changes beyond the status. */
const EFFECTS: {
  [A in WorkflowAction]: (args: EffectArgs<A>) => Promise<EffectResult> | EffectResult;
} = {
  submit: async ({ tx, access, today, now }) => {
    const p = access.proposal;
    // A theme's proposals are accepted until its last day (Japan's date), not after.
    const theme = access.theme ? await getThemeById(tx, access.theme.id) : undefined;
    if (theme && !isThemeOpen(theme, today)) {
      throw new AppError('themes.closed_for_submission', {
        message: {
          key: 'detail.themes.closed_on',
          vars: { title: theme.title, closesOn: themeLastDay(theme) ?? '' },
        },
      });
    }
    const issues = findSubmissionIssues(p);
    if (issues.length > 0) {
      throw new AppError('proposals.incomplete', {
        details: issues.map((issue) => ({
          path: issuePath(issue.path),
          code: issue.code,
          issue,
        })),
      });
    }
    const fiscalYear = fiscalYearOf(today);
    const sequence = await nextReferenceSequence(tx, fiscalYear);
    const assessment = assessSubmission(today, needsCityBudget(p.cityBudget));
    return {
      patch: {
        referenceNumber: `KY-${fiscalYear}-${String(sequence).padStart(5, '0')}`,
        fiscalYear,
        submittedAt: now,
        calendarAssessment: assessment,
        screeningDueOn: assessment.screeningDueDate,
        screeningDaysLeft: null,
      },
      eventData: { calendarFlag: assessment.flag?.severity ?? null },
    };
  },
  request_info: ({ access, input, today }) => {
    const due = access.proposal.screeningDueOn;
    // The first-check clock stops while the proposer is answering.
    return {
      patch: { screeningDaysLeft: due ? businessDaysBetween(today, due) : null },
      reason: input.reason,
    };
  },
  provide_info: ({ access, input, today }) => {
    const left = access.proposal.screeningDaysLeft;
    return {
      patch: {
        screeningDueOn:
          left === null ? access.proposal.screeningDueOn : addBusinessDays(today, left),
        screeningDaysLeft: null,
      },
      reason: input.message,
    };
  },
  accept_for_routing: ({ input, actor }) => ({
    patch: { assignedCoordinatorId: actor.id },
    reason: input.comment ?? null,
  }),
  route: async ({ tx, actor, access, input, today, now }) => {
    const supporting = [...new Set(input.supportingDepartmentIds)];
    if (supporting.includes(input.leadDepartmentId)) {
      throw new AppError('workflow.invalid_routing', {
        details: [
          {
            path: 'supportingDepartmentIds',
            code: 'workflow.lead_also_supporting',
            message: { key: 'detail.workflow.lead_also_supporting' },
          },
        ],
      });
    }
    for (const [index, id] of [input.leadDepartmentId, ...supporting].entries()) {
      const found = await getDepartmentById(tx, id);
      // A retired department is no longer one to route to.
      const department = found?.retiredAt ? undefined : found;
      if (!department || department.isCoordinatorDesk) {
        throw new AppError('workflow.invalid_routing', {
          details: [
            {
              path: index === 0 ? 'leadDepartmentId' : `supportingDepartmentIds.${index - 1}`,
              code: department ? 'workflow.desk_cannot_be_assigned' : 'departments.not_found',
              message: {
                key: department
                  ? 'detail.workflow.desk_cannot_be_assigned'
                  : 'departments.not_found',
              },
            },
          ],
        });
      }
    }
    const previousLead = await getPreviousLeadDepartmentId(tx, access.proposal.id);
    const isTransfer = previousLead !== null && previousLead !== input.leadDepartmentId;
    await replaceAssignments(tx, {
      proposalId: access.proposal.id,
      leadDepartmentId: input.leadDepartmentId,
      supportingDepartmentIds: supporting,
      assignedBy: actor.id,
      note: input.note ?? null,
    });
    return {
      patch: {
        leadDepartmentId: input.leadDepartmentId,
        routedAt: now,
        departmentDueOn: addBusinessDays(today, DEPARTMENT_ACCEPTANCE_BUSINESS_DAYS),
        transferCount: access.proposal.transferCount + (isTransfer ? 1 : 0),
      },
      eventData: {
        leadDepartmentId: input.leadDepartmentId,
        supportingDepartmentIds: supporting,
        transfer: isTransfer,
      },
      reason: input.note ?? null,
    };
  },
  accept_assignment: ({ input, now }) => ({
    patch: { leadAcceptedAt: now, departmentDueOn: null },
    reason: input.comment ?? null,
  }),
  return_assignment: async ({ tx, access, input }) => {
    await clearAssignments(tx, access.proposal.id);
    return {
      patch: { leadDepartmentId: null, departmentDueOn: null, leadAcceptedAt: null },
      eventData: { returnedBy: access.proposal.leadDepartmentId },
      reason: input.reason,
    };
  },
  start_dialogue: ({ input }) => ({ patch: {}, reason: input.comment ?? null }),
  send_to_review: ({ input }) => ({ patch: {}, reason: input.comment ?? null }),
  adopt: ({ input }) => ({ patch: {}, reason: input.comment ?? null }),
  hold: ({ input, today }) => {
    if (input.resumeOn <= today) {
      throw new AppError('request.invalid_body', {
        details: [
          {
            path: 'resumeOn',
            code: 'workflow.resume_date_in_past',
            message: { key: 'detail.workflow.resume_date_in_past' },
          },
        ],
      });
    }
    return {
      patch: { holdResumeOn: input.resumeOn },
      eventData: { resumeOn: input.resumeOn },
      reason: input.reason,
    };
  },
  resume: ({ input }) => ({ patch: { holdResumeOn: null }, reason: input.comment ?? null }),
  decline: ({ input, now }) => ({
    patch: {
      declineReasonCodes: [...new Set(input.reasonCodes)],
      declineReason: input.reason,
      closedAt: now,
    },
    eventData: { reasonCodes: [...new Set(input.reasonCodes)] },
    reason: input.reason,
  }),
  sign_agreement: ({ input }) => ({ patch: {}, reason: input.comment ?? null }),
  start_evaluation: ({ input }) => ({ patch: {}, reason: input.comment ?? null }),
  complete: ({ input, now }) => ({
    patch: { outcome: input.outcome, closedAt: now },
    eventData: { outcome: input.outcome },
    reason: input.comment ?? null,
  }),
  withdraw: ({ input, now }) => ({ patch: { closedAt: now }, reason: input.reason ?? null }),
};

/** The label of the text the proposer reads with an action (a question, the reasons…). */
function reasonLabel(action: WorkflowAction) {
  return action !== 'submit' && reasonFieldOf(action) && !isInternalAction(action)
    ? textOf(workflowMessages, `action.${action}.reason`)
    : null;
}

/**
 * Takes a workflow action on a proposal.
 * @throws proposals.not_found, workflow.action_not_allowed, workflow.forbidden,
 *   workflow.version_conflict, workflow.precondition_failed, proposals.incomplete,
 *   workflow.invalid_routing
 */
export async function transitionProposal(args: {
  ctx: AppContext;
  actor: Actor;
  proposalId: string;
  input: TransitionBody;
  language: Language;
  /** With an Idempotency-Key, a repeated request returns the first one's result. */
  idempotency?: IdempotencyRequest | undefined;
}): Promise<CaseAccess> {
  const { ctx, actor, proposalId, input, language, idempotency } = args;
  const now = ctx.now();
  const today = tokyoDate(now);

  const result = await ctx.db.transaction(async (tx) => {
    if (idempotency && (await claimIdempotencyKey(tx, idempotency))) {
      return null;
    }
    const access = await ctx.cases.load(tx, actor, proposalId);
    const from: ProposalStatus = access.proposal.status;
    const definition = ACTIONS[input.action];
    if (!isActionAvailable(input.action, from)) {
      throw new AppError('workflow.action_not_allowed');
    }
    if (!canTakeAction(input.action, from, access.relations)) {
      throw new AppError('workflow.forbidden');
    }
    if (input.version !== access.proposal.version) {
      throw new AppError('workflow.version_conflict');
    }
    const guards = ctx.cases.guardVerdict(input.action, access, input);
    const verdict = guards.verdict;
    const overrideReason =
      'overrideReason' in input && typeof input.overrideReason === 'string'
        ? input.overrideReason.trim()
        : '';
    if (guards.verdict === 'fails') {
      throw new AppError('workflow.precondition_failed', {
        ...(guards.message
          ? {
              details: [
                {
                  path: 'action',
                  code: `workflow.${guards.guard}`,
                  message: { key: guards.message },
                },
              ],
            }
          : {}),
      });
    }
    if (verdict === 'override_needed' && overrideReason === '') {
      // Going ahead without what the guard waits for (the proposer's confirmation of
      // Dialogue ②) needs a reason the proposer will read.
      throw new AppError('workflow.precondition_failed', {
        details: [
          {
            path: 'overrideReason',
            code: 'workflow.override_reason_required',
            message: { key: 'detail.workflow.override_reason_required' },
          },
        ],
      });
    }

    const effect = await (
      EFFECTS[input.action] as (
        a: EffectArgs<WorkflowAction>,
      ) => Promise<EffectResult> | EffectResult
    )({ ctx, tx, actor, access, input, today, now, language });
    const to = definition.to;
    // The due date of the new stage is kept on the row, so the inbox can sort and filter by it.
    const patch = { ...effect.patch, status: to, statusChangedAt: now };
    const dueOn = ctx.cases.dueOn(
      { ...access, proposal: { ...access.proposal, ...patch } },
      await getServiceLevels(tx),
    );
    const updated = await updateProposalAtVersion(tx, proposalId, input.version, {
      ...patch,
      dueOn,
    });
    if (!updated) {
      throw new AppError('workflow.version_conflict');
    }
    await ctx.cases.transitioned({ db: tx, actor, access, action: input.action, now });
    await recordCaseEvent(tx, {
      proposalId,
      type: 'transition',
      action: input.action,
      fromStatus: from,
      toStatus: to,
      actor,
      reason: effect.reason ?? null,
      data: effect.eventData ?? {},
      visibility: definition.visibility,
    });
    if (verdict === 'override_needed') {
      await recordCaseEvent(tx, {
        proposalId,
        type: 'review_override',
        action: input.action,
        actor,
        reason: overrideReason,
        data: { guards: definition.guards.filter((g) => g.overridable).map((g) => g.guard) },
      });
    }

    const after = await ctx.cases.reload(tx, access);
    if (definition.email.proposer) {
      await notifyProposerOfStatus({
        ctx,
        tx,
        access: after,
        kind: definition.email.proposer,
        reason: reasonLabel(input.action) ? (effect.reason ?? null) : null,
        reasonLabel: reasonLabel(input.action),
        override: verdict === 'override_needed' ? overrideReason : null,
        action: input.action,
        reasonCodes:
          input.action === 'decline'
            ? input.reasonCodes.map((code) => textOf(workflowMessages, `declineReason.${code}`))
            : [],
      });
    }
    if (definition.email.departments === 'routed') {
      await notifyDepartmentsOfRouting({
        ctx,
        tx,
        access: after,
        note: input.action === 'route' ? (input.note ?? null) : null,
      });
    }
    if (definition.email.coordinators === 'returned') {
      await notifyCoordinatorsOfReturn({
        ctx,
        tx,
        access: after,
        departmentId: access.proposal.leadDepartmentId,
        reason: effect.reason ?? '',
      });
    }
    if (idempotency) {
      await recordIdempotentResult(tx, idempotency, { statusCode: 200, resourceId: proposalId });
    }
    // Presented with the relations the actor had when acting: a department that returns a
    // proposal sees the result of its action once, although it can no longer open it afterwards.
    return after;
  });
  ctx.wakeOutbox();
  // A repeated request: the proposal as it is now, without acting again.
  return result ?? ctx.cases.load(ctx.db, actor, proposalId);
}

/**
 * A hold whose date has come: the proposal goes back to internal review by itself, in the lead
 * department's inbox with the clock of the decision running again; the proposer is told (status
 * e-mail) and the lead department's staff are asked to decide again. Does nothing if someone
 * already resumed or changed it.
 */
export async function resumeEndedHold(args: {
  ctx: AppContext;
  proposalId: string;
  today: string;
}): Promise<boolean> {
  const { ctx, proposalId, today } = args;
  const now = ctx.now();
  const resumed = await ctx.db.transaction(async (tx) => {
    await lockProposal(tx, proposalId);
    const access = await ctx.cases.loadForSystem(tx, proposalId);
    const p = access?.proposal;
    if (!access || !p || p.status !== 'on_hold' || !p.holdResumeOn || p.holdResumeOn > today) {
      return false;
    }
    const resumeOn = p.holdResumeOn;
    const patch = { status: 'internal_review' as const, holdResumeOn: null, statusChangedAt: now };
    const dueOn = ctx.cases.dueOn(
      { ...access, proposal: { ...p, ...patch } },
      await getServiceLevels(tx),
    );
    const updated = await updateProposalAtVersion(tx, proposalId, p.version, { ...patch, dueOn });
    if (!updated) {
      return false;
    }
    await recordCaseEvent(tx, {
      proposalId,
      type: 'transition',
      action: 'resume',
      fromStatus: 'on_hold',
      toStatus: 'internal_review',
      actor: null,
      data: { automatic: true, resumeOn },
      visibility: ACTIONS.resume.visibility,
    });
    const after = await ctx.cases.reload(tx, access);
    await notifyProposerOfStatus({
      ctx,
      tx,
      access: after,
      kind: 'status',
      reason: null,
      reasonLabel: null,
      override: null,
      reasonCodes: [],
    });
    for (const member of p.leadDepartmentId
      ? await departmentStaff(tx, [p.leadDepartmentId])
      : []) {
      await enqueueEmail({
        tx,
        config: ctx.config,
        to: member.email,
        language: member.language,
        template: 'hold_resumed',
        data: {
          name: member.name,
          referenceNumber: p.referenceNumber,
          title: p.title,
          resumeOn,
          link: appLink(ctx.config, `/proposals/${p.id}`),
        },
      });
    }
    return true;
  });
  if (resumed) {
    ctx.wakeOutbox();
  }
  return resumed;
}
