import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { updateStaffUserBodySchema } from '@kyoso/contracts/users';
import { api } from '../../../lib/api-client';
import type { AdminUserResponse } from './create-user';

export type UpdateStaffUserBody = z.input<typeof updateStaffUserBodySchema>;

/** `PATCH /api/admin/users/:id`: a staff account's name, role, department, or disabling it. */
export function updateUser(id: string, body: UpdateStaffUserBody): Promise<AdminUserResponse> {
  return api<AdminUserResponse>(`/api/admin/users/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body,
  });
}

export function useUpdateUserMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateStaffUserBody }) => updateUser(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin', 'users'] }),
  });
}
