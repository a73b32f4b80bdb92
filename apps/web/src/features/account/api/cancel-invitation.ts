import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { MY_ORGANIZATION_KEY } from './get-my-organization';

/** `DELETE /api/organizations/mine/invitations/:id`: the link in the e-mail stops working. */
export function cancelInvitation(id: string): Promise<{ ok: true }> {
  return api<{ ok: true }>(`/api/organizations/mine/invitations/${encodeURIComponent(id)}`, {
    method: 'DELETE',
  });
}

export function useCancelInvitationMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MY_ORGANIZATION_KEY }),
  });
}
