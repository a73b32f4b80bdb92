import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { decisionInputSchema } from '@kyoso/contracts/decisions';
import { api } from '../../../lib/api-client';
import type { DecisionResponse } from './get-decision';

export type DecisionBody = z.input<typeof decisionInputSchema>;

/**
 * `PUT /api/proposals/:id/decision`: a new version of the decision (the lead department, under
 * review or on hold). Carrying it out is the workflow's adopt, hold or decline.
 */
export function recordDecision(proposalId: string, body: DecisionBody): Promise<DecisionResponse> {
  return api<DecisionResponse>(`/api/proposals/${encodeURIComponent(proposalId)}/decision`, {
    method: 'PUT',
    body,
  });
}

/**
 * After a new version: the decision, its versions, and the proposal with its timeline (the
 * recorded outcome is now the action the lead department may take).
 */
export function useRecordDecisionMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DecisionBody) => recordDecision(proposalId, body),
    onSuccess: async (answer) => {
      queryClient.setQueryData(['proposals', 'detail', proposalId, 'decision'], answer);
      await queryClient.invalidateQueries({ queryKey: ['proposals', 'detail', proposalId] });
    },
  });
}
