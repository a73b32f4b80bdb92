import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { proposalEventsResponseSchema } from '@kyoso/contracts/proposals';
import { api } from '../../../lib/api-client';

export type CaseEventsResponse = z.infer<typeof proposalEventsResponseSchema>;

/** `GET /api/proposals/:id/events`: the timeline, as the reader is entitled to see it. */
export function getCaseEvents(id: string, signal?: AbortSignal): Promise<CaseEventsResponse> {
  return api<CaseEventsResponse>(`/api/proposals/${encodeURIComponent(id)}/events`, { signal });
}

export function caseEventsQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['proposals', 'detail', id, 'events'],
    queryFn: ({ signal }) => getCaseEvents(id, signal),
  });
}

export function useCaseEvents(id: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...caseEventsQueryOptions(id), enabled: options.enabled ?? true });
}
