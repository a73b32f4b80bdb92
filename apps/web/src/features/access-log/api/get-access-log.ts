import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { accessLogResponseSchema } from '@kyoso/contracts/collaboration';
import { api } from '../../../lib/api-client';

export type AccessLogResponse = z.infer<typeof accessLogResponseSchema>;

/** `GET /api/proposals/:id/access-log`: every look at the confidential content, newest first. */
export function getAccessLog(proposalId: string, signal?: AbortSignal): Promise<AccessLogResponse> {
  return api<AccessLogResponse>(`/api/proposals/${encodeURIComponent(proposalId)}/access-log`, {
    signal,
  });
}

export function accessLogQueryOptions(proposalId: string) {
  return queryOptions({
    queryKey: ['proposals', 'detail', proposalId, 'access-log'],
    queryFn: ({ signal }) => getAccessLog(proposalId, signal),
    // Someone may be reading the secret right now: ask again each time the tab opens.
    staleTime: 0,
  });
}

export function useAccessLog(proposalId: string) {
  return useQuery(accessLogQueryOptions(proposalId));
}
