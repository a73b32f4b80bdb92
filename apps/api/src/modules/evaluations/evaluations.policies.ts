/** Who may read, write and comment on the STEP 6 evaluation. Pure rules. */
import type { CompletionOutcome, ProposalStatus, WorkflowActor } from '@kyoso/contracts/workflow';
import type { EvaluationState } from './evaluations.repository';

export function evaluationPermissions(
  relations: readonly WorkflowActor[],
  status: ProposalStatus,
  state: EvaluationState,
) {
  const exists = state.current !== null;
  return {
    readEvaluation: exists || status === 'evaluation',
    recordEvaluation: relations.includes('lead_department') && status === 'evaluation',
    commentEvaluation:
      relations.includes('proposer') &&
      exists &&
      (status === 'evaluation' || status === 'completed'),
  };
}

/**
 * `complete` carries out the evaluation: it exists, and the next stage chosen is the one it
 * recommends (when the request names one).
 */
export function evaluationRecorded(
  state: EvaluationState,
  outcome: CompletionOutcome | undefined,
): boolean {
  const current = state.current;
  return current !== null && (outcome === undefined || outcome === current.nextStage);
}
