import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { agreementInputSchema } from '@kyoso/contracts/agreements';
import { api } from '../../../lib/api-client';
import { afterAgreementChange, afterAgreementRefusal } from './after-agreement-change';
import type { AgreementResponse } from './get-agreement';

export type AgreementBody = z.input<typeof agreementInputSchema>;

/**
 * `PUT /api/proposals/:id/agreement`: a new version of the terms (lead department, STEP 5); the
 * proposer is e-mailed and must confirm this version.
 */
export function recordAgreement(
  proposalId: string,
  body: AgreementBody,
): Promise<AgreementResponse> {
  return api<AgreementResponse>(`/api/proposals/${encodeURIComponent(proposalId)}/agreement`, {
    method: 'PUT',
    body,
  });
}

export function useRecordAgreementMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AgreementBody) => recordAgreement(proposalId, body),
    onSuccess: (answer) => afterAgreementChange(queryClient, proposalId, answer),
    onError: (error) => afterAgreementRefusal(queryClient, proposalId, error),
  });
}
