import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { acceptInvitationBodySchema } from '@kyoso/contracts/auth';
import { api } from '../../../lib/api-client';
import { replaceSession } from '../../../lib/auth';
import type { UserResponse } from './login';

export type AcceptInvitationBody = z.input<typeof acceptInvitationBodySchema>;

/** `POST /api/auth/accept-invitation`: creates the account in the organisation and logs in. */
export function acceptInvitation(body: AcceptInvitationBody): Promise<UserResponse> {
  return api<UserResponse>('/api/auth/accept-invitation', { method: 'POST', body });
}

/** Creates the account; the new member is logged in at once. */
export function useAcceptInvitationMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: ({ user }) => replaceSession(queryClient, user),
  });
}
