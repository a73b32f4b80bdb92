import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { inviteMemberBodySchema } from '@kyoso/contracts/organizations';
import { api } from '../../../lib/api-client';
import { MY_ORGANIZATION_KEY, type OrganizationResponse } from './get-my-organization';

export type InviteMemberBody = z.input<typeof inviteMemberBodySchema>;

/** `POST /api/organizations/mine/invitations`: e-mails a colleague an invitation. */
export function inviteMember(body: InviteMemberBody): Promise<OrganizationResponse> {
  return api<OrganizationResponse>('/api/organizations/mine/invitations', {
    method: 'POST',
    body,
  });
}

export function useInviteMemberMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteMember,
    onSuccess: (data) => queryClient.setQueryData(MY_ORGANIZATION_KEY, data),
  });
}
