import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { evaluationCommentBodySchema } from '@kyoso/contracts/evaluations';
import { api } from '../../../lib/api-client';
import { afterEvaluationChange } from './after-evaluation-change';
import type { EvaluationResponse } from './get-evaluation';

export type EvaluationCommentBody = z.input<typeof evaluationCommentBodySchema>;

/** `POST /api/proposals/:id/evaluation/comment`: the proposer's comment (replaces the earlier one). */
export function commentOnEvaluation(
  proposalId: string,
  body: EvaluationCommentBody,
): Promise<EvaluationResponse> {
  return api<EvaluationResponse>(
    `/api/proposals/${encodeURIComponent(proposalId)}/evaluation/comment`,
    { method: 'POST', body },
  );
}

export function useCommentOnEvaluationMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EvaluationCommentBody) => commentOnEvaluation(proposalId, body),
    onSuccess: () => afterEvaluationChange(queryClient, proposalId),
  });
}
