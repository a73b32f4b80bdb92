import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { afterAgreementChange, afterAgreementRefusal } from './after-agreement-change';
import type { AgreementResponse } from './get-agreement';

/** `POST /api/proposals/:id/agreement/confirm`: the proposer confirms the version they read. */
export function confirmAgreement(proposalId: string, version: number): Promise<AgreementResponse> {
  return api<AgreementResponse>(
    `/api/proposals/${encodeURIComponent(proposalId)}/agreement/confirm`,
    { method: 'POST', body: { version } },
  );
}

export function useConfirmAgreementMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => confirmAgreement(proposalId, version),
    onSuccess: (answer) => afterAgreementChange(queryClient, proposalId, answer),
    onError: (error) => afterAgreementRefusal(queryClient, proposalId, error),
  });
}
