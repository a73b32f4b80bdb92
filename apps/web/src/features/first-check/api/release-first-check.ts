import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { afterFirstCheck, type ProposalResponse } from './take-first-check';

/** `DELETE /api/proposals/:id/assignee`: the coordinator lets the first check go. */
export function releaseFirstCheck(proposalId: string): Promise<ProposalResponse> {
  return api<ProposalResponse>(`/api/proposals/${encodeURIComponent(proposalId)}/assignee`, {
    method: 'DELETE',
  });
}

export function useReleaseFirstCheckMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => releaseFirstCheck(proposalId),
    onSuccess: (answer) => afterFirstCheck(queryClient, proposalId, answer),
  });
}
