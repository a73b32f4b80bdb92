import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { messagesResponseSchema } from '@kyoso/contracts/collaboration';
import { api } from '../../../lib/api-client';

export type MessagesResponse = z.infer<typeof messagesResponseSchema>;

/** `GET /api/proposals/:id/messages`: the thread between the city and the proposer. */
export function getMessages(proposalId: string, signal?: AbortSignal): Promise<MessagesResponse> {
  return api<MessagesResponse>(`/api/proposals/${encodeURIComponent(proposalId)}/messages`, {
    signal,
  });
}

export function messagesQueryOptions(proposalId: string) {
  return queryOptions({
    queryKey: ['proposals', 'detail', proposalId, 'messages'],
    queryFn: ({ signal }) => getMessages(proposalId, signal),
  });
}

export function useMessages(proposalId: string) {
  return useQuery(messagesQueryOptions(proposalId));
}
