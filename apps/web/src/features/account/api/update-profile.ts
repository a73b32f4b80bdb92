import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { updateProfileBodySchema, userResponseSchema } from '@kyoso/contracts/auth';
import { api } from '../../../lib/api-client';
import { setSessionUser } from '../../../lib/auth';
import { useI18n } from '../../../lib/i18n';

export type UpdateProfileBody = z.input<typeof updateProfileBodySchema>;
type UserResponse = z.infer<typeof userResponseSchema>;

/** `PATCH /api/auth/me`: my name and the language of my screens and e-mails. */
export function updateProfile(body: UpdateProfileBody): Promise<UserResponse> {
  return api<UserResponse>('/api/auth/me', { method: 'PATCH', body });
}

/** Saves the profile; the session shows the new name and the screens switch language. */
export function useUpdateProfileMutation() {
  const queryClient = useQueryClient();
  const { setLanguage } = useI18n();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: async ({ user }) => {
      setSessionUser(queryClient, user);
      await setLanguage(user.language);
    },
  });
}
