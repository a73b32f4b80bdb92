import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { councilSessionSchema, CouncilVote } from '@kyoso/contracts/agreements';
import { api, toSearch } from '../../../lib/api-client';

export type CouncilSession = z.infer<typeof councilSessionSchema>;
export type CouncilVoteKind = Exclude<CouncilVote, 'none'>;

/**
 * `GET /api/proposals/:id/agreement/council-suggestion?vote=…`: the council session that can
 * still take a vote of this kind, from the budget calendar and the decision's budget year.
 */
export function getCouncilSuggestion(
  proposalId: string,
  vote: CouncilVoteKind,
  signal?: AbortSignal,
): Promise<{ councilSession: CouncilSession }> {
  return api<{ councilSession: CouncilSession }>(
    `/api/proposals/${encodeURIComponent(proposalId)}/agreement/council-suggestion${toSearch({ vote })}`,
    { signal },
  );
}

export function councilSuggestionQueryOptions(proposalId: string, vote: CouncilVoteKind) {
  return queryOptions({
    queryKey: ['proposals', 'detail', proposalId, 'agreement', 'council-suggestion', vote],
    queryFn: ({ signal }) => getCouncilSuggestion(proposalId, vote, signal),
  });
}

/** The suggestion for the vote chosen on the form (nothing while no vote is needed). */
export function useCouncilSuggestion(proposalId: string, vote: CouncilVote) {
  return useQuery({
    ...councilSuggestionQueryOptions(proposalId, vote === 'none' ? 'budget' : vote),
    enabled: vote !== 'none',
  });
}
