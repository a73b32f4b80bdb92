import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { similarResponseSchema } from '@kyoso/contracts/proposals';
import { api } from '../../../lib/api-client';

export type SimilarResponse = z.infer<typeof similarResponseSchema>;

/** `GET /api/proposals/:id/similar`: the duplicate radar (city staff in charge of the proposal). */
export function getSimilar(id: string, signal?: AbortSignal): Promise<SimilarResponse> {
  return api<SimilarResponse>(`/api/proposals/${encodeURIComponent(id)}/similar`, { signal });
}

export function similarQueryOptions(id: string) {
  return queryOptions({
    // Under the proposal: an action on it (or on another) refreshes the radar with the case.
    queryKey: ['proposals', 'detail', id, 'similar'],
    queryFn: ({ signal }) => getSimilar(id, signal),
  });
}

export function useSimilar(id: string) {
  return useQuery(similarQueryOptions(id));
}
