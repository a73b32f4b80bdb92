import type { Evaluation } from '@kyoso/contracts/evaluations';
import type { CaseAudience } from '../proposals/proposals.policies';
import { isoTimestamp } from '../shared/sql';
import type { EvaluationState } from './evaluations.repository';

/** The evaluation for a reader (both sides read all of it; staff also see who wrote it). */
export function presentEvaluation(
  state: EvaluationState,
  audience: CaseAudience,
  current = state.current,
): Evaluation | null {
  if (!current) {
    return null;
  }
  return {
    version: current.version,
    achievements: current.achievements,
    whatWorked: current.whatWorked,
    whatDidNot: current.whatDidNot,
    cityComment: current.cityComment,
    proposerComment: state.comment?.comment ?? '',
    proposerCommentedAt: isoTimestamp(state.comment?.commentedAt),
    nextStage: current.nextStage,
    nextStageReason: current.nextStageReason,
    sroi:
      current.sroiInput && current.sroiResult
        ? { input: current.sroiInput, result: current.sroiResult }
        : null,
    recordedAt: isoTimestamp(current.createdAt)!,
    recordedBy: audience === 'staff' ? { name: current.recordedByName } : null,
  };
}
