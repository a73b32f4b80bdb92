import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { loginBodySchema, userResponseSchema } from '@kyoso/contracts/auth';
import { api } from '../../../lib/api-client';
import { replaceSession } from '../../../lib/auth';
import { hasChosenLanguage, useI18n } from '../../../lib/i18n';

export type LoginBody = z.input<typeof loginBodySchema>;
export type UserResponse = z.infer<typeof userResponseSchema>;

/** `POST /api/auth/login`: sets the session cookies. */
export function login(body: LoginBody): Promise<UserResponse> {
  return api<UserResponse>('/api/auth/login', { method: 'POST', body });
}

/**
 * Logs in and makes the user the session (forgetting anything read before). The account's
 * language becomes the screen's, unless the reader chose one in this browser.
 */
export function useLoginMutation() {
  const queryClient = useQueryClient();
  const { language, setLanguage } = useI18n();
  return useMutation({
    mutationFn: login,
    onSuccess: ({ user }) => {
      replaceSession(queryClient, user);
      if (!hasChosenLanguage() && user.language !== language) {
        void setLanguage(user.language);
      }
    },
  });
}
