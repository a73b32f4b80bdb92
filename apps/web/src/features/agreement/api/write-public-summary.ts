import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { publicSummaryBodySchema } from '@kyoso/contracts/agreements';
import { api } from '../../../lib/api-client';
import { afterAgreementChange } from './after-agreement-change';
import type { AgreementResponse } from './get-agreement';

export type PublicSummaryBody = z.input<typeof publicSummaryBodySchema>;

/**
 * `PUT /api/proposals/:id/agreement/public-summary`: the lead department writes the public
 * summary; the proposer's consent starts over (it is published only with their consent).
 */
export function writePublicSummary(
  proposalId: string,
  body: PublicSummaryBody,
): Promise<AgreementResponse> {
  return api<AgreementResponse>(
    `/api/proposals/${encodeURIComponent(proposalId)}/agreement/public-summary`,
    { method: 'PUT', body },
  );
}

export function useWritePublicSummaryMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PublicSummaryBody) => writePublicSummary(proposalId, body),
    onSuccess: (answer) => afterAgreementChange(queryClient, proposalId, answer),
  });
}
