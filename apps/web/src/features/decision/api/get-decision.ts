import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { decisionResponseSchema } from '@kyoso/contracts/decisions';
import { api } from '../../../lib/api-client';

export type DecisionResponse = z.infer<typeof decisionResponseSchema>;

/**
 * `GET /api/proposals/:id/decision`: the STEP 4 decision as the reader may read it (staff: the
 * latest version with its internal notes; the proposer: the version carried out), and the budget
 * calendar's guide for whoever records it.
 */
export function getDecision(proposalId: string, signal?: AbortSignal): Promise<DecisionResponse> {
  return api<DecisionResponse>(`/api/proposals/${encodeURIComponent(proposalId)}/decision`, {
    signal,
  });
}

export function decisionQueryOptions(proposalId: string) {
  return queryOptions({
    queryKey: ['proposals', 'detail', proposalId, 'decision'],
    queryFn: ({ signal }) => getDecision(proposalId, signal),
  });
}

export function useDecision(proposalId: string) {
  return useQuery(decisionQueryOptions(proposalId));
}
