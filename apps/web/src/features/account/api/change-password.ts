import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { changePasswordBodySchema, userResponseSchema } from '@kyoso/contracts/auth';
import { api } from '../../../lib/api-client';
import { setSessionUser } from '../../../lib/auth';

export type ChangePasswordBody = z.input<typeof changePasswordBodySchema>;
type UserResponse = z.infer<typeof userResponseSchema>;

/** `POST /api/auth/password`: a new password; every other session ends, this one is renewed. */
export function changePassword(body: ChangePasswordBody): Promise<UserResponse> {
  return api<UserResponse>('/api/auth/password', { method: 'POST', body });
}

export function useChangePasswordMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: ({ user }) => setSessionUser(queryClient, user),
  });
}
