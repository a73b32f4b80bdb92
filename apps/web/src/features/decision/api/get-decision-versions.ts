import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { decisionVersionsResponseSchema } from '@kyoso/contracts/decisions';
import { api } from '../../../lib/api-client';

export type DecisionVersionsResponse = z.infer<typeof decisionVersionsResponseSchema>;

/** `GET /api/proposals/:id/decision/versions`: every version, newest first (city staff). */
export function getDecisionVersions(
  proposalId: string,
  signal?: AbortSignal,
): Promise<DecisionVersionsResponse> {
  return api<DecisionVersionsResponse>(
    `/api/proposals/${encodeURIComponent(proposalId)}/decision/versions`,
    { signal },
  );
}

export function decisionVersionsQueryOptions(proposalId: string) {
  return queryOptions({
    queryKey: ['proposals', 'detail', proposalId, 'decision', 'versions'],
    queryFn: ({ signal }) => getDecisionVersions(proposalId, signal),
  });
}

export function useDecisionVersions(proposalId: string, options: { enabled: boolean }) {
  return useQuery({ ...decisionVersionsQueryOptions(proposalId), enabled: options.enabled });
}
