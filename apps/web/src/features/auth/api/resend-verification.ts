import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { passwordResetRequestBodySchema } from '@kyoso/contracts/auth';
import { api } from '../../../lib/api-client';

export type ResendVerificationBody = z.input<typeof passwordResetRequestBodySchema>;

/** `POST /api/auth/resend-verification`: a new confirmation e-mail (same answer for any address). */
export function resendVerification(body: ResendVerificationBody): Promise<{ ok: true }> {
  return api<{ ok: true }>('/api/auth/resend-verification', { method: 'POST', body });
}

export function useResendVerificationMutation() {
  return useMutation({ mutationFn: resendVerification });
}
