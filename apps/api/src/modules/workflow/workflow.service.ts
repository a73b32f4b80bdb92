/**
 * Runs a workflow action on a proposal. In one transaction: the status change (only if the
 * version the caller saw is still current), the action's effects, a timeline event and the
 * outbox e-mails. The table in `@kyoso/contracts/workflow` decides what is allowed; this file
 * only carries it out.
 */
import { assessSubmission } from '@kyoso/calendar/assessment';
import { fiscalYearOf } from '@kyoso/calendar/budget-calendar';
import { addBusinessDays, businessDaysBetween } from '@kyoso/calendar/business-days';
import { tokyoDate } from '@kyoso/calendar/dates';
import { issuePath } from '@kyoso/i18n/validation';
import { findSubmissionIssues, needsCityBudget } from '@kyoso/contracts/proposals';
import {
  ACTIONS,
  DEPARTMENT_ACCEPTANCE_BUSINESS_DAYS,
  canTakeAction,
  isActionAvailable,
  isInternalAction,
  reasonFieldOf,
  type ProposalStatus,
  type WorkflowAction,
  type WorkflowActor,
  type WorkflowGuard,
} from '@kyoso/contracts/workflow';
import type { TransitionBody } from '@kyoso/contracts/transitions';
import { textOf } from '@kyoso/i18n/core';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import type { Language } from '@kyoso/i18n/languages';
import type { Transaction } from '../../db/client';
import type { Actor } from '../../plugins/auth';
import { getDepartmentById } from '../departments/departments.repository';
import type { AppContext } from '../shared/context';
import { AppError } from '../shared/errors';
import {
  clearAssignments,
  getPreviousLeadDepartmentId,
  getProposalContext,
  insertProposalEvent,
  nextReferenceSequence,
  replaceAssignments,
  updateProposalAtVersion,
  type NewProposalRow,
  type ProposalContext,
} from '../proposals/proposals.repository';
import { currentDueDate } from '../proposals/due';
import { actorRelations, canViewProposal } from '../proposals/proposals.policies';
import {
  notifyDepartmentsOfRouting,
  notifyCoordinatorsOfReturn,
  notifyProposerOfStatus,
} from './workflow.notifications';
import { ndaStateOf, type NdaState } from './nda-state';
import {
  claimIdempotencyKey,
  recordIdempotentResult,
  type IdempotencyRequest,
} from '../idempotency/idempotency.service';

export type ProposalAccess = {
  context: ProposalContext;
  relations: WorkflowActor[];
  nda: NdaState;
};

/**
 * Loads a proposal the actor may see, with the actor's relations to it.
 * @throws proposals.not_found (also when the actor may not see it)
 */
export async function loadProposalFor(
  db: AppContext['db'] | Transaction,
  actor: Pick<Actor, 'role' | 'organizationId' | 'departmentId'>,
  proposalId: string,
): Promise<ProposalAccess> {
  const context = await getProposalContext(db, proposalId);
  if (!context) {
    throw new AppError('proposals.not_found');
  }
  const relations = actorRelations(actor, {
    status: context.proposal.status,
    organizationId: context.proposal.organizationId,
    leadDepartmentId: context.proposal.leadDepartmentId,
    supportingDepartmentIds: context.supportingDepartments.map((d) => d.id),
  });
  if (!canViewProposal(relations)) {
    throw new AppError('proposals.not_found');
  }
  return { context, relations, nda: ndaStateOf(context) };
}

function guardHolds(
  { guard }: { guard: WorkflowGuard },
  access: Pick<ProposalAccess, 'nda' | 'context'>,
): boolean {
  switch (guard) {
    case 'nda_settled':
      return access.nda.inEffect || access.nda.skippable;
    case 'dialogue_2_recorded':
      return access.context.dialogue2Recorded;
    case 'dialogue_2_confirmed':
      // TEMPORARY: checked by the dialogues module once it registers its guards.
      return true;
  }
}

/** The actions the actor may take now: allowed by the table for their relation, guards holding. */
export function allowedActionsFor(
  access: Pick<ProposalAccess, 'context' | 'relations' | 'nda'>,
): WorkflowAction[] {
  const status = access.context.proposal.status;
  return (Object.keys(ACTIONS) as WorkflowAction[]).filter(
    (action) =>
      canTakeAction(action, status, access.relations) &&
      ACTIONS[action].guards.every((guard) => guardHolds(guard, access)),
  );
}

type EffectResult = {
  patch: Partial<NewProposalRow>;
  eventData?: Record<string, unknown>;
  reason?: string | null;
};

