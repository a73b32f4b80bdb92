import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { proposalResponseSchema } from '@kyoso/contracts/proposals';
import type { TransitionBody } from '@kyoso/contracts/transitions';
import { api } from '../../../lib/api-client';

export type TransitionAnswer = z.infer<typeof proposalResponseSchema>;

/** `POST /api/proposals/:id/transitions`: a workflow action (with the version the reader saw). */
export function transitionProposal(
  proposalId: string,
  body: TransitionBody,
): Promise<TransitionAnswer> {
  return api<TransitionAnswer>(`/api/proposals/${encodeURIComponent(proposalId)}/transitions`, {
    method: 'POST',
    body,
  });
}

/**
 * After an action the answer is the proposal (kept as it is: fetching it again would log another
 * look at its confidential content), and everything else about proposals is asked again: this
 * proposal's timeline, NDA, dialogues…, the inbox lists and the routing report.
 */
export function useTransitionMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionBody) => transitionProposal(proposalId, body),
    onSuccess: async (answer) => {
      const detail = ['proposals', 'detail', proposalId];
      queryClient.setQueryData(detail, answer);
      await queryClient.invalidateQueries({
        queryKey: ['proposals'],
        predicate: (query) =>
          query.queryKey.length !== detail.length ||
          query.queryKey.some((part, index) => part !== detail[index]),
      });
    },
  });
}
