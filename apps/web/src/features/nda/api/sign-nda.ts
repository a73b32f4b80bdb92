import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { signNdaBodySchema } from '@kyoso/contracts/ndas';
import { api } from '../../../lib/api-client';
import { afterNdaChange, afterNdaRefusal } from './after-nda-change';
import type { NdaState } from './get-nda';

export type SignNdaBody = z.output<typeof signNdaBodySchema>;

/** `POST /api/proposals/:id/nda/sign`: the proposer signs the text it read (by its SHA-256). */
export function signNda(proposalId: string, body: SignNdaBody): Promise<NdaState> {
  return api<NdaState>(`/api/proposals/${encodeURIComponent(proposalId)}/nda/sign`, {
    method: 'POST',
    body,
  });
}

export function useSignNdaMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignNdaBody) => signNda(proposalId, body),
    onSuccess: (state) => afterNdaChange(queryClient, proposalId, state),
    onError: (error) => afterNdaRefusal(queryClient, proposalId, error),
  });
}
