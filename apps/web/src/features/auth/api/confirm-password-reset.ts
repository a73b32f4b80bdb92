import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { passwordResetConfirmBodySchema } from '@kyoso/contracts/auth';
import { api } from '../../../lib/api-client';

export type PasswordResetConfirmBody = z.input<typeof passwordResetConfirmBodySchema>;

/** `POST /api/auth/password-reset/confirm`: sets a new password with the link's token. */
export function confirmPasswordReset(body: PasswordResetConfirmBody): Promise<{ ok: true }> {
  return api<{ ok: true }>('/api/auth/password-reset/confirm', { method: 'POST', body });
}

export function useConfirmPasswordResetMutation() {
  return useMutation({ mutationFn: confirmPasswordReset });
}
