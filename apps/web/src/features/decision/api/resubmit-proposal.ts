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

/**
 * After it: the new draft is known, and the declined proposal (now linked to the new one, no
 * longer offering a resubmission) and the proposer's lists are asked again, without waiting, so
 * the page can open the new draft at once.
 */
export function useResubmitMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => resubmitProposal(proposalId),
    onSuccess: (answer) => {
      queryClient.setQueryData(['proposals', 'detail', answer.proposal.id], answer);
      void queryClient.invalidateQueries({
        queryKey: ['proposals'],
        predicate: (query) => query.queryKey[2] !== answer.proposal.id,
      });
    },
  });
}
