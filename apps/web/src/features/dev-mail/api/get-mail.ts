import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { devMailResponseSchema } from '@kyoso/contracts/dev-mail';
import { api } from '../../../lib/api-client';

export type DevMail = z.infer<typeof devMailResponseSchema>;

/** `GET /api/dev/mail/:id`: one e-mail, text and HTML. */
export function getMail(id: string, signal?: AbortSignal): Promise<DevMail> {
  return api<DevMail>(`/api/dev/mail/${encodeURIComponent(id)}`, { signal });
}

export function mailQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['dev-mail', 'detail', id],
    queryFn: ({ signal }) => getMail(id, signal),
    staleTime: Infinity,
  });
}

export function useMail(id: string) {
  return useQuery(mailQueryOptions(id));
}
