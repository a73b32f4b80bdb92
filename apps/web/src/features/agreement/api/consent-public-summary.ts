import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { publicSummaryConsentBodySchema } from '@kyoso/contracts/agreements';
import { api } from '../../../lib/api-client';
import { afterAgreementChange, afterAgreementRefusal } from './after-agreement-change';
import type { AgreementResponse } from './get-agreement';

export type PublicSummaryConsentBody = z.input<typeof publicSummaryConsentBodySchema>;

/**
 * `POST /api/proposals/:id/agreement/public-summary/consent`: the proposer consents to the
 * summary exactly as they read it (`text`), or withdraws their consent.
 */
export function consentToPublicSummary(
  proposalId: string,
  body: PublicSummaryConsentBody,
): Promise<AgreementResponse> {
  return api<AgreementResponse>(
    `/api/proposals/${encodeURIComponent(proposalId)}/agreement/public-summary/consent`,
    { method: 'POST', body },
  );
}

export function useConsentToPublicSummaryMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PublicSummaryConsentBody) => consentToPublicSummary(proposalId, body),
    onSuccess: (answer) => afterAgreementChange(queryClient, proposalId, answer),
    onError: (error) => afterAgreementRefusal(queryClient, proposalId, error),
  });
}
