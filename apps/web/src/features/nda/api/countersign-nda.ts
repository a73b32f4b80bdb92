import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { countersignNdaBodySchema } from '@kyoso/contracts/ndas';
import { api } from '../../../lib/api-client';
import { afterNdaChange, afterNdaRefusal } from './after-nda-change';
import type { NdaState } from './get-nda';

export type CountersignNdaBody = z.output<typeof countersignNdaBodySchema>;

/** `POST /api/proposals/:id/nda/countersign`: the lead department signs for the city. */
export function countersignNda(proposalId: string, body: CountersignNdaBody): Promise<NdaState> {
  return api<NdaState>(`/api/proposals/${encodeURIComponent(proposalId)}/nda/countersign`, {
    method: 'POST',
    body,
  });
}

export function useCountersignNdaMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CountersignNdaBody) => countersignNda(proposalId, body),
    onSuccess: (state) => afterNdaChange(queryClient, proposalId, state),
    onError: (error) => afterNdaRefusal(queryClient, proposalId, error),
  });
}
