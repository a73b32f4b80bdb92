import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { routingSuggestionsResponseSchema } from '@kyoso/contracts/routing';
import { api } from '../../../lib/api-client';

export type RoutingSuggestions = z.infer<typeof routingSuggestionsResponseSchema>;

/** `GET /api/proposals/:id/routing-suggestions`: departments that fit, best first (the desk). */
export function getRoutingSuggestions(
  proposalId: string,
  signal?: AbortSignal,
): Promise<RoutingSuggestions> {
  return api<RoutingSuggestions>(
    `/api/proposals/${encodeURIComponent(proposalId)}/routing-suggestions`,
    { signal },
  );
}

export function routingSuggestionsQueryOptions(proposalId: string) {
  return queryOptions({
    queryKey: ['proposals', 'detail', proposalId, 'routing-suggestions'],
    queryFn: ({ signal }) => getRoutingSuggestions(proposalId, signal),
  });
}

export function useRoutingSuggestions(proposalId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    ...routingSuggestionsQueryOptions(proposalId),
    enabled: options.enabled ?? true,
  });
}
