import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { adminUserResponseSchema, createStaffUserBodySchema } from '@kyoso/contracts/users';
import { api } from '../../../lib/api-client';

export type CreateStaffUserBody = z.input<typeof createStaffUserBodySchema>;
export type AdminUserResponse = z.infer<typeof adminUserResponseSchema>;

/** `POST /api/admin/users`: a staff account; its owner gets a link to set a password. */
export function createUser(body: CreateStaffUserBody): Promise<AdminUserResponse> {
  return api<AdminUserResponse>('/api/admin/users', { method: 'POST', body });
}

export function useCreateUserMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin', 'users'] }),
  });
}
