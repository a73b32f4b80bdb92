import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { kpisResponseSchema } from '@kyoso/contracts/kpis';
import { api } from '../../../lib/api-client';

export type KpisResponse = z.infer<typeof kpisResponseSchema>;

/** `GET /api/proposals/:id/kpis`: the KPIs with their periods, due dates and reports. */
export function getKpis(proposalId: string, signal?: AbortSignal): Promise<KpisResponse> {
  return api<KpisResponse>(`/api/proposals/${encodeURIComponent(proposalId)}/kpis`, { signal });
}

export function kpisQueryOptions(proposalId: string) {
  return queryOptions({
    queryKey: ['proposals', 'detail', proposalId, 'kpis'],
    queryFn: ({ signal }) => getKpis(proposalId, signal),
  });
}

export function useKpis(proposalId: string) {
  return useQuery(kpisQueryOptions(proposalId));
}
