import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { dialoguesResponseSchema } from '@kyoso/contracts/collaboration';
import { api } from '../../../lib/api-client';

export type DialoguesResponse = z.infer<typeof dialoguesResponseSchema>;

/** `GET /api/proposals/:id/dialogues`: the STEP 3 dialogue records, with comments and items. */
export function getDialogues(proposalId: string, signal?: AbortSignal): Promise<DialoguesResponse> {
  return api<DialoguesResponse>(`/api/proposals/${encodeURIComponent(proposalId)}/dialogues`, {
    signal,
  });
}

export function dialoguesQueryOptions(proposalId: string) {
  return queryOptions({
    queryKey: ['proposals', 'detail', proposalId, 'dialogues'],
    queryFn: ({ signal }) => getDialogues(proposalId, signal),
  });
}

export function useDialogues(proposalId: string) {
  return useQuery(dialoguesQueryOptions(proposalId));
}
