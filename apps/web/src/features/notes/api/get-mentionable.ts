import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { mentionableResponseSchema } from '@kyoso/contracts/collaboration';
import { api } from '../../../lib/api-client';

export type MentionableResponse = z.infer<typeof mentionableResponseSchema>;

/** `GET /api/proposals/:id/mentionable`: the colleagues a note may notify (they see the proposal). */
export function getMentionable(
  proposalId: string,
  signal?: AbortSignal,
): Promise<MentionableResponse> {
  return api<MentionableResponse>(`/api/proposals/${encodeURIComponent(proposalId)}/mentionable`, {
    signal,
  });
}

export function mentionableQueryOptions(proposalId: string) {
  return queryOptions({
    queryKey: ['proposals', 'detail', proposalId, 'mentionable'],
    queryFn: ({ signal }) => getMentionable(proposalId, signal),
  });
}

export function useMentionable(proposalId: string) {
  return useQuery(mentionableQueryOptions(proposalId));
}
