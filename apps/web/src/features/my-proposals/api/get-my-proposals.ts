import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { proposalListResponseSchema } from '@kyoso/contracts/proposals';
import { api, toSearch } from '../../../lib/api-client';

export type ProposalList = z.infer<typeof proposalListResponseSchema>;

export const MY_PROPOSALS_PAGE_SIZE = 20;

/** `GET /api/proposals?scope=mine`: the organisation's proposals, newest first, a page at a time. */
export function getMyProposals(page: number, signal?: AbortSignal): Promise<ProposalList> {
  return api<ProposalList>(
    `/api/proposals${toSearch({ scope: 'mine', page, pageSize: MY_PROPOSALS_PAGE_SIZE })}`,
    { signal },
  );
}

export function myProposalsQueryOptions(page: number) {
  return queryOptions({
    queryKey: ['proposals', 'list', { scope: 'mine', page }],
    queryFn: ({ signal }) => getMyProposals(page, signal),
    // The page shows the previous page's list while the next one loads (no flash of nothing).
    placeholderData: keepPreviousData,
  });
}

export function useMyProposals(page: number) {
  return useQuery(myProposalsQueryOptions(page));
}
