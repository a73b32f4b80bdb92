import type { DecisionPublicView } from '@kyoso/contracts/decisions';
import type { ProposalStatus, WorkflowAction } from '@kyoso/contracts/workflow';

/** The actions that carry out a recorded STEP 4 decision (guard `decision_matches`). */
export const DECISION_ACTIONS = ['adopt', 'hold', 'decline'] as const satisfies WorkflowAction[];
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

/** What an adopt, hold or decline carries out: the version not yet acted on. */
export type RecordedDecision = Pick<
  DecisionPublicView,
  'version' | 'outcome' | 'takenAt' | 'resumeOn' | 'declineReasonCodes' | 'declineReason'
>;

/** The statuses in which the city decides (as the API's `DECIDING_STATUSES`). */
const DECIDING: readonly ProposalStatus[] = ['internal_review', 'on_hold'];

export function isDecisionAction(action: WorkflowAction): action is DecisionAction {
  return (DECISION_ACTIONS as readonly WorkflowAction[]).includes(action);
}

/**
 * Where the lead department stands at STEP 4: adopt, hold and decline carry out a recorded
 * decision, so the API offers (`can.actions`) only the one the latest version says, once
 * recorded. Until then the panel leads to the decision form instead of offering an action that
 * would fail; once recorded, it says which version the action carries out (on hold, an adoption
 * waits for the review to resume).
 */
export function decisionStep(args: {
  status: ProposalStatus;
  actions: readonly WorkflowAction[];
  canRecordDecision: boolean;
  decision: RecordedDecision | null;
}):
  | { kind: 'record' }
  | { kind: 'carry_out'; action: DecisionAction; decision: RecordedDecision }
  | { kind: 'resume_first'; decision: RecordedDecision }
  | null {
  const { status, actions, canRecordDecision, decision } = args;
  if (!DECIDING.includes(status)) {
    return null;
  }
  const offered = actions.find(isDecisionAction);
  if (offered && decision && decision.takenAt === null && decision.outcome === offered) {
    return { kind: 'carry_out', action: offered, decision };
  }
  if (!canRecordDecision) {
    return null;
  }
  // On hold, a new adoption (or hold) is carried out once the review has resumed.
  if (status === 'on_hold' && decision && decision.takenAt === null) {
    return { kind: 'resume_first', decision };
  }
  return { kind: 'record' };
}