type EffectArgs<A extends WorkflowAction> = {
  ctx: AppContext;
  tx: Transaction;
  actor: Actor;
  access: ProposalAccess;
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
    const p = access.context.proposal;
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
    const due = access.context.proposal.screeningDueOn;
    // The first-check clock stops while the proposer is answering.
    return {
      patch: { screeningDaysLeft: due ? businessDaysBetween(today, due) : null },
      reason: input.reason,
    };
  },
  provide_info: ({ access, input, today }) => {
    const left = access.context.proposal.screeningDaysLeft;
    return {
      patch: {
        screeningDueOn:
          left === null ? access.context.proposal.screeningDueOn : addBusinessDays(today, left),
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
      const department = await getDepartmentById(tx, id);
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
    const previousLead = await getPreviousLeadDepartmentId(tx, access.context.proposal.id);
    const isTransfer = previousLead !== null && previousLead !== input.leadDepartmentId;
    await replaceAssignments(tx, {
      proposalId: access.context.proposal.id,
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
        transferCount: access.context.proposal.transferCount + (isTransfer ? 1 : 0),
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
    await clearAssignments(tx, access.context.proposal.id);
    return {
      patch: { leadDepartmentId: null, departmentDueOn: null, leadAcceptedAt: null },
      eventData: { returnedBy: access.context.proposal.leadDepartmentId },
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
}): Promise<ProposalAccess> {
  const { ctx, actor, proposalId, input, language, idempotency } = args;
  const now = ctx.now();
  const today = tokyoDate(now);

  const result = await ctx.db.transaction(async (tx) => {
    if (idempotency && (await claimIdempotencyKey(tx, idempotency))) {
      return null;
    }
    const access = await loadProposalFor(tx, actor, proposalId);
    const from: ProposalStatus = access.context.proposal.status;
    const definition = ACTIONS[input.action];
    if (!isActionAvailable(input.action, from)) {
      throw new AppError('workflow.action_not_allowed');
    }
    if (!canTakeAction(input.action, from, access.relations)) {
      throw new AppError('workflow.forbidden');
    }
    if (input.version !== access.context.proposal.version) {
      throw new AppError('workflow.version_conflict');
    }
    if (!definition.guards.every((guard) => guardHolds(guard, access))) {
      throw new AppError('workflow.precondition_failed');
    }

    const effect = await (
      EFFECTS[input.action] as (
        a: EffectArgs<WorkflowAction>,
      ) => Promise<EffectResult> | EffectResult
    )({
      ctx,
      tx,
      actor,
      access,
      input,
      today,
      now,
      language,
    });
    const to = definition.to;
    // The due date of the new stage is kept on the row, so the inbox can sort and filter by it.
    const dueOn = currentDueDate({ ...access.context.proposal, ...effect.patch, status: to });
    const updated = await updateProposalAtVersion(tx, proposalId, input.version, {
      ...effect.patch,
      status: to,
      dueOn,
    });
    if (!updated) {
      throw new AppError('workflow.version_conflict');
    }
    await insertProposalEvent(tx, {
      proposalId,
      type: 'transition',
      action: input.action,
      fromStatus: from,
      toStatus: to,
      actorUserId: actor.id,
      actorRole: actor.role,
      actorDepartmentId: actor.departmentId,
      reason: effect.reason ?? null,
      data: effect.eventData ?? {},
      visibility: isInternalAction(input.action) ? 'internal' : 'public',
    });

    const after = await getProposalContext(tx, proposalId);
    if (!after) {
      throw new Error('proposal vanished inside its transaction');
    }
    await notifyProposerOfStatus({
      ctx,
      tx,
      context: after,
      previousStatus: from,
      action: input.action,
      reason: reasonLabel(input.action) ? (effect.reason ?? null) : null,
      reasonLabel: reasonLabel(input.action),
      reasonCodes:
        input.action === 'decline'
          ? input.reasonCodes.map((code) => textOf(workflowMessages, `declineReason.${code}`))
          : [],
    });
    if (input.action === 'route') {
      await notifyDepartmentsOfRouting({ ctx, tx, context: after, note: input.note ?? null });
    }
    if (input.action === 'return_assignment') {
      await notifyCoordinatorsOfReturn({
        ctx,
        tx,
        context: after,
        departmentId: access.context.proposal.leadDepartmentId,
        reason: input.reason,
      });
    }
    if (idempotency) {
      await recordIdempotentResult(tx, idempotency, { statusCode: 200, resourceId: proposalId });
    }
    // Presented with the relations the actor had when acting: a department that returns a
    // proposal sees the result of its action once, although it can no longer open it afterwards.
    return {
      context: after,
      relations: access.relations,
      nda: ndaStateOf(after),
    };
  });
  ctx.wakeOutbox();
  // A repeated request: the proposal as it is now, without acting again.
  return result ?? loadProposalFor(ctx.db, actor, proposalId);
}
