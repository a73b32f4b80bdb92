import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { invitationPreviewResponseSchema } from '@kyoso/contracts/auth';
import { api, toSearch } from '../../../lib/api-client';

export type InvitationPreview = z.infer<typeof invitationPreviewResponseSchema>;

/** `GET /api/auth/invitation`: which organisation and address an invitation is for. */
export function getInvitation(token: string, signal?: AbortSignal): Promise<InvitationPreview> {
  return api<InvitationPreview>(`/api/auth/invitation${toSearch({ token })}`, { signal });
}

export function invitationQueryOptions(token: string) {
  return queryOptions({
    queryKey: ['auth', 'invitation', token],
    queryFn: ({ signal }) => getInvitation(token, signal),
  });
}

export function useInvitation(token: string) {
  return useQuery({ ...invitationQueryOptions(token), enabled: token !== '' });
}
