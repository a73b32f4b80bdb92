import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { proposalKey, type ProposalResponse } from './get-proposal';

/**
 * `POST /api/proposals/:id/continue-as-free`: a draft on a theme whose call has closed becomes a
 * free proposal, with everything written kept.
 */
export function continueAsFree(id: string): Promise<ProposalResponse> {
  return api<ProposalResponse>(`/api/proposals/${encodeURIComponent(id)}/continue-as-free`, {
    method: 'POST',
  });
}

export function useContinueAsFreeMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: continueAsFree,
    onSuccess: async (data) => {
      queryClient.setQueryData(proposalKey(data.proposal.id), data);
      await queryClient.invalidateQueries({ queryKey: ['proposals', 'list'] });
    },
  });
}
