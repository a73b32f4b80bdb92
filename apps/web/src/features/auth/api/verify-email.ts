import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { tokenBodySchema } from '@kyoso/contracts/auth';
import { api } from '../../../lib/api-client';

export type VerifyEmailBody = z.input<typeof tokenBodySchema>;

/** `POST /api/auth/verify-email`: confirms the address with the e-mail's token (works once). */
export function verifyEmail(body: VerifyEmailBody): Promise<{ ok: true }> {
  return api<{ ok: true }>('/api/auth/verify-email', { method: 'POST', body });
}

export function useVerifyEmailMutation() {
  return useMutation({ mutationFn: verifyEmail });
}
