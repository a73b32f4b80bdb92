import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { passwordResetRequestBodySchema } from '@kyoso/contracts/auth';
import { api } from '../../../lib/api-client';

export type PasswordResetRequestBody = z.input<typeof passwordResetRequestBodySchema>;

/** `POST /api/auth/password-reset/request`: e-mails a reset link (same answer for any address). */
export function requestPasswordReset(body: PasswordResetRequestBody): Promise<{ ok: true }> {
  return api<{ ok: true }>('/api/auth/password-reset/request', { method: 'POST', body });
}

export function useRequestPasswordResetMutation() {
  return useMutation({ mutationFn: requestPasswordReset });
}
