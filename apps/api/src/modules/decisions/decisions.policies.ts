/**
 * Who may read and write a STEP 4 decision. Pure rules, tested with a table of cases.
 */
import type { ProposalStatus, WorkflowActor, WorkflowAction } from '@kyoso/contracts/workflow';
import type { DecisionRecord } from './decisions.repository';

/** The statuses in which the city decides (and may change its mind before acting). */
export const DECIDING_STATUSES: readonly ProposalStatus[] = ['internal_review', 'on_hold'];

/** The actions that carry out a decision. */
export const DECISION_ACTIONS = [
  'adopt',
  'hold',
  'decline',
] as const satisfies readonly WorkflowAction[];

const STAFF: readonly WorkflowActor[] = [
  'coordinator',
  'lead_department',
  'supporting_department',
  'admin',
];

export function isCityStaff(relations: readonly WorkflowActor[]): boolean {
  return relations.some((r) => STAFF.includes(r));
}

/** The lead department records the decision while the proposal is under review or on hold. */
export function canRecordDecision(
  relations: readonly WorkflowActor[],
  status: ProposalStatus,
): 'yes' | 'forbidden' | 'wrong_status' {
  if (!relations.includes('lead_department')) {
    return 'forbidden';
  }
  return DECIDING_STATUSES.includes(status) ? 'yes' : 'wrong_status';
}

/**
 * The version a reader sees: city staff see the latest (even before it is acted on); the
 * proposer sees the latest one a transition took, never a draft of the city's deliberation.
 */
export function visibleDecision(
  relations: readonly WorkflowActor[],
  state: { current: DecisionRecord | null; taken: DecisionRecord | null },
): DecisionRecord | null {
  return isCityStaff(relations) ? state.current : state.taken;
}

/**
 * Whether an action carries out the recorded decision: at STEP 4 (under review or on hold) the
 * adopt, hold and decline actions need a version not yet acted on with the same outcome, and a
 * hold or a decline the same resumption date or reasons. A decline by the desk at STEP 2 is not
 * a STEP 4 decision and needs no record.
 */
export function decisionMatches(args: {
  status: ProposalStatus;
  action: WorkflowAction;
  current: DecisionRecord | null;
  input?: { resumeOn?: string; reasonCodes?: readonly string[] } | undefined;
}): boolean {
  const { status, action, current, input } = args;
  if (
    !DECIDING_STATUSES.includes(status) ||
    !(DECISION_ACTIONS as readonly string[]).includes(action)
  ) {
    return true;
  }
  if (!current || current.takenAt !== null || current.outcome !== action) {
    return false;
  }
  if (action === 'hold' && input?.resumeOn !== undefined && input.resumeOn !== current.resumeOn) {
    return false;
  }
  if (action === 'decline' && input?.reasonCodes !== undefined) {
    const given = new Set(input.reasonCodes);
    const recorded = new Set<string>(current.declineReasonCodes);
    return given.size === recorded.size && [...given].every((code) => recorded.has(code));
  }
  return true;
}
