import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { afterNdaChange, afterNdaRefusal } from './after-nda-change';
import type { NdaState } from './get-nda';

/** `POST /api/proposals/:id/nda`: starts the NDA on the current template. */
export function openNda(proposalId: string): Promise<NdaState> {
  return api<NdaState>(`/api/proposals/${encodeURIComponent(proposalId)}/nda`, {
    method: 'POST',
  });
}

export function useOpenNdaMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => openNda(proposalId),
    onSuccess: (state) => afterNdaChange(queryClient, proposalId, state),
    onError: (error) => afterNdaRefusal(queryClient, proposalId, error),
  });
}
