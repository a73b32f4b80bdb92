import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { proposalResponseSchema } from '@kyoso/contracts/proposals';
import { api } from '../../../lib/api-client';

export type CaseResponse = z.infer<typeof proposalResponseSchema>;

/**
 * `GET /api/proposals/:id`: a proposal as the reader is entitled to see it (confidential
 * sections redacted before the NDA), with what the reader may do. Each answer that shows city
 * staff the confidential sections is logged, so the page does not ask again needlessly.
 */
export function getCase(id: string, signal?: AbortSignal): Promise<CaseResponse> {
  return api<CaseResponse>(`/api/proposals/${encodeURIComponent(id)}`, { signal });
}

export function caseQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['proposals', 'detail', id],
    queryFn: ({ signal }) => getCase(id, signal),
    refetchOnWindowFocus: false,
  });
}

export function useCase(id: string) {
  return useQuery(caseQueryOptions(id));
}
