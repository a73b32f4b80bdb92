import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  proposalListQuerySchema,
  proposalListResponseSchema,
} from '@kyoso/contracts/proposals';
import { api, toSearch } from '../../../lib/api-client';

type ListQuery = z.input<typeof proposalListQuerySchema>;
/** The filters the inbox offers, named as the API names them (values as in the address). */
export type InboxFilterKey = Exclude<keyof ListQuery, 'scope' | 'page' | 'pageSize' | 'overdue'>;
/** The inbox's filters, sort and page (the scope is always `inbox`). */
export type InboxQuery = Partial<Record<InboxFilterKey, string>> & {
  page?: number;
  pageSize?: number;
};
export type InboxResponse = z.infer<typeof proposalListResponseSchema>;

/** `GET /api/proposals?scope=inbox`: the proposals the desk or the reader's department handles. */
export function getInbox(query: InboxQuery, signal?: AbortSignal): Promise<InboxResponse> {
  return api<InboxResponse>(`/api/proposals${toSearch({ scope: 'inbox', ...query })}`, {
    signal,
  });
}

export function inboxQueryOptions(query: InboxQuery) {
  return queryOptions({
    queryKey: ['proposals', 'list', 'inbox', query],
    queryFn: ({ signal }) => getInbox(query, signal),
    // Keep the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}

export function useInbox(query: InboxQuery) {
  return useQuery(inboxQueryOptions(query));
}
