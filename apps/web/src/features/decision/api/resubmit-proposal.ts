import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { proposalResponseSchema } from '@kyoso/contracts/proposals';
import { api } from '../../../lib/api-client';

export type ResubmitAnswer = z.infer<typeof proposalResponseSchema>;

/**
 * `POST /api/proposals/:id/resubmit`: a new draft started from a declined proposal, prefilled and
 * linked to it (the proposer).
 */
export function resubmitProposal(proposalId: string): Promise<ResubmitAnswer> {
  return api<ResubmitAnswer>(`/api/proposals/${encodeURIComponent(proposalId)}/resubmit`, {
    method: 'POST',
  });
}

/** After it: the declined proposal (now linked to the new one) and the proposer's lists. */
export function useResubmitMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => resubmitProposal(proposalId),
    onSuccess: async (answer) => {
      queryClient.setQueryData(['proposals', 'detail', answer.proposal.id], answer);
      await queryClient.invalidateQueries({
        queryKey: ['proposals'],
        predicate: (query) => query.queryKey[2] !== answer.proposal.id,
      });
    },
  });
}
