import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { publicCasesQuerySchema, publicCasesResponseSchema } from '@kyoso/contracts/results';
import { api, toSearch } from '../../../lib/api-client';

export type PublicCasesQuery = Partial<z.infer<typeof publicCasesQuerySchema>>;
export type PublicCasesResponse = z.infer<typeof publicCasesResponseSchema>;
export type PublicCase = PublicCasesResponse['cases'][number];

/** Cases a page of the public list shows. */
export const CASES_PAGE_SIZE = 10;

/**
 * `GET /api/public/cases`: adopted and completed cases whose proposer consented to a public
 * summary (no login).
 */
export function getPublicCases(
  query: PublicCasesQuery,
  signal?: AbortSignal,
): Promise<PublicCasesResponse> {
  return api<PublicCasesResponse>(`/api/public/cases${toSearch(query)}`, { signal });
}

export function publicCasesQueryOptions(query: PublicCasesQuery) {
  return queryOptions({
    queryKey: ['results', 'cases', query],
    queryFn: ({ signal }) => getPublicCases(query, signal),
    // The list stays on screen while the next filter or page loads.
    placeholderData: keepPreviousData,
  });
}

export function usePublicCases(query: PublicCasesQuery) {
  return useQuery(publicCasesQueryOptions(query));
}
