import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { devMailListResponseSchema } from '@kyoso/contracts/dev-mail';
import { api } from '../../../lib/api-client';

export type DevMailList = z.infer<typeof devMailListResponseSchema>;

/** `GET /api/dev/mail`: the e-mails kept by the development mailbox, newest first. */
export function getMails(signal?: AbortSignal): Promise<DevMailList> {
  return api<DevMailList>('/api/dev/mail', { signal });
}

export function mailsQueryOptions() {
  return queryOptions({
    queryKey: ['dev-mail', 'list'],
    queryFn: ({ signal }) => getMails(signal),
    // Mail arrives from the server's outbox at any moment: never serve it from the cache.
    staleTime: 0,
  });
}

export function useMails() {
  return useQuery(mailsQueryOptions());
}
