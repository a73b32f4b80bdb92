import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { proposalResponseSchema } from '@kyoso/contracts/proposals';
import { api } from '../../../lib/api-client';

export type ProposalResponse = z.infer<typeof proposalResponseSchema>;

/** The query key of one proposal (shared with every page that shows it). */
export function proposalKey(id: string) {
  return ['proposals', 'detail', id] as const;
}

/** `GET /api/proposals/:id`: a proposal as its reader may see it (404 for anyone else). */
export function getProposal(id: string, signal?: AbortSignal): Promise<ProposalResponse> {
  return api<ProposalResponse>(`/api/proposals/${encodeURIComponent(id)}`, { signal });
}

export function proposalQueryOptions(id: string) {
  return queryOptions({
    queryKey: proposalKey(id),
    queryFn: ({ signal }) => getProposal(id, signal),
  });
}

export function useProposal(id: string) {
  return useQuery(proposalQueryOptions(id));
}
