import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ndaStateResponseSchema } from '@kyoso/contracts/ndas';
import { api } from '../../../lib/api-client';

export type NdaState = z.infer<typeof ndaStateResponseSchema>;

/** `GET /api/proposals/:id/nda`: the proposal's NDA (or none yet) and what the reader may do. */
export function getNda(proposalId: string, signal?: AbortSignal): Promise<NdaState> {
  return api<NdaState>(`/api/proposals/${encodeURIComponent(proposalId)}/nda`, { signal });
}

export function ndaQueryOptions(proposalId: string) {
  return queryOptions({
    queryKey: ['proposals', 'detail', proposalId, 'nda'],
    queryFn: ({ signal }) => getNda(proposalId, signal),
  });
}

export function useNda(proposalId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...ndaQueryOptions(proposalId), enabled: options.enabled ?? true });
}
