import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Proposal } from '@kyoso/contracts/proposals';
import { api } from '../../../lib/api-client';
import { proposalKey, type ProposalResponse } from './get-proposal';

/**
 * `POST /api/proposals/:id/transitions` with `submit`: the draft becomes a proposal with a
 * reference number. One `idempotencyKey` per submission: a double click or a retry after a
 * network failure submits once.
 */
export function submitProposal(input: {
  id: string;
  version: number;
  idempotencyKey: string;
}): Promise<ProposalResponse> {
  return api<ProposalResponse>(`/api/proposals/${encodeURIComponent(input.id)}/transitions`, {
    method: 'POST',
    headers: { 'Idempotency-Key': input.idempotencyKey },
    body: { action: 'submit', version: input.version },
  });
}

/**
 * Submits; the proposal's page, its receipt and every list show the new status at once.
 * `onSubmitted` (leaving the form for the receipt) runs first: the form is a draft's, and the
 * page holding it would otherwise see the submitted proposal and close the form under the
 * proposer before they are taken to the receipt.
 */
export function useSubmitProposalMutation({
  onSubmitted,
}: {
  onSubmitted: (proposal: Proposal) => Promise<void> | void;
}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitProposal,
    onSuccess: async (data) => {
      await onSubmitted(data.proposal);
      queryClient.setQueryData(proposalKey(data.proposal.id), data);
      await queryClient.invalidateQueries({ queryKey: ['proposals'] });
    },
  });
}
