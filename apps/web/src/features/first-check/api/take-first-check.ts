import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { proposalResponseSchema } from '@kyoso/contracts/proposals';
import { api } from '../../../lib/api-client';

export type ProposalResponse = z.infer<typeof proposalResponseSchema>;

/** `POST /api/proposals/:id/assignee`: the coordinator takes the first check (others see it). */
export function takeFirstCheck(proposalId: string): Promise<ProposalResponse> {
  return api<ProposalResponse>(`/api/proposals/${encodeURIComponent(proposalId)}/assignee`, {
    method: 'POST',
  });
}

/**
 * After taking or letting go: the answer is the proposal itself (kept as it is, so that it is
 * not fetched again: each fetch of confidential content is logged), then its timeline and the
 * inbox lists are asked again.
 */
export async function afterFirstCheck(
  queryClient: QueryClient,
  proposalId: string,
  answer: ProposalResponse,
): Promise<void> {
  queryClient.setQueryData(['proposals', 'detail', proposalId], answer);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['proposals', 'detail', proposalId, 'events'] }),
    queryClient.invalidateQueries({ queryKey: ['proposals', 'list'] }),
  ]);
}

export function useTakeFirstCheckMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => takeFirstCheck(proposalId),
    onSuccess: (answer) => afterFirstCheck(queryClient, proposalId, answer),
  });
}
