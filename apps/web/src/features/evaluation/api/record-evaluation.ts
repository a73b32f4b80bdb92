import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { evaluationInputSchema } from '@kyoso/contracts/evaluations';
import { api } from '../../../lib/api-client';
import { afterEvaluationChange } from './after-evaluation-change';
import type { EvaluationResponse } from './get-evaluation';

export type EvaluationBody = z.input<typeof evaluationInputSchema>;

/** `PUT /api/proposals/:id/evaluation`: a new version (the lead department); the proposer is e-mailed. */
export function recordEvaluation(
  proposalId: string,
  body: EvaluationBody,
): Promise<EvaluationResponse> {
  return api<EvaluationResponse>(`/api/proposals/${encodeURIComponent(proposalId)}/evaluation`, {
    method: 'PUT',
    body,
  });
}

export function useRecordEvaluationMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EvaluationBody) => recordEvaluation(proposalId, body),
    onSuccess: () => afterEvaluationChange(queryClient, proposalId),
  });
}
