import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createProposalBodySchema } from '@kyoso/contracts/proposals';
import { api } from '../../../lib/api-client';
import { proposalKey, type ProposalResponse } from './get-proposal';

export type CreateProposalBody = z.input<typeof createProposalBodySchema>;

/**
 * `POST /api/proposals`: a new draft. The same `idempotencyKey` twice (a double click) gives
 * the same draft, not two.
 */
export function createProposal(
  body: CreateProposalBody,
  idempotencyKey: string,
): Promise<ProposalResponse> {
  return api<ProposalResponse>('/api/proposals', {
    method: 'POST',
    headers: { 'Idempotency-Key': idempotencyKey },
    body,
  });
}

export function useCreateProposalMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CreateProposalBody; idempotencyKey: string }) =>
      createProposal(body, idempotencyKey),
    onSuccess: async (data) => {
      queryClient.setQueryData(proposalKey(data.proposal.id), data);
      await queryClient.invalidateQueries({ queryKey: ['proposals', 'list'] });
    },
  });
}
